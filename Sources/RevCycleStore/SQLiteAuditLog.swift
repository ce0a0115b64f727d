import Foundation
public import GRDB
public import RevCycleCore

/// The audit trail in SQLite: append-only by trigger, hash-chained by row.
public struct SQLiteAuditLog: AuditLog {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    public func record(
        action: String, outcome: AuditRecord.Outcome, patient: PatientID?, account: AccountID?,
        detail: String, by actor: ActingUser
    ) throws {
        try database.writer.write { db in
            try Self.append(action: action, outcome: outcome, patient: patient, account: account,
                            detail: detail, by: actor, in: db)
        }
    }

    /// Appends a row inside the caller's transaction, so a change and its audit row land together.
    /// When only the account is known, the patient is looked up from it.
    public static func append(
        action: String, outcome: AuditRecord.Outcome, patient: PatientID?, account: AccountID?,
        detail: String, by actor: ActingUser, in db: Database
    ) throws {
        var chain = AuditChainCursor()
        try chain.append(action: action, outcome: outcome, patient: patient, account: account, detail: detail, by: actor, in: db)
    }

    public func records(matching query: AuditQuery) throws -> [AuditRecord] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let patient = query.patient { conditions.append("patient_id = ?"); arguments += [patient.rawValue] }
        if let account = query.account { conditions.append("account_id = ?"); arguments += [account.rawValue] }
        if let user = query.user { conditions.append("user = ?"); arguments += [user] }
        if let outcome = query.outcome { conditions.append("outcome = ?"); arguments += [outcome.rawValue] }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [query.limit]
        return try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit \(whereClause) ORDER BY seq DESC LIMIT ?", arguments: arguments)
                .map(Self.record(from:))
        }
    }

    public func verify() throws -> AuditVerification {
        try database.writer.read { db in
            var previousHash = ""
            var expectedSequence: Int64 = 1
            var count = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
            while let row = try rows.next() {
                let record = Self.record(from: row)
                count += 1
                let sequence = record.sequence ?? 0
                if sequence != expectedSequence {
                    return AuditVerification(
                        rowsChecked: count,
                        firstBreak: "audit row \(expectedSequence) is missing (the next row is \(sequence))")
                }
                if record.previousHash != previousHash {
                    return AuditVerification(
                        rowsChecked: count,
                        firstBreak: "audit row \(sequence) does not link to row \(sequence - 1): its previous hash differs")
                }
                if Digest.sha256Hex(record.chainedText) != record.hash {
                    return AuditVerification(
                        rowsChecked: count,
                        firstBreak: "audit row \(sequence) was altered: its content no longer matches its hash")
                }
                previousHash = record.hash
                expectedSequence += 1
            }
            return AuditVerification(rowsChecked: count, firstBreak: nil)
        }
    }

    static func record(from row: Row) -> AuditRecord {
        AuditRecord(
            sequence: row["seq"],
            at: Date(timeIntervalSince1970: Double(row["at_us"] as Int64) / 1_000_000),
            user: row["user"], role: (row["role"] as String?).flatMap(Role.init(rawValue:)),
            osAccount: row["os_account"], site: row["site"],
            patient: (row["patient_id"] as Int64?).map(PatientID.init),
            account: (row["account_id"] as Int64?).map(AccountID.init),
            action: row["action"],
            outcome: AuditRecord.Outcome(rawValue: row["outcome"]) ?? .failed,
            detail: row["detail"], previousHash: row["previous_hash"], hash: row["hash"])
    }

    static func microseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1_000_000).rounded()) }
}
