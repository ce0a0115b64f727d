import GRDB
import RevCycleStore

/// The access module's own tables, filed by the host as `access.001-demographics`, … Never edit a
/// shipped migration: append a new one.
enum AccessMigrations {
    static let all: [StoreMigration] = [demographics, payers, scheduling, frontDesk, estimateAdjustment, analyticsView]

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

    /// Appointments with their planned services, and every change made to one (append-only), plus
    /// the fee schedule of imported payers.
    static let scheduling = StoreMigration("003-scheduling") { db in
        try db.execute(sql: """
            ALTER TABLE access_payer ADD COLUMN fee_schedule TEXT;
            CREATE TABLE access_appointment (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                provider_npi TEXT NOT NULL CHECK (length(provider_npi) = 10),
                location TEXT NOT NULL,
                service_date TEXT NOT NULL,
                start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
                services TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('scheduled', 'checked-in', 'cancelled', 'no-show')),
                scheduled_on TEXT NOT NULL,
                account_id INTEGER REFERENCES account(id),
                cancel_reason TEXT,
                CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
                CHECK (status != 'checked-in' OR account_id IS NOT NULL)
            );
            CREATE INDEX access_appointment_by_day ON access_appointment(site, service_date, start_time);
            CREATE INDEX access_appointment_by_patient ON access_appointment(patient_id, service_date);
            CREATE TABLE access_appointment_change (
                appointment_id INTEGER NOT NULL REFERENCES access_appointment(id),
                at REAL NOT NULL,
                user TEXT NOT NULL,
                change TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE INDEX access_appointment_change_by_appointment ON access_appointment_change(appointment_id, at);
            CREATE TRIGGER access_appointment_change_no_update BEFORE UPDATE ON access_appointment_change
                BEGIN SELECT RAISE(ABORT, 'appointment history is append-only'); END;
            CREATE TRIGGER access_appointment_change_no_delete BEFORE DELETE ON access_appointment_change
                BEGIN SELECT RAISE(ABORT, 'appointment history is append-only'); END;
            """)
    }

    /// Eligibility inquiries and their answers, estimates (insured and good-faith) with their
    /// documents, and what was collected at check-in.
    static let frontDesk = StoreMigration("004-eligibility-estimates-checkin") { db in
        try db.execute(sql: """
            CREATE TABLE access_eligibility (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                coverage_id INTEGER REFERENCES coverage(id),
                payer TEXT NOT NULL,
                purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'discovery')),
                trace TEXT NOT NULL UNIQUE,
                service_date TEXT NOT NULL,
                request_file TEXT NOT NULL,
                requested_at REAL NOT NULL,
                requested_by TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('sent', 'active', 'inactive', 'not-found', 'rejected')),
                responded_at REAL,
                response_file TEXT,
                member_id TEXT,
                plan_begin TEXT,
                plan_end TEXT,
                benefits TEXT,
                rejection TEXT,
                work_item_id INTEGER REFERENCES work_item(id),
                CHECK ((status = 'sent') = (responded_at IS NULL))
            );
            CREATE INDEX access_eligibility_by_patient ON access_eligibility(patient_id, requested_at);
            CREATE TABLE access_estimate (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                appointment_id INTEGER REFERENCES access_appointment(id),
                kind TEXT NOT NULL CHECK (kind IN ('insured', 'good-faith')),
                payer TEXT,
                issued_on TEXT NOT NULL,
                due_by TEXT,
                total_charges_cents INTEGER NOT NULL CHECK (total_charges_cents >= 0),
                patient_cents INTEGER NOT NULL CHECK (patient_cents >= 0),
                insurance_cents INTEGER NOT NULL CHECK (insurance_cents >= 0),
                lines TEXT NOT NULL,
                document_text TEXT NOT NULL,
                document_html TEXT NOT NULL,
                issued_by TEXT NOT NULL,
                created_at REAL NOT NULL,
                CHECK (patient_cents + insurance_cents = total_charges_cents OR kind = 'insured')
            );
            CREATE INDEX access_estimate_by_appointment ON access_estimate(appointment_id);
            CREATE INDEX access_estimate_by_patient ON access_estimate(patient_id, issued_on);
            CREATE TRIGGER access_estimate_no_update BEFORE UPDATE ON access_estimate
                BEGIN SELECT RAISE(ABORT, 'an issued estimate is kept as issued'); END;
            CREATE TRIGGER access_estimate_no_delete BEFORE DELETE ON access_estimate
                BEGIN SELECT RAISE(ABORT, 'an issued estimate is kept as issued'); END;
            CREATE TABLE access_checkin (
                appointment_id INTEGER PRIMARY KEY REFERENCES access_appointment(id),
                site TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                copay_cents INTEGER NOT NULL CHECK (copay_cents >= 0),
                prior_balance_cents INTEGER NOT NULL CHECK (prior_balance_cents >= 0),
                deposit_cents INTEGER NOT NULL CHECK (deposit_cents >= 0),
                amount_due_cents INTEGER NOT NULL CHECK (amount_due_cents >= 0),
                due_explanation TEXT NOT NULL,
                collected_cents INTEGER NOT NULL CHECK (collected_cents >= 0),
                method TEXT CHECK (method IN ('cash', 'check', 'card')),
                reference TEXT,
                card_brand TEXT,
                card_last_four TEXT CHECK (card_last_four IS NULL OR length(card_last_four) = 4),
                not_collected_reason TEXT,
                checked_in_at REAL NOT NULL,
                checked_in_by TEXT NOT NULL,
                CHECK (collected_cents >= amount_due_cents OR not_collected_reason IS NOT NULL),
                CHECK ((collected_cents > 0) = (method IS NOT NULL))
            ) WITHOUT ROWID;
            """)
    }

