import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// The access module's store: registration with demographics, patient search and profiles.
/// Payers are in an extension beside this file; coverage is shared (RevCycleStore's SQLiteCoverageStore). Each method is one transaction that
/// appends its audit rows, so a change and its audit trail land together or not at all.
struct AccessStore: PatientDemographicsSource {
    let database: RevCycleDatabase

    // MARK: - Registration

    /// Records a patient, their demographics and their guarantor in one transaction.
    ///
    /// - Throws: `conflict` for an MRN already registered; `notFound` for an unknown guarantor.
    func register(_ registration: Registration, by actor: ActingUser) throws -> (PatientSummary, GuarantorID) {
        try database.writer.write { db in
            if case .existing(let id, _) = registration.guarantor {
                _ = try SQLitePatientRegistry.guarantor(id, site: actor.site, in: db)
            }
            let patient = try SQLitePatientRegistry.insertPatient(
                mrn: registration.mrn, familyName: registration.familyName, givenName: registration.givenName,
                birthDate: registration.birthDate, by: actor, in: db)
            let guarantor: GuarantorID
            switch registration.guarantor {
            case .patient:
                guarantor = try SQLitePatientRegistry.insertGuarantor(
                    name: "\(registration.givenName) \(registration.familyName)", patient: patient.id, by: actor, in: db).id
            case .existing(let id, _):
                guarantor = id
            case .new(let name, _):
                guarantor = try SQLitePatientRegistry.insertGuarantor(name: name, patient: nil, by: actor, in: db).id
            }
            try Self.insert(registration.demographics, for: patient.id, in: db)
            try db.execute(sql: """
                INSERT INTO access_guarantor_link (patient_id, guarantor_id, relationship, created_at) VALUES (?, ?, ?, ?)
                """, arguments: [patient.id.rawValue, guarantor.rawValue, registration.guarantor.relationship.rawValue,
                                 actor.at.timeIntervalSince1970])
            try SQLiteAuditLog.append(action: "access.patient.register", outcome: .allowed, patient: patient.id, account: nil,
                                      detail: "demographics; guarantor \(guarantor) (\(registration.guarantor.relationship.rawValue))",
                                      by: actor, in: db)
            return (patient, guarantor)
        }
    }

