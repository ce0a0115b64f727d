import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// The counseling module's store: assistance applications, their documents, determinations and
/// notices; good-faith estimates and disputes. Each change is one transaction with its audit row and
/// the events it publishes.
struct CounselingStore: Sendable {
    let database: RevCycleDatabase

    /// A financial-assistance application as stored, with its latest status.
    struct Application: Sendable {
        var id: Int64
        var guarantor: GuarantorID
        var receivedOn: CalendarDate
        var householdSize: Int
        var annualIncome: Money
        var state: String
        var assets: Money?
        var presumptiveReason: String?
        var requiredDocuments: [String]
        var documents: [String: CalendarDate]
        var status: String
        var statusOn: CalendarDate
        var completeBy: CalendarDate?
        var determination: (approved: Bool, discount: Int64, percentOfPoverty: Int64, reasons: String)?

        var number: String { "FA\(id)" }
        var missingDocuments: [String] { requiredDocuments.filter { documents[$0] == nil } }

        /// The status staff see: an incomplete application past its deadline reads as expired.
        func status(on day: CalendarDate) -> String {
            if status == "incomplete", let completeBy, completeBy < day { return "expired" }
            return status
        }
    }

    static func applications(site: String, guarantor: GuarantorID? = nil, id: Int64? = nil, in db: Database) throws -> [Application] {
        try Row.fetchAll(db, sql: """
            SELECT a.*, e.status, e.on_date, e.complete_by, d.approved, d.discount_basis_points, d.percent_of_poverty_basis_points, d.reasons
            FROM counseling_application a
            JOIN counseling_application_event e ON e.id = (SELECT max(id) FROM counseling_application_event WHERE application_id = a.id)
            LEFT JOIN counseling_determination d ON d.application_id = a.id
            WHERE a.site = ? AND (? IS NULL OR a.guarantor_id = ?) AND (? IS NULL OR a.id = ?) ORDER BY a.id
            """, arguments: [site, guarantor?.rawValue, guarantor?.rawValue, id, id]).map { row in
            let id: Int64 = row["id"]
            var documents: [String: CalendarDate] = [:]
            for document in try Row.fetchAll(db, sql: "SELECT document, received_on FROM counseling_document WHERE application_id = ?",
                                             arguments: [id]) {
                documents[document[0]] = try CalendarDate(parsing: document[1])
            }
            let approved: Bool? = row["approved"]
            return Application(
                id: id, guarantor: GuarantorID(row["guarantor_id"]), receivedOn: try CalendarDate(parsing: row["received_on"]),
                householdSize: row["household_size"], annualIncome: Money(cents: row["annual_income_cents"]), state: row["state"],
                assets: (row["assets_cents"] as Int64?).map(Money.init(cents:)), presumptiveReason: row["presumptive_reason"],
                requiredDocuments: (row["required_documents"] as String).split(separator: ",").map(String.init), documents: documents,
                status: row["status"], statusOn: try CalendarDate(parsing: row["on_date"]),
                completeBy: try (row["complete_by"] as String?).map { try CalendarDate(parsing: $0) },
                determination: approved.map { ($0, row["discount_basis_points"], row["percent_of_poverty_basis_points"], row["reasons"]) })
        }
    }

    func applications(site: String, guarantor: GuarantorID? = nil) throws -> [Application] {
        try database.writer.read { db in try Self.applications(site: site, guarantor: guarantor, in: db) }
    }

    func application(_ id: Int64, site: String) throws -> Application {
        guard let application = try database.writer.read({ db in try Self.applications(site: site, id: id, in: db) }).first else {
            throw RevCycleError(.notFound, "Application FA\(id) does not exist at site \(site).", remedy: "revcycle counseling application list")
        }
        return application
    }

