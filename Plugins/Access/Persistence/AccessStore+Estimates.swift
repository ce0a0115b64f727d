import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// An estimate as issued and kept: the figures, the lines and the documents the patient received.
struct IssuedEstimate: Sendable, Hashable {
    enum Kind: String, Sendable { case insured, goodFaith = "good-faith" }

    var id: Int64
    var patient: PatientID
    var appointment: AppointmentID?
    var kind: Kind
    var payer: PayerCode?
    var issuedOn: CalendarDate
    var dueBy: CalendarDate?
    var totalCharges: Money
    var patientShare: Money
    var insuranceShare: Money
    /// The site's adjustment (`access.estimate.adjust`), already in ``patientShare``.
    var adjustment: Money
    var adjustmentNote: String?
    var linesJSON: String
    var documentText: String
    var documentHTML: String
}

extension AccessStore {
    // MARK: - Estimates

    /// Keeps an issued estimate (never changed afterwards), with an audit row.
    /// `event`, when given, is recorded in the same transaction with the estimate's number filled in.
    func record(_ estimate: IssuedEstimate, publishing event: ((Int64) -> HostEvent)? = nil,
                by actor: ActingUser) throws -> (IssuedEstimate, HostEvent?) {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(estimate.patient, site: actor.site, in: db)
            try db.execute(sql: """
                INSERT INTO access_estimate (site, patient_id, appointment_id, kind, payer, issued_on, due_by, total_charges_cents,
                    patient_cents, insurance_cents, adjustment_cents, adjustment_note, lines, document_text, document_html, issued_by,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, estimate.patient.rawValue, estimate.appointment?.rawValue, estimate.kind.rawValue,
                                 estimate.payer?.rawValue, estimate.issuedOn.description, estimate.dueBy?.description,
                                 estimate.totalCharges.cents, estimate.patientShare.cents, estimate.insuranceShare.cents,
                                 estimate.adjustment.cents, estimate.adjustmentNote, estimate.linesJSON, estimate.documentText, estimate.documentHTML, actor.user,
                                 actor.at.timeIntervalSince1970])
            var recorded = estimate
            recorded.id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "access.estimate.issue", outcome: .allowed, patient: estimate.patient, account: nil,
                                      detail: "\(estimate.kind.rawValue) estimate \(recorded.id)\(estimate.appointment.map { " for \($0)" } ?? ""): patient \(estimate.patientShare) of \(estimate.totalCharges)",
                                      by: actor, in: db)
            return (recorded, try event.map { try SQLiteEventLog.append($0(recorded.id), in: db) })
        }
    }

    /// The latest estimate issued for an appointment, or nil.
    func latestEstimate(for appointment: AppointmentID) throws -> IssuedEstimate? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM access_estimate WHERE appointment_id = ? ORDER BY id DESC LIMIT 1",
                             arguments: [appointment.rawValue]).map(Self.estimate(from:))
        }
    }

    /// One estimate, with an audit row (it holds patient data).
    func estimate(_ id: Int64, by actor: ActingUser) throws -> IssuedEstimate {
        try database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM access_estimate WHERE id = ? AND site = ?",
                                             arguments: [id, actor.site]) else {
                throw RevCycleError(.notFound, "Estimate \(id) does not exist at site \(actor.site).")
            }
            let estimate = try Self.estimate(from: row)
            try SQLiteAuditLog.append(action: "access.estimate.read", outcome: .allowed, patient: estimate.patient, account: nil,
                                      detail: "estimate \(id)", by: actor, in: db)
            return estimate
        }
    }

    /// A patient's estimates, newest first, with one audit row.
    func estimates(of patient: PatientID, by actor: ActingUser) throws -> [IssuedEstimate] {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(patient, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "access.estimate.read", outcome: .allowed, patient: patient, account: nil,
                                      detail: "estimate list", by: actor, in: db)
            return try Row.fetchAll(db, sql: "SELECT * FROM access_estimate WHERE patient_id = ? ORDER BY id DESC",
                                    arguments: [patient.rawValue]).map(Self.estimate(from:))
        }
    }

    static func estimate(from row: Row) throws -> IssuedEstimate {
        IssuedEstimate(
            id: row["id"], patient: PatientID(row["patient_id"]), appointment: (row["appointment_id"] as Int64?).map(AppointmentID.init),
            kind: IssuedEstimate.Kind(rawValue: row["kind"]) ?? .insured, payer: try (row["payer"] as String?).map { try PayerCode($0) },
            issuedOn: try CalendarDate(parsing: row["issued_on"]), dueBy: try (row["due_by"] as String?).map(CalendarDate.init(parsing:)),
            totalCharges: Money(cents: row["total_charges_cents"]), patientShare: Money(cents: row["patient_cents"]),
            insuranceShare: Money(cents: row["insurance_cents"]), adjustment: Money(cents: row["adjustment_cents"]),
            adjustmentNote: row["adjustment_note"], linesJSON: row["lines"], documentText: row["document_text"],
            documentHTML: row["document_html"])
    }
}
