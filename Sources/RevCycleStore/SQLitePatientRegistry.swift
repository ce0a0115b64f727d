import Foundation
public import GRDB
public import RevCycleCore

/// Patients, guarantors and encounter accounts in SQLite. Every read and write appends an audit row.
public struct SQLitePatientRegistry: PatientRegistry {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    public func addPatient(mrn: String, familyName: String, givenName: String, birthDate: CalendarDate,
                           by actor: ActingUser) throws -> PatientSummary {
        try database.writer.write { db in
            try Self.insertPatient(mrn: mrn, familyName: familyName, givenName: givenName, birthDate: birthDate, by: actor, in: db)
        }
    }

    public func addGuarantor(name: String, patient: PatientID?, by actor: ActingUser) throws -> Guarantor {
        try database.writer.write { db in try Self.insertGuarantor(name: name, patient: patient, by: actor, in: db) }
    }

    // MARK: - Inside a caller's transaction

    /// Inserts a patient and its audit row inside the caller's transaction, so a module can record
    /// its own details about the patient (demographics) in the same transaction.
    ///
    /// - Throws: `invalidInput` for a malformed MRN or a missing name; `conflict` when the MRN is
    ///   already registered at the site.
    public static func insertPatient(mrn: String, familyName: String, givenName: String, birthDate: CalendarDate,
                                     by actor: ActingUser, in db: Database) throws -> PatientSummary {
        let mrn = mrn.trimmingCharacters(in: .whitespaces)
        guard (1...20).contains(mrn.count), mrn.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw RevCycleError(.invalidInput, "\"\(mrn)\" is not a medical record number; expected 1 to 20 letters, digits or '-'.",
                                at: "--mrn")
        }
        guard !familyName.isEmpty, !givenName.isEmpty else {
            throw RevCycleError(.invalidInput, "A patient needs a family name and a given name.")
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM patient WHERE site = ? AND mrn = ?", arguments: [actor.site, mrn]) == true {
            throw RevCycleError(.conflict, "MRN \(mrn) is already registered at site \(actor.site); nothing was added.")
        }
        try db.execute(sql: """
            INSERT INTO patient (site, mrn, family_name, given_name, birth_date, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [actor.site, mrn, familyName, givenName, birthDate.description, actor.at.timeIntervalSince1970])
        let id = PatientID(db.lastInsertedRowID)
        try SQLiteAuditLog.append(action: "registry.patient.add", outcome: .allowed, patient: id, account: nil,
                                  detail: "mrn \(mrn)", by: actor, in: db)
        return PatientSummary(id: id, mrn: mrn, familyName: familyName, givenName: givenName, birthDate: birthDate)
    }

    /// Inserts a guarantor and its audit row inside the caller's transaction.
    ///
    /// - Throws: `invalidInput` for an empty name; `notFound` for an unknown patient.
    public static func insertGuarantor(name: String, patient: PatientID?, by actor: ActingUser, in db: Database) throws -> Guarantor {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RevCycleError(.invalidInput, "A guarantor needs a name.")
        }
        if let patient { try requirePatient(patient, site: actor.site, in: db) }
        try db.execute(sql: "INSERT INTO guarantor (site, name, patient_id, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [actor.site, name, patient?.rawValue, actor.at.timeIntervalSince1970])
        let id = GuarantorID(db.lastInsertedRowID)
        try SQLiteAuditLog.append(action: "registry.guarantor.add", outcome: .allowed, patient: patient, account: nil,
                                  detail: "guarantor \(id)", by: actor, in: db)
        return Guarantor(id: id, name: name, patient: patient)
    }

    /// The guarantor `id` at `site`, read inside the caller's transaction (no audit row: the caller writes one).
    public static func guarantor(_ id: GuarantorID, site: String, in db: Database) throws -> Guarantor {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM guarantor WHERE id = ? AND site = ?",
                                         arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Guarantor \(id) does not exist at site \(site).")
        }
        return Guarantor(id: id, name: row["name"], patient: (row["patient_id"] as Int64?).map(PatientID.init))
    }

    /// The patient `id` at `site`, read inside the caller's transaction (no audit row: the caller writes one).
    public static func patient(_ id: PatientID, site: String, in db: Database) throws -> PatientSummary {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM patient WHERE id = ? AND site = ?",
                                         arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Patient \(id) does not exist at site \(site).", remedy: "revcycle access find --mrn <MRN>")
        }
        return try summary(from: row)
    }

    /// A patient summary from a `patient` row.
    public static func summary(from row: Row) throws -> PatientSummary {
        PatientSummary(id: PatientID(row["id"]), mrn: row["mrn"], familyName: row["family_name"], givenName: row["given_name"],
                       birthDate: try CalendarDate(parsing: row["birth_date"]))
    }

    // MARK: - Accounts

    public func openAccount(guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                            by actor: ActingUser) throws -> PatientAccount {
        try database.writer.write { db in
            try Self.insertAccount(guarantor: guarantor, patient: patient, serviceDate: serviceDate, by: actor, in: db)
        }
    }

    /// Opens an encounter account inside the caller's transaction (check-in opens one with the
    /// appointment's change), with its audit row.
    public static func insertAccount(guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                                     by actor: ActingUser, in db: Database) throws -> PatientAccount {
        try requirePatient(patient, site: actor.site, in: db)
        _ = try Self.guarantor(guarantor, site: actor.site, in: db)
        try db.execute(sql: """
            INSERT INTO account (site, guarantor_id, patient_id, service_date, created_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [actor.site, guarantor.rawValue, patient.rawValue, serviceDate.description,
                             actor.at.timeIntervalSince1970])
        let id = AccountID(db.lastInsertedRowID)
        try SQLiteAuditLog.append(action: "registry.account.open", outcome: .allowed, patient: patient, account: id,
                                  detail: "guarantor \(guarantor), service \(serviceDate)", by: actor, in: db)
        return PatientAccount(id: id, guarantor: guarantor, patient: patient, serviceDate: serviceDate, site: actor.site)
    }

