import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// One eligibility inquiry and, once read, its answer.
struct EligibilityRecord: Sendable, Hashable {
    enum Status: String, Sendable { case sent, active, inactive, notFound = "not-found", rejected }
    enum Purpose: String, Sendable { case verify, discovery }

    var id: Int64
    var patient: PatientID
    var coverage: Int64?
    var payer: PayerCode
    var purpose: Purpose
    var trace: String
    var serviceDate: CalendarDate
    var requestFile: String
    var status: Status
    var responseFile: String?
    var memberID: String?
    var planBegin: CalendarDate?
    var planEnd: CalendarDate?
    var benefits: BenefitsSnapshot?
    var rejection: String?
    var workItem: WorkItemID?
}

/// What a 271 said about one inquiry, ready to record.
struct EligibilityAnswer: Sendable, Hashable {
    var status: EligibilityRecord.Status
    var responseFile: String
    var memberID: String?
    var planBegin: CalendarDate?
    var planEnd: CalendarDate?
    var benefits: BenefitsSnapshot?
    var rejection: String?
}

extension AccessStore {
    // MARK: - Eligibility

    /// Records inquiries written to the outbox (one file may carry several), with an audit row each.
    func recordInquiries(_ inquiries: [(patient: PatientID, coverage: Int64?, payer: PayerCode, trace: String)],
                         purpose: EligibilityRecord.Purpose, serviceDate: CalendarDate, file: String, by actor: ActingUser) throws {
        try database.writer.write { db in
            for inquiry in inquiries {
                try db.execute(sql: """
                    INSERT INTO access_eligibility (site, patient_id, coverage_id, payer, purpose, trace, service_date, request_file,
                        requested_at, requested_by, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent')
                    """, arguments: [actor.site, inquiry.patient.rawValue, inquiry.coverage, inquiry.payer.rawValue, purpose.rawValue,
                                     inquiry.trace, serviceDate.description, file, actor.at.timeIntervalSince1970, actor.user])
                try SQLiteAuditLog.append(action: "access.eligibility.\(purpose.rawValue)", outcome: .allowed, patient: inquiry.patient,
                                          account: nil, detail: "270 to \(inquiry.payer), trace \(inquiry.trace), file \(file)",
                                          by: actor, in: db)
            }
        }
    }

    /// The inquiry sent under `trace`, or nil when none was.
    func inquiry(trace: String, site: String) throws -> EligibilityRecord? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM access_eligibility WHERE trace = ? AND site = ?", arguments: [trace, site])
                .map(Self.eligibility(from:))
        }
    }

    /// Records the answer to the inquiry sent under `trace`, and a work item when the answer needs
    /// someone (a rejection, a member the payer does not know, inactive coverage), in one transaction.
    ///
    /// - Returns: the updated record; unchanged when the inquiry was already answered (the same 271 read twice).
    func recordAnswer(_ answer: EligibilityAnswer, trace: String, task: WorkItem?, by actor: ActingUser) throws -> (EligibilityRecord, wasNew: Bool) {
        try database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM access_eligibility WHERE trace = ? AND site = ?",
                                             arguments: [trace, actor.site]) else {
                throw RevCycleError(.notFound, "No eligibility inquiry was sent under trace \(trace) at site \(actor.site).")
            }
            let before = try Self.eligibility(from: row)
            guard before.status == .sent else { return (before, false) }
            let workItem = try task.map { try SQLiteWorkQueue.create($0, by: actor, in: db) }
            try db.execute(sql: """
                UPDATE access_eligibility SET status = ?, responded_at = ?, response_file = ?, member_id = ?, plan_begin = ?, plan_end = ?,
                    benefits = ?, rejection = ?, work_item_id = ?
                WHERE id = ?
                """, arguments: [answer.status.rawValue, actor.at.timeIntervalSince1970, answer.responseFile, answer.memberID,
                                 answer.planBegin?.description, answer.planEnd?.description, answer.benefits?.json, answer.rejection,
                                 workItem?.rawValue, before.id])
            try SQLiteAuditLog.append(action: "access.eligibility.answer", outcome: .allowed, patient: before.patient, account: nil,
                                      detail: "trace \(trace): \(answer.status.rawValue)\(answer.rejection.map { " (\($0))" } ?? "")",
                                      by: actor, in: db)
            let after = try Self.eligibility(from: try Row.fetchOne(db, sql: "SELECT * FROM access_eligibility WHERE id = ?",
                                                                    arguments: [before.id])!)
            return (after, true)
        }
    }

    /// The patient's inquiries, newest first, with one audit row.
    func eligibilityHistory(of patient: PatientID, by actor: ActingUser) throws -> [EligibilityRecord] {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(patient, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "access.eligibility.read", outcome: .allowed, patient: patient, account: nil,
                                      detail: "eligibility history", by: actor, in: db)
            return try Row.fetchAll(db, sql: "SELECT * FROM access_eligibility WHERE patient_id = ? ORDER BY id DESC",
                                    arguments: [patient.rawValue]).map(Self.eligibility(from:))
        }
    }

    /// The in-network benefits of the latest active answer for `coverage` dated within 30 days before `date`.
    func verifiedBenefits(for coverage: Coverage, on date: CalendarDate) throws -> PlanBenefits? {
        guard let id = coverage.id else { return nil }
        return try database.writer.read { db in
            try String.fetchOne(db, sql: """
                SELECT benefits FROM access_eligibility
                WHERE coverage_id = ? AND status = 'active' AND benefits IS NOT NULL AND service_date BETWEEN ? AND ?
                ORDER BY id DESC LIMIT 1
                """, arguments: [id, date.adding(days: -30).description, date.description])
        }.map { try BenefitsSnapshot(json: $0).benefits() }
    }

    /// The day the latest active answer for `coverage` arrived.
    func verifiedOn(_ coverage: Coverage, in timeZone: TimeZone) throws -> CalendarDate? {
        guard let id = coverage.id else { return nil }
        return try database.writer.read { db in
            try Double.fetchOne(db, sql: """
                SELECT responded_at FROM access_eligibility WHERE coverage_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1
                """, arguments: [id])
        }.map { CalendarDate(Date(timeIntervalSince1970: $0), in: timeZone) }
    }

    static func eligibility(from row: Row) throws -> EligibilityRecord {
        EligibilityRecord(
            id: row["id"], patient: PatientID(row["patient_id"]), coverage: row["coverage_id"], payer: try PayerCode(row["payer"]),
            purpose: EligibilityRecord.Purpose(rawValue: row["purpose"]) ?? .verify, trace: row["trace"],
            serviceDate: try CalendarDate(parsing: row["service_date"]), requestFile: row["request_file"],
            status: EligibilityRecord.Status(rawValue: row["status"]) ?? .sent, responseFile: row["response_file"],
            memberID: row["member_id"], planBegin: try (row["plan_begin"] as String?).map(CalendarDate.init(parsing:)),
            planEnd: try (row["plan_end"] as String?).map(CalendarDate.init(parsing:)),
            benefits: try (row["benefits"] as String?).map(BenefitsSnapshot.init(json:)), rejection: row["rejection"],
            workItem: (row["work_item_id"] as Int64?).map(WorkItemID.init))
    }
}
