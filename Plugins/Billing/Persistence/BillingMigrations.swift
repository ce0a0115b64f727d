import GRDB
import RevCycleStore

/// The billing module's own tables, filed by the host as `billing.001-claims`, … Never edit a
/// shipped migration: append a new one.
enum BillingMigrations {
    static let all: [StoreMigration] = [claims, remittances, submissions, remittanceLines, claimStatus, visitProviders, analyticsView]

    /// Charge lines (with codes, modifiers, units, diagnosis pointers and the rendering provider), each
    /// encounter's diagnoses, claims with their lines, every state transition (append-only) and every
    /// scrub run.
    static let claims = StoreMigration("001-claims") { db in
        try db.execute(sql: """
            CREATE TABLE billing_diagnosis (
                account_id INTEGER NOT NULL REFERENCES account(id),
                position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 12),
                code TEXT NOT NULL CHECK (length(code) BETWEEN 3 AND 7),
                PRIMARY KEY (account_id, position)
            ) WITHOUT ROWID;
            CREATE TABLE billing_charge (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                code TEXT NOT NULL CHECK (length(code) = 5),
                modifiers TEXT NOT NULL DEFAULT '',
                units INTEGER NOT NULL CHECK (units BETWEEN 1 AND 999),
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                diagnosis_pointers TEXT NOT NULL DEFAULT '',
                rendering_npi TEXT NOT NULL CHECK (length(rendering_npi) = 10),
                service_date TEXT NOT NULL,
                revenue_code TEXT,
                liability TEXT NOT NULL,
                entry_id INTEGER NOT NULL REFERENCES journal_entry(id),
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX billing_charge_by_account ON billing_charge(account_id);
            CREATE TABLE billing_claim (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                payer TEXT NOT NULL,
                coverage_id INTEGER NOT NULL REFERENCES coverage(id),
                priority TEXT NOT NULL CHECK (priority IN ('primary', 'secondary', 'tertiary')),
                frequency TEXT NOT NULL CHECK (frequency IN ('1', '7', '8')),
                replaces_claim_id INTEGER REFERENCES billing_claim(id),
                total_cents INTEGER NOT NULL CHECK (total_cents > 0),
                state TEXT NOT NULL CHECK (state IN ('draft', 'scrubbed', 'submitted', 'accepted', 'rejected', 'paid',
                    'partially-paid', 'denied', 'appealed', 'closed')),
                service_date TEXT NOT NULL,
                payer_claim_number TEXT,
                submitted_file TEXT,
                created_at REAL NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX billing_claim_by_account ON billing_claim(account_id);
            CREATE INDEX billing_claim_by_state ON billing_claim(site, state);
            CREATE TABLE billing_claim_line (
                claim_id INTEGER NOT NULL REFERENCES billing_claim(id),
                line_number INTEGER NOT NULL CHECK (line_number BETWEEN 1 AND 50),
                charge_id INTEGER NOT NULL REFERENCES billing_charge(id),
                PRIMARY KEY (claim_id, line_number)
            ) WITHOUT ROWID;
            CREATE TABLE billing_claim_transition (
                claim_id INTEGER NOT NULL REFERENCES billing_claim(id),
                at REAL NOT NULL,
                user TEXT NOT NULL,
                from_state TEXT,
                to_state TEXT NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX billing_claim_transition_by_claim ON billing_claim_transition(claim_id, at);
            CREATE TABLE billing_scrub (
                claim_id INTEGER NOT NULL REFERENCES billing_claim(id),
                run INTEGER NOT NULL CHECK (run >= 1),
                at REAL NOT NULL,
                errors INTEGER NOT NULL CHECK (errors >= 0),
                warnings INTEGER NOT NULL CHECK (warnings >= 0),
                edits TEXT NOT NULL,
                PRIMARY KEY (claim_id, run)
            ) WITHOUT ROWID;
            """)
        try HostMigrations.appendOnly(db, table: "billing_claim_transition", what: "claim transitions")
    }

    /// Remittances (one row per payer and trace number: a second import of the same payment is
    /// refused by the key), what each claim in them came to, denials with their codes, and the
    /// exceptions that could not be posted (an unknown claim, a provider adjustment with no claim).
    static let remittances = StoreMigration("002-remittances") { db in
        try db.execute(sql: """
            CREATE TABLE billing_remittance (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                payment_key TEXT NOT NULL,
                payer TEXT NOT NULL,
                trace TEXT NOT NULL,
                file TEXT NOT NULL,
                payment_cents INTEGER NOT NULL,
                payment_date TEXT NOT NULL,
                claims INTEGER NOT NULL,
                posted_cash_cents INTEGER NOT NULL,
                unposted_cents INTEGER NOT NULL,
                imported_at REAL NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (site, payment_key)
            );
            CREATE TABLE billing_remit_claim (
                remittance_id INTEGER NOT NULL REFERENCES billing_remittance(id),
                ordinal INTEGER NOT NULL,
                patient_control_number TEXT NOT NULL,
                claim_id INTEGER REFERENCES billing_claim(id),
                status TEXT NOT NULL,
                charge_cents INTEGER NOT NULL,
                paid_cents INTEGER NOT NULL,
                patient_cents INTEGER NOT NULL,
                contractual_cents INTEGER NOT NULL,
                denied_cents INTEGER NOT NULL,
                payer_claim_number TEXT NOT NULL,
                outcome TEXT NOT NULL,
                PRIMARY KEY (remittance_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX billing_remit_claim_by_claim ON billing_remit_claim(claim_id);
            CREATE TABLE billing_denial (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                claim_id INTEGER NOT NULL REFERENCES billing_claim(id),
                remittance_id INTEGER NOT NULL REFERENCES billing_remittance(id),
                group_code TEXT NOT NULL,
                reason TEXT NOT NULL,
                remarks TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                line_code TEXT,
                denied_on TEXT NOT NULL,
                work_item_id INTEGER REFERENCES work_item(id)
            );
            CREATE INDEX billing_denial_by_claim ON billing_denial(claim_id);
            CREATE TABLE billing_remit_exception (
                id INTEGER PRIMARY KEY,
                remittance_id INTEGER NOT NULL REFERENCES billing_remittance(id),
                kind TEXT NOT NULL,
                reference TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                detail TEXT NOT NULL,
                work_item_id INTEGER REFERENCES work_item(id)
            );
            """)
        for table in ["billing_remittance", "billing_remit_claim", "billing_denial", "billing_remit_exception"] {
            try HostMigrations.appendOnly(db, table: table, what: "remittance records")
        }
    }

