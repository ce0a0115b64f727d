import GRDB
import RevCycleStore

/// The counseling module's own tables, filed by the host as `counseling.001-applications`, … Never
/// edit a shipped migration: append a new one. History is append-only: an application changes by an
/// event row, a document arrives by a row, a notice is kept as sent.
enum CounselingMigrations {
    static let all: [StoreMigration] = [applications, estimates]

    /// Financial-assistance applications with what the patient declared, their status history, the
    /// documents received, the determination, and every notice as sent.
    static let applications = StoreMigration("001-applications") { db in
        try db.execute(sql: """
            CREATE TABLE counseling_application (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                received_on TEXT NOT NULL,
                household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 20),
                annual_income_cents INTEGER NOT NULL CHECK (annual_income_cents >= 0),
                state TEXT NOT NULL,
                assets_cents INTEGER,
                presumptive_reason TEXT,
                required_documents TEXT NOT NULL,
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX counseling_application_by_guarantor ON counseling_application(guarantor_id);
            CREATE TABLE counseling_application_event (
                id INTEGER PRIMARY KEY,
                application_id INTEGER NOT NULL REFERENCES counseling_application(id),
                status TEXT NOT NULL CHECK (status IN ('started', 'incomplete', 'complete', 'approved', 'denied', 'expired')),
                on_date TEXT NOT NULL,
                complete_by TEXT,
                detail TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX counseling_application_event_by_application ON counseling_application_event(application_id, id);
            CREATE TABLE counseling_document (
                application_id INTEGER NOT NULL REFERENCES counseling_application(id),
                document TEXT NOT NULL,
                received_on TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL,
                PRIMARY KEY (application_id, document)
            ) WITHOUT ROWID;
            CREATE TABLE counseling_determination (
                application_id INTEGER PRIMARY KEY REFERENCES counseling_application(id),
                decided_on TEXT NOT NULL,
                approved INTEGER NOT NULL,
                discount_basis_points INTEGER NOT NULL CHECK (discount_basis_points BETWEEN 0 AND 10000),
                percent_of_poverty_basis_points INTEGER NOT NULL,
                reasons TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE counseling_notice (
                id INTEGER PRIMARY KEY,
                application_id INTEGER REFERENCES counseling_application(id),
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                kind TEXT NOT NULL,
                sent_on TEXT NOT NULL,
                text TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX counseling_notice_by_guarantor ON counseling_notice(guarantor_id);
            """)
        for (table, what) in [("counseling_application", "assistance applications"), ("counseling_application_event", "application events"),
                              ("counseling_document", "application documents"), ("counseling_determination", "determinations"),
                              ("counseling_notice", "notices")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }

    /// Good-faith estimates as issued (from patient access's events), the visits they became, the bills
    /// flagged at least the dispute threshold above them, and patient-provider disputes with their
    /// resolutions. Providers are NPIs; amounts are cents; days are YYYY-MM-DD in the site's time zone.
    static let estimates = StoreMigration("002-estimates") { db in
        try db.execute(sql: """
            CREATE TABLE counseling_estimate (
                estimate TEXT PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                appointment TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                providers TEXT NOT NULL,
                total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
                event_seq INTEGER,
                recorded_at REAL NOT NULL
            );
            CREATE INDEX counseling_estimate_by_appointment ON counseling_estimate(appointment);
            CREATE TABLE counseling_visit (
                appointment TEXT PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL UNIQUE REFERENCES account(id),
                linked_at REAL NOT NULL
            );
            CREATE TABLE counseling_estimate_flag (
                account_id INTEGER NOT NULL REFERENCES account(id),
                provider TEXT NOT NULL,
                estimate TEXT NOT NULL REFERENCES counseling_estimate(estimate),
                estimated_cents INTEGER NOT NULL,
                billed_cents INTEGER NOT NULL,
                flagged_on TEXT NOT NULL,
                task_id INTEGER REFERENCES work_item(id),
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL,
                PRIMARY KEY (account_id, provider)
            ) WITHOUT ROWID;
            CREATE TABLE counseling_dispute (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                provider TEXT NOT NULL,
                estimate TEXT NOT NULL REFERENCES counseling_estimate(estimate),
                estimated_cents INTEGER NOT NULL,
                billed_cents INTEGER NOT NULL,
                bill_date TEXT NOT NULL,
                filed_on TEXT NOT NULL CHECK (filed_on >= bill_date),
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL,
                UNIQUE (account_id, provider)
            );
            CREATE INDEX counseling_dispute_by_site ON counseling_dispute(site, id);
            CREATE TABLE counseling_dispute_resolution (
                dispute_id INTEGER PRIMARY KEY REFERENCES counseling_dispute(id),
                resolved_on TEXT NOT NULL,
                outcome TEXT NOT NULL,
                recorded_at REAL NOT NULL,
                recorded_by TEXT NOT NULL
            );
            """)
        for (table, what) in [("counseling_estimate", "estimates"), ("counseling_visit", "estimate visits"),
                              ("counseling_estimate_flag", "estimate flags"), ("counseling_dispute", "disputes"),
                              ("counseling_dispute_resolution", "dispute resolutions")] {
            try HostMigrations.appendOnly(db, table: table, what: what)
        }
    }
}