    /// Records a new application with the documents that came with it, its first status, its notice,
    /// and the `received` event, in one transaction.
    func receive(guarantor: GuarantorID, receivedOn: CalendarDate, household: Int, income: Money, state: String, assets: Money?,
                 presumptive: String?, required: [String], documents: [String], completeBy: CalendarDate?,
                 notice: (CounselingStore.Application) -> (kind: String, text: String), by actor: ActingUser) throws -> (Application, HostEvent) {
        try database.writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM guarantor WHERE id = ? AND site = ?", arguments: [guarantor.rawValue, actor.site]) == true else {
                throw RevCycleError(.notFound, "Guarantor \(guarantor) does not exist at site \(actor.site).", remedy: "revcycle access find")
            }
            try db.execute(sql: """
                INSERT INTO counseling_application (site, guarantor_id, received_on, household_size, annual_income_cents, state, assets_cents,
                    presumptive_reason, required_documents, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, guarantor.rawValue, receivedOn.description, household, income.cents, state, assets?.cents, presumptive,
                                 required.joined(separator: ","), actor.at.timeIntervalSince1970, actor.user])
            let id = db.lastInsertedRowID
            for document in documents {
                try db.execute(sql: "INSERT INTO counseling_document (application_id, document, received_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, document, receivedOn.description, actor.at.timeIntervalSince1970, actor.user])
            }
            let missing = required.filter { !documents.contains($0) }
            let status = missing.isEmpty ? "complete" : "incomplete"
            try Self.appendStatus(id, status, on: receivedOn, completeBy: missing.isEmpty ? nil : completeBy,
                                  detail: missing.isEmpty ? "received complete" : "missing: \(missing.joined(separator: ", "))", by: actor, in: db)
            let application = try Self.applications(site: actor.site, id: id, in: db)[0]
            let (kind, text) = notice(application)
            try Self.appendNotice(application, kind: kind, text: text, on: receivedOn, by: actor, in: db)
            try SQLiteAuditLog.append(action: "counseling.application.receive", outcome: .allowed, patient: nil, account: nil,
                                      detail: "FA\(id) for \(guarantor): \(status)", by: actor, in: db)
            let event = try SQLiteEventLog.append(HostEvent(name: "counseling.fa.application.received", site: actor.site, fields: [
                "guarantor": guarantor.description, "application": "FA\(id)", "status": status, "complete_by": completeBy?.description ?? "",
            ], occurredAt: actor.at), in: db)
            return (application, event)
        }
    }

    /// Records documents received; when none is missing any more the application becomes complete
    /// (with its `completed` event).
    func receiveDocuments(_ id: Int64, documents: [String], on day: CalendarDate, by actor: ActingUser) throws -> (Application, HostEvent?) {
        try database.writer.write { db in
            guard let application = try Self.applications(site: actor.site, id: id, in: db).first else {
                throw RevCycleError(.notFound, "Application FA\(id) does not exist at site \(actor.site).")
            }
            guard ["started", "incomplete"].contains(application.status(on: day)) else {
                throw RevCycleError(.conflict, "FA\(id) is \(application.status(on: day)); documents are taken while it is incomplete.")
            }
            for document in documents where application.documents[document] == nil {
                guard application.requiredDocuments.contains(document) else {
                    throw RevCycleError(.invalidInput, "\"\(document)\" is not a document FA\(id) asks for; it asks for \(application.requiredDocuments.joined(separator: ", ")).",
                                        at: "--received")
                }
                try db.execute(sql: "INSERT INTO counseling_document (application_id, document, received_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, document, day.description, actor.at.timeIntervalSince1970, actor.user])
            }
            var updated = try Self.applications(site: actor.site, id: id, in: db)[0]
            try SQLiteAuditLog.append(action: "counseling.application.documents", outcome: .allowed, patient: nil, account: nil,
                                      detail: "FA\(id): \(documents.joined(separator: ", "))", by: actor, in: db)
            guard updated.missingDocuments.isEmpty else { return (updated, nil) }
            try Self.appendStatus(id, "complete", on: day, completeBy: nil, detail: "all documents received", by: actor, in: db)
            updated = try Self.applications(site: actor.site, id: id, in: db)[0]
            let event = try SQLiteEventLog.append(HostEvent(name: "counseling.fa.application.completed", site: actor.site, fields: [
                "guarantor": application.guarantor.description, "application": "FA\(id)",
            ], occurredAt: actor.at), in: db)
            return (updated, event)
        }
    }

    static func appendStatus(_ id: Int64, _ status: String, on day: CalendarDate, completeBy: CalendarDate?, detail: String, by actor: ActingUser,
                             in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO counseling_application_event (application_id, status, on_date, complete_by, detail, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, status, day.description, completeBy?.description, detail, actor.at.timeIntervalSince1970, actor.user])
    }

    static func appendNotice(_ application: Application, kind: String, text: String, on day: CalendarDate, by actor: ActingUser,
                             in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO counseling_notice (application_id, guarantor_id, kind, sent_on, text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [application.id, application.guarantor.rawValue, kind, day.description, text, actor.at.timeIntervalSince1970, actor.user])
    }

    /// The notices sent about an application (or to a guarantor), oldest first.
    func notices(application: Int64?, guarantor: GuarantorID?) throws -> [(kind: String, sentOn: String, text: String)] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, sent_on, text FROM counseling_notice WHERE (? IS NULL OR application_id = ?) AND (? IS NULL OR guarantor_id = ?) ORDER BY id
                """, arguments: [application, application, guarantor?.rawValue, guarantor?.rawValue]).map { ($0[0], $0[1], $0[2]) }
        }
    }
}
