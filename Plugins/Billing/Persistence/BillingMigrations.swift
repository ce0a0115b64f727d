import GRDB
import RevCycleStore

/// The billing module's own tables, filed by the host as `billing.001-claims`, … Never edit a
/// shipped migration: append a new one.
enum BillingMigrations {
    static let all: [StoreMigration] = [claims]

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
}
