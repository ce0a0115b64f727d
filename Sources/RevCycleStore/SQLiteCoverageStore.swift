import Foundation
public import GRDB
public import RevCycleCore

/// Coverage in SQLite (the shared `coverage` table).
public struct SQLiteCoverageStore: CoverageStore {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    /// Records a coverage, refusing one that overlaps another coverage of the same priority.
    ///
    /// - Throws: `notFound` for an unknown patient; `conflict` naming the overlapping coverage.
    public func add(_ coverage: Coverage, by actor: ActingUser) throws -> Coverage {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(coverage.patient, site: actor.site, in: db)
            if let clash = try Self.coverages(of: coverage.patient, in: db)
                .first(where: { $0.priority == coverage.priority && $0.overlaps(coverage) }) {
                throw RevCycleError(
                    .conflict,
                    "Patient \(coverage.patient) already has \(clash.priority.rawValue) coverage with \(clash.payer) from \(clash.effective) to \(clash.end?.description ?? "open-ended") (coverage C\(clash.id ?? 0)); only one \(coverage.priority.rawValue) coverage may be in force on a day.",
                    at: "--effective",
                    remedy: "start the new coverage after \(clash.end?.description ?? "the old one ends"), or add it at another --priority")
            }
            try db.execute(sql: """
                INSERT INTO coverage (site, patient_id, payer, member_id, group_number, plan_name, subscriber_relationship,
                    priority, effective_date, end_date, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, coverage.patient.rawValue, coverage.payer.rawValue, coverage.memberID, coverage.group,
                                 coverage.plan, coverage.subscriberRelationship.rawValue, coverage.priority.rawValue,
                                 coverage.effective.description, coverage.end?.description, actor.at.timeIntervalSince1970, actor.user])
            var recorded = coverage
            recorded.id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "coverage.add", outcome: .allowed, patient: coverage.patient, account: nil,
                                      detail: "coverage C\(db.lastInsertedRowID) \(coverage.priority.rawValue) \(coverage.payer)",
                                      by: actor, in: db)
            return recorded
        }
    }

    /// Ends a coverage on `date`, keeping an earlier end; the change and its reason are audited.
    ///
    /// - Throws: `notFound` for a coverage not at the site; `invalidInput` for a date before the coverage began.
    public func end(coverage id: Int64, on date: CalendarDate, reason: String, by actor: ActingUser) throws -> Coverage {
        try database.writer.write { db in
            guard let patientID = try Int64.fetchOne(db, sql: "SELECT patient_id FROM coverage WHERE id = ? AND site = ?",
                                                     arguments: [id, actor.site]) else {
                throw RevCycleError(.notFound, "Coverage C\(id) does not exist at site \(actor.site).",
                                    remedy: "revcycle access coverage list --patient P…")
            }
            let patient = PatientID(patientID)
            guard let coverage = try Self.coverages(of: patient, in: db).first(where: { $0.id == id }) else {
                throw RevCycleError(.notFound, "Coverage C\(id) does not exist at site \(actor.site).")
            }
            guard date >= coverage.effective else {
                throw RevCycleError(.invalidInput, "Coverage C\(id) began on \(coverage.effective); it cannot end before, on \(date).", at: "--on")
            }
            if let end = coverage.end, end <= date {
                throw RevCycleError(.conflict, "Coverage C\(id) already ends on \(end).")
            }
            try db.execute(sql: "UPDATE coverage SET end_date = ? WHERE id = ?", arguments: [date.description, id])
            try SQLiteAuditLog.append(action: "coverage.end", outcome: .allowed, patient: patient, account: nil,
                                      detail: "coverage C\(id) ends \(date) (was \(coverage.end?.description ?? "open")): \(reason)",
                                      by: actor, in: db)
            var ended = coverage
            ended.end = date
            return ended
        }
    }

    /// The patient's coverages, primary first, with one audit row.
    public func coverages(of patient: PatientID, by actor: ActingUser) throws -> [Coverage] {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(patient, site: actor.site, in: db)
            let coverages = try Self.coverages(of: patient, in: db)
            try SQLiteAuditLog.append(action: "coverage.list", outcome: .allowed, patient: patient, account: nil,
                                      detail: "\(coverages.count) coverage(s)", by: actor, in: db)
            return coverages
        }
    }

    /// The patient's coverages inside the caller's transaction, primary first.
    public static func coverages(of patient: PatientID, in db: Database) throws -> [Coverage] {
        try Row.fetchAll(db, sql: "SELECT * FROM coverage WHERE patient_id = ? ORDER BY effective_date, id",
                         arguments: [patient.rawValue]).map { row in
            try Coverage(id: row["id"], patient: patient, payer: PayerCode(row["payer"]), memberID: row["member_id"],
                         group: row["group_number"], plan: row["plan_name"],
                         subscriberRelationship: SubscriberRelationship(parsing: row["subscriber_relationship"]),
                         priority: CoveragePriority(parsing: row["priority"]),
                         effective: CalendarDate(parsing: row["effective_date"]),
                         end: try (row["end_date"] as String?).map(CalendarDate.init(parsing:)))
        }.sorted { ($0.priority, $0.effective) < ($1.priority, $1.effective) }
    }
}
