import GRDB
import RevCycleCore

/// Appends audit rows within one transaction, remembering the chain's last link so that a batch
/// of thousands of rows reads the previous hash from the database only once.
struct AuditChainCursor {
    private var last: (sequence: Int64, hash: String)?
    private var patientOfAccount: [Int64: Int64?] = [:]

    mutating func append(
        action: String, outcome: AuditRecord.Outcome, patient: PatientID?, account: AccountID?,
        detail: String, by actor: ActingUser, in db: Database
    ) throws {
        var patient = patient
        if patient == nil, let account {
            if let known = patientOfAccount[account.rawValue] {
                patient = known.map(PatientID.init)
            } else {
                let found = try Int64.fetchOne(
                    db.cachedStatement(sql: "SELECT patient_id FROM account WHERE id = ?"), arguments: [account.rawValue])
                patientOfAccount[account.rawValue] = found
                patient = found.map(PatientID.init)
            }
        }
        if last == nil {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))
            last = (row?["seq"] ?? 0, row?["hash"] ?? "")
        }
        let sequence = last!.sequence + 1
        var record = AuditRecord(
            sequence: sequence, at: actor.at, user: actor.user, role: actor.role, osAccount: actor.osAccount,
            site: actor.site, patient: patient, account: account, action: action, outcome: outcome,
            detail: detail, previousHash: last!.hash)
        record.hash = Digest.sha256Hex(record.chainedText)
        try db.cachedStatement(sql: """
            INSERT INTO audit (seq, at_us, user, role, os_account, site, patient_id, account_id, action,
                               outcome, detail, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                sequence, SQLiteAuditLog.microseconds(record.at), record.user, record.role?.rawValue, record.osAccount,
                record.site, record.patient?.rawValue, record.account?.rawValue, record.action,
                record.outcome.rawValue, record.detail, record.previousHash, record.hash,
            ])
        last = (sequence, record.hash)
    }
}