    static func insert(_ demographics: PatientDemographics, for patient: PatientID, in db: Database) throws {
        let address = demographics.address
        let contact = demographics.contact
        try db.execute(sql: """
            INSERT INTO access_demographics (patient_id, sex, address_line1, address_line2, city, state, zip, phone, email, language,
                allow_mail, allow_phone, allow_text, allow_email, text_consent_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                patient.rawValue, demographics.sex.rawValue, address?.line1, address?.line2, address?.city,
                address?.state.rawValue, address?.zip.rawValue, demographics.phone?.digits, demographics.email?.rawValue,
                demographics.preferredLanguage?.rawValue, contact.allows(.mail), contact.allows(.phone), contact.allows(.text),
                contact.allows(.email), contact.textConsent?.description,
            ])
    }

    // MARK: - Search and profile

    /// The patients matching `search` at the actor's site; one audit row per patient found (or
    /// one row without a patient when none matched).
    func find(_ search: PatientSearch, by actor: ActingUser) throws -> [(PatientSummary, PhoneNumber?)] {
        let base = "SELECT p.*, d.phone FROM patient p LEFT JOIN access_demographics d ON d.patient_id = p.id WHERE p.site = ?"
        let (condition, arguments): (String, StatementArguments) = switch search {
        case .mrn(let mrn): ("p.mrn = ?", [mrn.trimmingCharacters(in: .whitespaces)])
        case .nameAndBirthDate(let family, let given, let birthDate):
            ("p.family_name = ? COLLATE NOCASE AND p.given_name = ? COLLATE NOCASE AND p.birth_date = ?",
             [family, given, birthDate.description])
        case .phone(let phone): ("d.phone = ?", [phone.digits])
        }
        return try database.writer.write { db in
            let rows = try Row.fetchAll(db, sql: "\(base) AND \(condition) ORDER BY p.family_name, p.given_name, p.id",
                                        arguments: [actor.site] + arguments)
            let found = try rows.map { row in
                (try SQLitePatientRegistry.summary(from: row), try (row["phone"] as String?).map { try PhoneNumber(parsing: $0) })
            }
            if found.isEmpty {
                try SQLiteAuditLog.append(action: "access.patient.find", outcome: .allowed, patient: nil, account: nil,
                                          detail: "by \(search.kind): no match", by: actor, in: db)
            }
            for (patient, _) in found {
                try SQLiteAuditLog.append(action: "access.patient.find", outcome: .allowed, patient: patient.id, account: nil,
                                          detail: "by \(search.kind)", by: actor, in: db)
            }
            return found
        }
    }

    /// The patient's demographics, guarantors and coverages, with one audit row.
    ///
    /// - Throws: `notFound` when the patient is not registered at the actor's site.
    func profile(of id: PatientID, by actor: ActingUser) throws -> PatientProfile {
        try database.writer.write { db in
            let summary = try SQLitePatientRegistry.patient(id, site: actor.site, in: db)
            let demographics = try Row.fetchOne(db, sql: "SELECT * FROM access_demographics WHERE patient_id = ?",
                                                arguments: [id.rawValue]).map(Self.demographics(from:))
            var links = try Row.fetchAll(db, sql: """
                SELECT g.*, l.relationship FROM access_guarantor_link l JOIN guarantor g ON g.id = l.guarantor_id
                WHERE l.patient_id = ? ORDER BY g.id
                """, arguments: [id.rawValue]).map { row in
                GuarantorLink(guarantor: Guarantor(id: GuarantorID(row["id"]), name: row["name"],
                                                   patient: (row["patient_id"] as Int64?).map(PatientID.init)),
                              relationship: GuarantorRelationship(rawValue: row["relationship"]) ?? .other)
            }
            // Patients registered before guarantor links were recorded: their own guarantor row.
            let own = try Row.fetchAll(db, sql: "SELECT * FROM guarantor WHERE patient_id = ? AND site = ? ORDER BY id",
                                       arguments: [id.rawValue, actor.site])
            for row in own where !links.contains(where: { $0.guarantor.id.rawValue == row["id"] }) {
                links.append(GuarantorLink(guarantor: Guarantor(id: GuarantorID(row["id"]), name: row["name"], patient: id),
                                           relationship: .self))
            }
            let coverages = try SQLiteCoverageStore.coverages(of: id, in: db)
            try SQLiteAuditLog.append(action: "access.patient.show", outcome: .allowed, patient: id, account: nil,
                                      detail: "demographics, \(links.count) guarantor(s), \(coverages.count) coverage(s)",
                                      by: actor, in: db)
            return PatientProfile(summary: summary, demographics: demographics, guarantors: links, coverages: coverages)
        }
    }

    /// The patient's demographics, with an audit row (another module reads them for a claim or a statement).
    func demographics(of patient: PatientID, by actor: ActingUser) throws -> PatientDemographics? {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(patient, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "access.demographics.read", outcome: .allowed, patient: patient, account: nil,
                                      detail: "for \(actor.role?.rawValue ?? "a module")", by: actor, in: db)
            return try Row.fetchOne(db, sql: "SELECT * FROM access_demographics WHERE patient_id = ?", arguments: [patient.rawValue])
                .map(Self.demographics(from:))
        }
    }

    static func demographics(from row: Row) throws -> PatientDemographics {
        let address: PostalAddress? = try (row["address_line1"] as String?).map { line1 in
            try PostalAddress(line1: line1, line2: row["address_line2"], city: row["city"],
                              state: try StateCode(parsing: row["state"]), zip: try ZIPCode(parsing: row["zip"]))
        }
        var allowed: Set<ContactChannel> = []
        for channel in ContactChannel.allCases where (row["allow_\(channel.rawValue)"] as Bool) { allowed.insert(channel) }
        return try PatientDemographics(
            sex: Sex(parsing: row["sex"]), address: address,
            phone: try (row["phone"] as String?).map { try PhoneNumber(parsing: $0) },
            email: try (row["email"] as String?).map { try EmailAddress(parsing: $0) },
            preferredLanguage: try (row["language"] as String?).map { try LanguageCode(parsing: $0) },
            contact: try ContactPreferences(allowed: allowed,
                                            textConsent: try (row["text_consent_date"] as String?).map(CalendarDate.init(parsing:))))
    }
}