    public func patient(_ id: PatientID, by actor: ActingUser) throws -> PatientSummary {
        try database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM patient WHERE id = ? AND site = ?",
                                             arguments: [id.rawValue, actor.site]) else {
                throw RevCycleError(.notFound, "Patient \(id) does not exist at site \(actor.site).")
            }
            try SQLiteAuditLog.append(action: "registry.patient.read", outcome: .allowed, patient: id, account: nil,
                                      detail: "", by: actor, in: db)
            return PatientSummary(id: id, mrn: row["mrn"], familyName: row["family_name"], givenName: row["given_name"],
                                  birthDate: try CalendarDate(parsing: row["birth_date"]))
        }
    }

    public func account(_ id: AccountID, by actor: ActingUser) throws -> PatientAccount {
        try database.writer.write { db in
            let account = try Self.account(id, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "registry.account.read", outcome: .allowed, patient: account.patient,
                                      account: id, detail: "", by: actor, in: db)
            return account
        }
    }

    public func accounts(ofGuarantor guarantor: GuarantorID, by actor: ActingUser) throws -> [PatientAccount] {
        try database.writer.write { db in
            let found = try Self.guarantor(guarantor, site: actor.site, in: db)
            let accounts = try Row.fetchAll(db, sql: "SELECT * FROM account WHERE guarantor_id = ? ORDER BY id",
                                            arguments: [guarantor.rawValue]).map(Self.account(from:))
            try SQLiteAuditLog.append(action: "registry.guarantor.read", outcome: .allowed, patient: found.patient,
                                      account: nil, detail: "guarantor \(guarantor)", by: actor, in: db)
            return accounts
        }
    }

    public func guarantor(_ id: GuarantorID, by actor: ActingUser) throws -> Guarantor {
        try database.writer.write { db in
            let found = try Self.guarantor(id, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "registry.guarantor.read", outcome: .allowed, patient: found.patient,
                                      account: nil, detail: "guarantor \(id)", by: actor, in: db)
            return found
        }
    }

    static func requirePatient(_ id: PatientID, site: String, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM patient WHERE id = ? AND site = ?",
                                arguments: [id.rawValue, site]) == true else {
            throw RevCycleError(.notFound, "Patient \(id) does not exist at site \(site).")
        }
    }

    /// The account at `site`, read inside the caller's transaction.
    ///
    /// - Throws: `notFound` when there is no such account at the site.
    public static func account(_ id: AccountID, site: String, in db: Database) throws -> PatientAccount {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ? AND site = ?", arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Account \(id) does not exist at site \(site).")
        }
        return try account(from: row)
    }

    static func account(from row: Row) throws -> PatientAccount {
        PatientAccount(id: AccountID(row["id"]), guarantor: GuarantorID(row["guarantor_id"]),
                       patient: PatientID(row["patient_id"]), serviceDate: try CalendarDate(parsing: row["service_date"]),
                       site: row["site"])
    }
}
