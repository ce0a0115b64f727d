public import GRDB

/// The shared schema: registry (patients, guarantors, accounts), the journal, audit, users and
/// work items. Modules add their own tables through their own migrations.
public enum HostMigrations {
    public static let all: [StoreMigration] = [registry, ledger, audit, users, workItems, events, coverage, controlNumbers, eventsByAccount]

    static let registry = StoreMigration("host.001-registry") { db in
        try db.execute(sql: """
            CREATE TABLE patient (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                mrn TEXT NOT NULL,
                family_name TEXT NOT NULL,
                given_name TEXT NOT NULL,
                birth_date TEXT NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                created_at REAL NOT NULL,
                UNIQUE (site, mrn)
            );
            CREATE TABLE guarantor (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                name TEXT NOT NULL,
                patient_id INTEGER REFERENCES patient(id),
                created_at REAL NOT NULL
            );
            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                service_date TEXT NOT NULL,
                created_at REAL NOT NULL
            );
            CREATE INDEX account_by_guarantor ON account(guarantor_id);
            CREATE INDEX account_by_patient ON account(patient_id);
            """)
    }

    static let ledger = StoreMigration("host.002-ledger") { db in
        try db.execute(sql: """
            CREATE TABLE journal_entry (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                -- SHA-256 of the request (a repeat is the same request) and of the postings (tamper check).
                request_digest BLOB NOT NULL,
                content_digest BLOB NOT NULL,
                source_kind TEXT NOT NULL,
                source_reference TEXT NOT NULL,
                memo TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                posted_at REAL NOT NULL,
                posted_by TEXT NOT NULL
            );
            -- Postings are clustered by entry (line 1, 2, …): one B-tree write per posting, no rowid.
            CREATE TABLE posting (
                entry_id INTEGER NOT NULL REFERENCES journal_entry(id),
                line INTEGER NOT NULL CHECK (line >= 1),
                account_id INTEGER NOT NULL REFERENCES account(id),
                bucket TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount <> 0),
                PRIMARY KEY (entry_id, line)
            ) WITHOUT ROWID;
            CREATE INDEX posting_by_account ON posting(account_id, bucket);
            -- Receivable balances (ar:…) derived from postings, kept by trigger; `ledger verify`
            -- recomputes them. Revenue, cash and adjustment totals are summed from postings when asked.
            CREATE TABLE account_balance (
                account_id INTEGER NOT NULL REFERENCES account(id),
                bucket TEXT NOT NULL,
                amount INTEGER NOT NULL,
                PRIMARY KEY (account_id, bucket)
            ) WITHOUT ROWID;
            CREATE TRIGGER posting_keeps_balance AFTER INSERT ON posting WHEN NEW.bucket LIKE 'ar:%' BEGIN
                INSERT INTO account_balance (account_id, bucket, amount)
                VALUES (NEW.account_id, NEW.bucket, NEW.amount)
                ON CONFLICT (account_id, bucket) DO UPDATE SET amount = amount + excluded.amount;
            END;
            """)
        try appendOnly(db, table: "journal_entry", what: "journal entries")
        try appendOnly(db, table: "posting", what: "postings")
    }

    static let audit = StoreMigration("host.003-audit") { db in
        try db.execute(sql: """
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at_us INTEGER NOT NULL,
                user TEXT NOT NULL,
                role TEXT,
                os_account TEXT,
                site TEXT NOT NULL,
                patient_id INTEGER,
                account_id INTEGER,
                action TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_by_patient ON audit(patient_id);
            CREATE INDEX audit_by_user ON audit(user);
            """)
        try appendOnly(db, table: "audit", what: "audit rows")
    }

    static let users = StoreMigration("host.004-users") { db in
        try db.execute(sql: """
            CREATE TABLE staff_user (
                name TEXT PRIMARY KEY,
                display_name TEXT NOT NULL,
                roles TEXT NOT NULL,
                os_accounts TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                created_at REAL NOT NULL
            );
            """)
    }

