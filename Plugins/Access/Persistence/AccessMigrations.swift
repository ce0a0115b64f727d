import GRDB
import RevCycleStore

/// The access module's own tables, filed by the host as `access.001-demographics`, … Never edit a
/// shipped migration: append a new one.
enum AccessMigrations {
    static let all: [StoreMigration] = [demographics, payers]

    /// Demographics and contact consents (one row per patient), and each patient's guarantors with
    /// their relationship. The shared `patient` and `guarantor` tables stay as they are.
    static let demographics = StoreMigration("001-demographics") { db in
        try db.execute(sql: """
            CREATE TABLE access_demographics (
                patient_id INTEGER PRIMARY KEY REFERENCES patient(id),
                sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'X', 'U')),
                address_line1 TEXT,
                address_line2 TEXT,
                city TEXT,
                state TEXT CHECK (state IS NULL OR length(state) = 2),
                zip TEXT CHECK (zip IS NULL OR zip GLOB '[0-9][0-9][0-9][0-9][0-9]' OR zip GLOB '[0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
                phone TEXT CHECK (phone IS NULL OR (length(phone) = 10 AND phone NOT GLOB '*[^0-9]*')),
                email TEXT,
                language TEXT,
                allow_mail INTEGER NOT NULL CHECK (allow_mail IN (0, 1)),
                allow_phone INTEGER NOT NULL CHECK (allow_phone IN (0, 1)),
                allow_text INTEGER NOT NULL CHECK (allow_text IN (0, 1)),
                allow_email INTEGER NOT NULL CHECK (allow_email IN (0, 1)),
                -- TCPA: texts only with explicit prior consent.
                text_consent_date TEXT,
                CHECK (allow_text = 0 OR text_consent_date IS NOT NULL),
                CHECK ((address_line1 IS NULL) = (city IS NULL) AND (city IS NULL) = (state IS NULL) AND (state IS NULL) = (zip IS NULL))
            );
            CREATE INDEX access_demographics_by_phone ON access_demographics(phone);
            CREATE TABLE access_guarantor_link (
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                relationship TEXT NOT NULL CHECK (relationship IN ('self', 'spouse', 'parent', 'guardian', 'other')),
                created_at REAL NOT NULL,
                PRIMARY KEY (patient_id, guarantor_id)
            ) WITHOUT ROWID;
            CREATE INDEX patient_by_name ON patient(site, family_name COLLATE NOCASE, birth_date);
            """)
    }

    /// Payers imported from CSV, merged over the site file's `payers:` (an imported code wins).
    static let payers = StoreMigration("002-payers") { db in
        try db.execute(sql: """
            CREATE TABLE access_payer (
                site TEXT NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                payer_id TEXT,
                timely_filing_days INTEGER NOT NULL CHECK (timely_filing_days BETWEEN 1 AND 3650),
                claim_guide TEXT NOT NULL,
                phone TEXT,
                source TEXT NOT NULL,
                imported_at REAL NOT NULL,
                imported_by TEXT NOT NULL,
                PRIMARY KEY (site, code)
            ) WITHOUT ROWID;
            """)
    }
}
