import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// The billing module's store: charge lines with their postings, diagnoses, claims and their
/// history. Each method is one transaction with its audit rows.
struct BillingStore: Sendable {
    let database: RevCycleDatabase

    // MARK: - Charges

    /// Posts a charge's journal entry and records its line, in one transaction. The same
    /// idempotency key posts once: a repeat returns the line first recorded.
    /// `billing.charge.posted` is recorded with a new charge (not with a repeat), for the delivery after.
    func recordCharge(_ line: ChargeLine, entry: JournalEntry, by actor: ActingUser) throws -> (ChargeLine, wasAlreadyPosted: Bool, events: [HostEvent]) {
        try database.writer.write { db in
            let event = HostEvent(name: "billing.charge.posted", site: actor.site, account: line.account, fields: [
                "code": line.code.rawValue, "units": String(line.units), "amount_cents": String(line.amount.cents),
                "provider_npi": line.renderingProvider.digits, "liability": line.liability.description,
                "service_date": line.serviceDate.description,
            ], occurredAt: actor.at)
            let (receipts, events) = try SQLiteLedgerStore.post([entry], publishing: [event], by: actor, in: db)
            let receipt = receipts[0]
            if receipt.wasAlreadyPosted {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM billing_charge WHERE entry_id = ?", arguments: [receipt.entry.rawValue])
                else {
                    throw RevCycleError(.conflict, "Key \(entry.idempotencyKey) was used for another kind of entry (\(receipt.entry)).")
                }
                return (try Self.charge(from: row), true, [])
            }
            try db.execute(sql: """
                INSERT INTO billing_charge (site, account_id, code, modifiers, units, amount_cents, diagnosis_pointers, rendering_npi,
                    service_date, revenue_code, liability, entry_id, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, line.account.rawValue, line.code.rawValue, line.modifiers.map(\.rawValue).joined(separator: ":"),
                                 line.units, line.amount.cents, line.diagnosisPointers.map(String.init).joined(separator: ":"),
                                 line.renderingProvider.digits, line.serviceDate.description, line.revenueCode, line.liability.description,
                                 receipt.entry.rawValue, actor.at.timeIntervalSince1970, actor.user])
            var recorded = line
            recorded.id = db.lastInsertedRowID
            recorded.entry = receipt.entry
            return (recorded, false, events)
        }
    }

    /// The encounter's charge lines, in the order they were posted.
    func charges(of account: AccountID) throws -> [ChargeLine] {
        try database.writer.read { db in try Self.charges(of: account, in: db) }
    }

    static func charges(of account: AccountID, in db: Database) throws -> [ChargeLine] {
        try Row.fetchAll(db, sql: "SELECT * FROM billing_charge WHERE account_id = ? ORDER BY id", arguments: [account.rawValue])
            .map(charge(from:))
    }

    static func charge(from row: Row) throws -> ChargeLine {
        ChargeLine(
            id: row["id"], account: AccountID(row["account_id"]), code: try ServiceCode(parsing: row["code"]),
            modifiers: try (row["modifiers"] as String).split(separator: ":").map { try Modifier(parsing: String($0)) },
            units: row["units"], amount: Money(cents: row["amount_cents"]),
            diagnosisPointers: (row["diagnosis_pointers"] as String).split(separator: ":").compactMap { Int($0) },
            renderingProvider: try NationalProviderID(parsing: row["rendering_npi"]), serviceDate: try CalendarDate(parsing: row["service_date"]),
            revenueCode: row["revenue_code"], liability: try Liability(parsing: row["liability"]),
            entry: (row["entry_id"] as Int64?).map(JournalEntryID.init))
    }

    // MARK: - Diagnoses

    /// Sets the encounter's diagnoses in order (the first is the principal), refused once a claim
    /// for the encounter has gone to a payer.
    func setDiagnoses(_ codes: [DiagnosisCode], for account: AccountID, by actor: ActingUser) throws {
        try database.writer.write { db in
            let encounter = try SQLitePatientRegistry.account(account, site: actor.site, in: db)
            if let sent = try Int64.fetchOne(db, sql: """
                SELECT id FROM billing_claim WHERE account_id = ? AND state NOT IN ('draft', 'scrubbed', 'rejected', 'closed') LIMIT 1
                """, arguments: [account.rawValue]) {
                throw RevCycleError(.conflict, "Claim \(Claim.patientControlNumber(sent)) for \(account) has gone to the payer; its diagnoses cannot change.",
                                    remedy: "send a replacement claim (frequency 7) with revcycle billing claim correct")
            }
            try db.execute(sql: "DELETE FROM billing_diagnosis WHERE account_id = ?", arguments: [account.rawValue])
            for (index, code) in codes.enumerated() {
                try db.execute(sql: "INSERT INTO billing_diagnosis (account_id, position, code) VALUES (?, ?, ?)",
                               arguments: [account.rawValue, index + 1, code.compact])
            }
            try SQLiteAuditLog.append(action: "billing.diagnoses.set", outcome: .allowed, patient: encounter.patient, account: account,
                                      detail: "\(codes.count) diagnosis code(s)", by: actor, in: db)
        }
    }

    func diagnoses(of account: AccountID) throws -> [DiagnosisCode] {
        try database.writer.read { db in try Self.diagnoses(of: account, in: db) }
    }

    static func diagnoses(of account: AccountID, in db: Database) throws -> [DiagnosisCode] {
        try String.fetchAll(db, sql: "SELECT code FROM billing_diagnosis WHERE account_id = ? ORDER BY position", arguments: [account.rawValue])
            .map { try DiagnosisCode(parsing: $0) }
    }
}