    /// Keeps the site's adjustment (`access.estimate.adjust`) beside an estimate's figures: a good-faith
    /// estimate balances as patient share − adjustment = charges. SQLite cannot change a CHECK in place,
    /// so the table is rebuilt with its rows (an issued estimate keeps its figures; old rows had none).
    static let estimateAdjustment = StoreMigration("005-estimate-adjustment") { db in
        try db.execute(sql: """
            CREATE TABLE access_estimate_new (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                patient_id INTEGER NOT NULL REFERENCES patient(id),
                appointment_id INTEGER REFERENCES access_appointment(id),
                kind TEXT NOT NULL CHECK (kind IN ('insured', 'good-faith')),
                payer TEXT,
                issued_on TEXT NOT NULL,
                due_by TEXT,
                total_charges_cents INTEGER NOT NULL CHECK (total_charges_cents >= 0),
                patient_cents INTEGER NOT NULL CHECK (patient_cents >= 0),
                insurance_cents INTEGER NOT NULL CHECK (insurance_cents >= 0),
                adjustment_cents INTEGER NOT NULL DEFAULT 0,
                adjustment_note TEXT,
                lines TEXT NOT NULL,
                document_text TEXT NOT NULL,
                document_html TEXT NOT NULL,
                issued_by TEXT NOT NULL,
                created_at REAL NOT NULL,
                CHECK (kind = 'insured' OR patient_cents - adjustment_cents + insurance_cents = total_charges_cents),
                CHECK (patient_cents <= total_charges_cents)
            );
            INSERT INTO access_estimate_new (id, site, patient_id, appointment_id, kind, payer, issued_on, due_by, total_charges_cents,
                patient_cents, insurance_cents, lines, document_text, document_html, issued_by, created_at)
            SELECT id, site, patient_id, appointment_id, kind, payer, issued_on, due_by, total_charges_cents,
                patient_cents, insurance_cents, lines, document_text, document_html, issued_by, created_at FROM access_estimate;
            DROP TABLE access_estimate;
            ALTER TABLE access_estimate_new RENAME TO access_estimate;
            CREATE INDEX access_estimate_by_appointment ON access_estimate(appointment_id);
            CREATE INDEX access_estimate_by_patient ON access_estimate(patient_id, issued_on);
            CREATE TRIGGER access_estimate_no_update BEFORE UPDATE ON access_estimate
                BEGIN SELECT RAISE(ABORT, 'an issued estimate is kept as issued'); END;
            CREATE TRIGGER access_estimate_no_delete BEFORE DELETE ON access_estimate
                BEGIN SELECT RAISE(ABORT, 'an issued estimate is kept as issued'); END;
            """)
    }

    /// Access's read model for analytics (a published interface): each eligibility answer received,
    /// with the patient and the date of service it was asked for.
    static let analyticsView = StoreMigration("006-analytics-view") { db in
        try db.execute(sql: """
            CREATE VIEW access_eligibility_answers AS
            SELECT id, site, patient_id, payer, purpose, service_date, responded_at, status
            FROM access_eligibility WHERE responded_at IS NOT NULL;
            """)
    }
}
