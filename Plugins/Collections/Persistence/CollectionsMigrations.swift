import GRDB
import RevCycleStore

/// The collections module's own tables, filed by the host as `collections.001-statements`, … Never
/// edit a shipped migration: append a new one. History is append-only: a hold is released by a
/// release row, a plan changes by an event row, a preference by a newer row.
enum CollectionsMigrations {
    static let all: [StoreMigration] = [statements, holdsAndContacts, plans, extraordinaryActions, refunds, analyticsView, analyticsHistoryViews]

    /// Refunds of patient credit balances: a request, then an approval (or a refusal) by another person.
    static let refunds = StoreMigration("005-refunds") { db in
        try db.execute(sql: """
            CREATE TABLE collections_refund_request (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                reason TEXT NOT NULL,
                work_item_id INTEGER,
                requested_at REAL NOT NULL,
                requested_by TEXT NOT NULL
            );
            CREATE TABLE collections_refund_decision (
                request_id INTEGER PRIMARY KEY REFERENCES collections_refund_request(id),
                decision TEXT NOT NULL CHECK (decision IN ('approved', 'refused')),
                method TEXT,
                reference TEXT,
                entry_id INTEGER REFERENCES journal_entry(id),
                note TEXT NOT NULL,
                decided_at REAL NOT NULL,
                decided_by TEXT NOT NULL
            );
            """)
        try HostMigrations.appendOnly(db, table: "collections_refund_request", what: "refund requests")
        try HostMigrations.appendOnly(db, table: "collections_refund_decision", what: "refund decisions")
    }