    /// 837P files sent, with the control numbers a 999 answers by, and the acknowledgments read.
    static let submissions = StoreMigration("003-submissions") { db in
        try db.execute(sql: """
            CREATE TABLE billing_submission (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                payer TEXT NOT NULL,
                file TEXT NOT NULL UNIQUE,
                guide TEXT NOT NULL,
                interchange_control INTEGER NOT NULL,
                group_control INTEGER NOT NULL,
                claims INTEGER NOT NULL CHECK (claims > 0),
                total_cents INTEGER NOT NULL,
                submitted_at REAL NOT NULL,
                submitted_by TEXT NOT NULL,
                UNIQUE (site, group_control)
            );
            CREATE TABLE billing_acknowledgment (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('999', '277CA')),
                file TEXT NOT NULL,
                reference TEXT NOT NULL,
                status TEXT NOT NULL,
                detail TEXT NOT NULL,
                read_at REAL NOT NULL,
                UNIQUE (site, kind, file, reference)
            );
            """)
        try HostMigrations.appendOnly(db, table: "billing_submission", what: "claim submissions")
        try HostMigrations.appendOnly(db, table: "billing_acknowledgment", what: "acknowledgments")
    }

    /// What the payer decided per service line and at claim level (CAS as `GROUP:REASON:CENTS` joined
    /// by `;`), so a secondary claim can carry the primary's adjudication (837P 2320 and 2430).
    static let remittanceLines = StoreMigration("004-remittance-lines") { db in
        try db.execute(sql: """
            ALTER TABLE billing_remit_claim ADD COLUMN claim_adjustments TEXT NOT NULL DEFAULT '';
            CREATE TABLE billing_remit_line (
                remittance_id INTEGER NOT NULL REFERENCES billing_remittance(id),
                claim_ordinal INTEGER NOT NULL,
                line_ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                modifiers TEXT NOT NULL,
                charge_cents INTEGER NOT NULL,
                paid_cents INTEGER NOT NULL,
                units INTEGER NOT NULL,
                adjustments TEXT NOT NULL,
                line_control TEXT,
                PRIMARY KEY (remittance_id, claim_ordinal, line_ordinal)
            ) WITHOUT ROWID;
            """)
        try HostMigrations.appendOnly(db, table: "billing_remit_line", what: "remittance lines")
    }

    /// Claim status inquiries (276) sent for claims the payer has not answered, and what its 277 said.
    static let claimStatus = StoreMigration("005-claim-status") { db in
        try db.execute(sql: """
            CREATE TABLE billing_status_inquiry (
                trace TEXT PRIMARY KEY,
                site TEXT NOT NULL,
                claim_id INTEGER NOT NULL REFERENCES billing_claim(id),
                file TEXT NOT NULL,
                sent_at REAL NOT NULL,
                sent_by TEXT NOT NULL,
                answered_at REAL,
                answer_file TEXT,
                status TEXT,
                detail TEXT
            ) WITHOUT ROWID;
            CREATE INDEX billing_status_inquiry_by_claim ON billing_status_inquiry(claim_id, sent_at);
            """)
    }

    /// The rendering provider of each visit, learned from the front desk's check-in event: the
    /// default provider of the visit's charge lines.
    static let visitProviders = StoreMigration("006-visit-providers") { db in
        try db.execute(sql: """
            CREATE TABLE billing_visit_provider (
                account_id INTEGER PRIMARY KEY REFERENCES account(id),
                provider_npi TEXT NOT NULL CHECK (length(provider_npi) = 10),
                services TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// Billing's read model for analytics (a published interface: other modules read this view, never
    /// billing's tables): each claim as first sent, whether its first scrub found no error, and when.
    static let analyticsView = StoreMigration("007-analytics-view") { db in
        try db.execute(sql: """
            CREATE VIEW billing_claim_history AS
            SELECT c.id AS claim_id, 'RC' || c.id AS claim, c.site, c.account_id, c.payer, c.total_cents, c.frequency,
                (SELECT min(t.at) FROM billing_claim_transition t WHERE t.claim_id = c.id AND t.to_state = 'submitted') AS submitted_at,
                (SELECT s.errors = 0 FROM billing_scrub s WHERE s.claim_id = c.id ORDER BY s.run LIMIT 1) AS clean_on_first_scrub
            FROM billing_claim c;
            """)
    }
}