    static let workItems = StoreMigration("host.005-work-items") { db in
        try db.execute(sql: """
            CREATE TABLE work_item (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                detail TEXT NOT NULL,
                role TEXT NOT NULL,
                assignee TEXT REFERENCES staff_user(name),
                priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
                due_date TEXT,
                status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
                patient_id INTEGER REFERENCES patient(id),
                account_id INTEGER REFERENCES account(id),
                claim TEXT,
                created_by TEXT NOT NULL,
                created_at REAL NOT NULL
            );
            CREATE INDEX work_item_queue ON work_item(site, status, role, priority);
            CREATE TABLE work_item_event (
                id INTEGER PRIMARY KEY,
                work_item_id INTEGER NOT NULL REFERENCES work_item(id),
                at REAL NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                note TEXT NOT NULL
            );
            CREATE INDEX work_item_event_by_item ON work_item_event(work_item_id);
            """)
        try appendOnly(db, table: "work_item_event", what: "work item history")
    }

    static let events = StoreMigration("host.006-events") { db in
        try db.execute(sql: """
            CREATE TABLE host_event (
                seq INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                name TEXT NOT NULL,
                patient_id INTEGER,
                account_id INTEGER,
                fields TEXT NOT NULL,
                occurred_at REAL NOT NULL
            );
            CREATE INDEX host_event_by_name ON host_event(site, name);
            """)
        try appendOnly(db, table: "host_event", what: "events")
    }

    /// Insurance coverage per patient, shared: access records it, billing claims against it; at most one coverage per priority in force on any day
    /// (checked in the store's transaction).
    static let coverage = StoreMigration("host.007-coverage") { db in
        try db.execute(sql: """
            CREATE TABLE coverage (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                payer TEXT NOT NULL,
                member_id TEXT NOT NULL,
                group_number TEXT,
                plan_name TEXT,
                subscriber_relationship TEXT NOT NULL CHECK (subscriber_relationship IN ('self', 'spouse', 'child', 'other')),
                priority TEXT NOT NULL CHECK (priority IN ('primary', 'secondary', 'tertiary')),
                effective_date TEXT NOT NULL,
                end_date TEXT CHECK (end_date IS NULL OR end_date >= effective_date),
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX coverage_by_patient ON coverage(patient_id, priority);
            """)
    }

    /// The last X12 control numbers used per site and sender, so that an interchange, group or
    /// transaction set number never repeats (payers reject a reused ISA13).
    /// A visit's events (a payer's answers, a payment) read back by statements and explanations.
    static let eventsByAccount = StoreMigration("host.009-events-by-account") { db in
        try db.execute(sql: "CREATE INDEX host_event_by_account ON host_event(account_id, name) WHERE account_id IS NOT NULL")
    }

    static let controlNumbers = StoreMigration("host.008-x12-control-numbers") { db in
        try db.execute(sql: """
            CREATE TABLE x12_control_number (
                site TEXT NOT NULL,
                sender TEXT NOT NULL,
                interchange INTEGER NOT NULL CHECK (interchange BETWEEN 0 AND 999999999),
                grp INTEGER NOT NULL CHECK (grp BETWEEN 0 AND 999999999),
                transaction_set INTEGER NOT NULL CHECK (transaction_set BETWEEN 0 AND 999999999),
                PRIMARY KEY (site, sender)
            ) WITHOUT ROWID;
            """)
    }

    /// Refuses UPDATE and DELETE on `table` at the SQL level, whoever connects.
    public static func appendOnly(_ db: Database, table: String, what: String) throws {
        try db.execute(sql: """
            CREATE TRIGGER \(table)_refuses_update BEFORE UPDATE ON \(table) BEGIN
                SELECT RAISE(ABORT, '\(what) are append-only and cannot be updated');
            END;
            CREATE TRIGGER \(table)_refuses_delete BEFORE DELETE ON \(table) BEGIN
                SELECT RAISE(ABORT, '\(what) are append-only and cannot be deleted');
            END;
            """)
    }

    /// The append-only triggers `ledger verify` expects to find.
    public static let appendOnlyTriggers = [
        "journal_entry_refuses_update", "journal_entry_refuses_delete",
        "posting_refuses_update", "posting_refuses_delete",
        "audit_refuses_update", "audit_refuses_delete",
        "posting_keeps_balance",
    ]
}