    /// Statement runs (the run log), each statement as sent (its figures and the document model it
    /// was rendered from), the visits it covered, and each visit's first post-discharge statement
    /// (the day 501(r) clocks start from).
    static let statements = StoreMigration("001-statements") { db in
        try db.execute(sql: """
            CREATE TABLE collections_statement_run (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                run_date TEXT NOT NULL,
                output_folder TEXT,
                started_at REAL NOT NULL,
                run_by TEXT NOT NULL
            );
            CREATE TABLE collections_statement_run_summary (
                run_id INTEGER PRIMARY KEY REFERENCES collections_statement_run(id),
                guarantors_considered INTEGER NOT NULL,
                statements INTEGER NOT NULL,
                amount_due_cents INTEGER NOT NULL,
                skipped TEXT NOT NULL,
                finished_at REAL NOT NULL
            );
            CREATE TABLE collections_statement (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                run_id INTEGER REFERENCES collections_statement_run(id),
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                statement_date TEXT NOT NULL,
                due_date TEXT NOT NULL,
                step TEXT NOT NULL CHECK (step IN ('statement', 'reminder', 'past-due', 'final-notice')),
                balance_cents INTEGER NOT NULL,
                amount_due_cents INTEGER NOT NULL,
                pending_insurance_cents INTEGER NOT NULL,
                pay_token TEXT NOT NULL UNIQUE,
                document TEXT NOT NULL,
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX collections_statement_by_guarantor ON collections_statement(guarantor_id, statement_date);
            CREATE TABLE collections_statement_account (
                statement_id INTEGER NOT NULL REFERENCES collections_statement(id),
                account_id INTEGER NOT NULL REFERENCES account(id),
                patient_balance_cents INTEGER NOT NULL,
                pending_insurance_cents INTEGER NOT NULL,
                PRIMARY KEY (statement_id, account_id)
            ) WITHOUT ROWID;
            CREATE TABLE collections_first_statement (
                account_id INTEGER PRIMARY KEY REFERENCES account(id),
                statement_id INTEGER NOT NULL REFERENCES collections_statement(id),
                statement_date TEXT NOT NULL
            );
            """)
        for (table, what) in [("collections_statement_run", "statement runs"), ("collections_statement_run_summary", "statement run logs"), ("collections_statement", "statements"),
                              ("collections_statement_account", "statement lines"),
                              ("collections_first_statement", "first statement dates")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }

    /// Holds (with their releases), the contact log, contact preferences and worklist assignments.
    static let holdsAndContacts = StoreMigration("002-holds-contacts") { db in
        try db.execute(sql: """
            CREATE TABLE collections_hold (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                account_id INTEGER REFERENCES account(id),
                kind TEXT NOT NULL,
                reason TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                expires_on TEXT,
                placed_at REAL NOT NULL,
                placed_by TEXT NOT NULL
            );
            CREATE INDEX collections_hold_by_guarantor ON collections_hold(guarantor_id);
            CREATE TABLE collections_hold_release (
                hold_id INTEGER PRIMARY KEY REFERENCES collections_hold(id),
                released_on TEXT NOT NULL,
                reason TEXT NOT NULL,
                released_at REAL NOT NULL,
                released_by TEXT NOT NULL
            );
            CREATE TABLE collections_contact (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                channel TEXT NOT NULL,
                at REAL NOT NULL,
                outcome TEXT NOT NULL,
                promise_date TEXT,
                promise_cents INTEGER,
                note TEXT NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_contact_by_guarantor ON collections_contact(guarantor_id, at);
            CREATE TABLE collections_contact_preference (
                id INTEGER PRIMARY KEY,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                document TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_contact_preference_by_guarantor ON collections_contact_preference(guarantor_id, id);
            CREATE TABLE collections_assignment (
                id INTEGER PRIMARY KEY,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                assignee TEXT,
                assigned_at REAL NOT NULL,
                assigned_by TEXT NOT NULL
            );
            CREATE INDEX collections_assignment_by_guarantor ON collections_assignment(guarantor_id, id);
            """)
        for (table, what) in [("collections_hold", "holds"), ("collections_hold_release", "hold releases"),
                              ("collections_contact", "contact log entries"),
                              ("collections_contact_preference", "contact preferences"),
                              ("collections_assignment", "worklist assignments")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }

    /// Payment plans and everything that happens to them (schedules, payments, autopay attempts,
    /// notices, default, payoff) as an append-only event list.
    static let plans = StoreMigration("003-plans") { db in
        try db.execute(sql: """
            CREATE TABLE collections_plan (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                created_on TEXT NOT NULL,
                terms TEXT NOT NULL,
                autopay_token TEXT,
                autopay_card TEXT,
                autopay_authorization TEXT,
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX collections_plan_by_guarantor ON collections_plan(guarantor_id);
            CREATE TABLE collections_plan_event (
                id INTEGER PRIMARY KEY,
                plan_id INTEGER NOT NULL REFERENCES collections_plan(id),
                on_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                amount_cents INTEGER,
                reference TEXT,
                detail TEXT NOT NULL,
                state TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL,
                UNIQUE (plan_id, kind, reference)
            );
            CREATE INDEX collections_plan_event_by_plan ON collections_plan_event(plan_id, id);
            """)
        for (table, what) in [("collections_plan", "payment plans"), ("collections_plan_event", "payment plan events")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }

    /// 501(r): written notices before an extraordinary collection action, the actions taken and
    /// reversed, financial-assistance application status as collections knows it, agency placements
    /// and recalls.
    static let extraordinaryActions = StoreMigration("004-extraordinary-actions") { db in
        try db.execute(sql: """
            CREATE TABLE collections_eca_notice (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES account(id),
                sent_on TEXT NOT NULL,
                actions TEXT NOT NULL,
                deadline TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_eca_notice_by_account ON collections_eca_notice(account_id);
            CREATE TABLE collections_eca (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES account(id),
                kind TEXT NOT NULL,
                taken_on TEXT NOT NULL,
                detail TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_eca_by_account ON collections_eca(account_id);
            CREATE TABLE collections_eca_reversal (
                eca_id INTEGER PRIMARY KEY REFERENCES collections_eca(id),
                reversed_on TEXT NOT NULL,
                reason TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE collections_assistance_status (
                id INTEGER PRIMARY KEY,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                account_id INTEGER REFERENCES account(id),
                status TEXT NOT NULL CHECK (status IN ('incomplete', 'pending', 'approved', 'denied', 'withdrawn')),
                on_date TEXT NOT NULL,
                complete_by TEXT,
                patient_owes_cents INTEGER,
                source TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_assistance_by_guarantor ON collections_assistance_status(guarantor_id, id);
            CREATE TABLE collections_agency_placement (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                agency TEXT NOT NULL,
                placed_on TEXT NOT NULL,
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                file TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX collections_agency_placement_by_account ON collections_agency_placement(account_id);
            CREATE TABLE collections_agency_recall (
                placement_id INTEGER PRIMARY KEY REFERENCES collections_agency_placement(id),
                recalled_on TEXT NOT NULL,
                reason TEXT NOT NULL,
                file TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE collections_agency_return (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                agency TEXT NOT NULL,
                file_digest TEXT NOT NULL,
                line INTEGER NOT NULL,
                placement_id INTEGER NOT NULL REFERENCES collections_agency_placement(id),
                kind TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                reference TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL,
                UNIQUE (agency, reference)
            );
            """)
        for (table, what) in [("collections_eca_notice", "extraordinary-action notices"), ("collections_eca", "extraordinary actions"),
                              ("collections_eca_reversal", "extraordinary-action reversals"),
                              ("collections_assistance_status", "assistance statuses"),
                              ("collections_agency_placement", "agency placements"), ("collections_agency_recall", "agency recalls"),
                              ("collections_agency_return", "agency returns")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }

    /// Collections' read model for analytics (a published interface): each payment plan, when it was
    /// made and when it defaulted.
    static let analyticsView = StoreMigration("006-analytics-view") { db in
        try db.execute(sql: """
            CREATE VIEW collections_plan_history AS
            SELECT p.id AS plan_id, 'P' || p.id AS plan, p.site, p.guarantor_id, p.created_on,
                (SELECT min(e.on_date) FROM collections_plan_event e WHERE e.plan_id = p.id AND e.kind = 'default') AS defaulted_on
            FROM collections_plan p;
            """)
    }

    /// More of collections' read model for analytics (published interfaces): statements sent per
    /// guarantor with the first one's date, and each plan installment as the latest plan state has
    /// it (due date, and the day it was paid in full).
    static let analyticsHistoryViews = StoreMigration("007-analytics-history-views") { db in
        try db.execute(sql: """
            CREATE VIEW collections_statement_history AS
            SELECT site, guarantor_id, count(*) AS statements, min(statement_date) AS first_statement_date
            FROM collections_statement GROUP BY site, guarantor_id;
            CREATE VIEW collections_plan_installments AS
            SELECT p.id AS plan_id, p.site, p.guarantor_id,
                   json_extract(i.value, '$.number') AS number, json_extract(i.value, '$.dueDate') AS due_date,
                   json_extract(i.value, '$.paidInFullOn') AS paid_in_full_on
            FROM collections_plan p
            JOIN collections_plan_event e ON e.id = (SELECT max(id) FROM collections_plan_event WHERE plan_id = p.id)
            JOIN json_each(e.state, '$.schedule.installments') i;
            """)
    }
}
