import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// An extraordinary collection action as recorded.
    struct StoredAction: Sendable {
        var id: Int64
        var account: AccountID
        var action: TakenExtraordinaryAction
        var detail: String
        var reversal: (on: CalendarDate, reason: String)?
    }

    /// What the 501(r) rules need to know about one visit (episode of care) on `day`.
    static func actionFacts(of account: AccountID, on day: CalendarDate, site: String, in db: Database) throws -> ExtraordinaryActionFacts {
        guard let guarantorID = try Int64.fetchOne(db, sql: "SELECT guarantor_id FROM account WHERE id = ? AND site = ?",
                                                   arguments: [account.rawValue, site]) else {
            throw RevCycleError(.notFound, "Account \(account) does not exist at site \(site).")
        }
        let guarantor = GuarantorID(guarantorID)
        let first = try String.fetchOne(db, sql: "SELECT statement_date FROM collections_first_statement WHERE account_id = ?",
                                        arguments: [account.rawValue]).map { try CalendarDate(parsing: $0) }
        let notices = try Row.fetchAll(db, sql: "SELECT sent_on, actions, deadline FROM collections_eca_notice WHERE account_id = ? ORDER BY id",
                                       arguments: [account.rawValue]).map { row in
            IntendedActionNotice(sentOn: try CalendarDate(parsing: row[0]),
                                 actions: Set((row[1] as String).split(separator: ",").compactMap { ExtraordinaryActionKind(rawValue: String($0)) }),
                                 deadline: try CalendarDate(parsing: row[2]))
        }
        let holds = try activeHolds(of: guarantor, on: day, in: db).filter { $0.account == nil || $0.account == account }.map(\.hold)
        let balances = try SQLiteLedgerStore.balances(of: account, in: db)
        let paid = try SQLiteLedgerStore.patientPaid(on: account, in: db)
        return ExtraordinaryActionFacts(
            firstStatementDate: first, notices: notices, application: try assistanceStatus(of: guarantor, account: account, in: db),
            holds: holds, actionsTaken: try actions(of: account, in: db).map(\.action),
            patientBalance: balances.patient + balances.credit, patientPaid: paid)
    }

    /// The latest financial-assistance status that covers the visit (one for the visit, or for all
    /// the guarantor's visits).
    static func assistanceStatus(of guarantor: GuarantorID, account: AccountID, in db: Database) throws -> FinancialAssistanceStatus {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT status, on_date, complete_by, patient_owes_cents FROM collections_assistance_status
            WHERE guarantor_id = ? AND (account_id IS NULL OR account_id = ?) ORDER BY id DESC LIMIT 1
            """, arguments: [guarantor.rawValue, account.rawValue]) else { return .none }
        let day = try CalendarDate(parsing: row["on_date"])
        switch row["status"] as String {
        case "incomplete": return .incomplete(receivedOn: day, completeBy: try (row["complete_by"] as String?).map { try CalendarDate(parsing: $0) })
        case "pending": return .pending(receivedOn: day)
        case "approved": return .approved(decidedOn: day, patientOwes: Money(cents: row["patient_owes_cents"] ?? 0))
        case "denied": return .denied(decidedOn: day)
        default: return .none
        }
    }

    static func actions(of account: AccountID, in db: Database) throws -> [StoredAction] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.kind, e.taken_on, e.detail, r.reversed_on, r.reason FROM collections_eca e
            LEFT JOIN collections_eca_reversal r ON r.eca_id = e.id WHERE e.account_id = ? ORDER BY e.id
            """, arguments: [account.rawValue]).map { row in
            let reversedOn: String? = row["reversed_on"]
            return StoredAction(
                id: row["id"], account: account,
                action: TakenExtraordinaryAction(kind: ExtraordinaryActionKind(rawValue: row["kind"]) ?? .creditReporting,
                                                 takenOn: try CalendarDate(parsing: row["taken_on"]), isReversed: reversedOn != nil),
                detail: row["detail"], reversal: try reversedOn.map { (try CalendarDate(parsing: $0), row["reason"]) })
        }
    }

    func actionFacts(of account: AccountID, on day: CalendarDate, site: String) throws -> ExtraordinaryActionFacts {
        try database.writer.read { db in try Self.actionFacts(of: account, on: day, site: site, in: db) }
    }

    func actions(of account: AccountID) throws -> [StoredAction] {
        try database.writer.read { db in try Self.actions(of: account, in: db) }
    }

    /// Records an extraordinary action, re-checking the 501(r) rules inside the transaction; a
    /// refusal is audited as denied and thrown with every rule's name.
    func takeAction(_ kind: ExtraordinaryActionKind, on account: AccountID, day: CalendarDate, detail: String,
                    extraRefusals: (ExtraordinaryActionFacts) -> [RuleRefusal] = { _ in [] }, by actor: ActingUser) throws -> Int64 {
        let outcome: Result<Int64, RevCycleError> = try database.writer.write { db in
            let facts = try Self.actionFacts(of: account, on: day, site: actor.site, in: db)
            var decision = ExtraordinaryActionRules.status(of: kind, on: day, facts: facts)
            decision.reasons += extraRefusals(facts)
            guard decision.isAllowed else {
                try SQLiteAuditLog.append(action: "collections.eca.take", outcome: .denied, patient: nil, account: account,
                                          detail: "\(kind.rawValue): \(decision.ruleNames.joined(separator: ", "))", by: actor, in: db)
                return .failure(RevCycleError(.permissionDenied, "\(kind.words.capitalizedFirst) on \(account) is not allowed on \(day): "
                                              + decision.reasons.map { "\($0.rule): \($0.message)" }.joined(separator: " ")))
            }
            try db.execute(sql: "INSERT INTO collections_eca (account_id, kind, taken_on, detail, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [account.rawValue, kind.rawValue, day.description, detail, actor.at.timeIntervalSince1970, actor.user])
            let id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "collections.eca.take", outcome: .allowed, patient: nil, account: account,
                                      detail: "X\(id) \(kind.rawValue): \(detail)", by: actor, in: db)
            return .success(id)
        }
        return try outcome.get()
    }

    /// Records the reversal of an extraordinary action (a deletion from the credit report, a lien
    /// released, a debt bought back), with the reason.
    func reverseAction(_ id: Int64, on day: CalendarDate, reason: String, by actor: ActingUser) throws -> StoredAction {
        try database.writer.write { db in
            guard let accountID = try Int64.fetchOne(db, sql: """
                SELECT e.account_id FROM collections_eca e JOIN account a ON a.id = e.account_id WHERE e.id = ? AND a.site = ?
                """, arguments: [id, actor.site]),
                  var stored = try Self.actions(of: AccountID(accountID), in: db).first(where: { $0.id == id }) else {
                throw RevCycleError(.notFound, "Extraordinary action X\(id) does not exist at site \(actor.site).")
            }
            if let reversal = stored.reversal { throw RevCycleError(.conflict, "X\(id) was already reversed on \(reversal.on).") }
            try db.execute(sql: "INSERT INTO collections_eca_reversal (eca_id, reversed_on, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, day.description, reason, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.eca.reverse", outcome: .allowed, patient: nil, account: stored.account,
                                      detail: "X\(id) \(stored.action.kind.rawValue): \(reason)", by: actor, in: db)
            stored.reversal = (day, reason)
            stored.action.isReversed = true
            return stored
        }
    }

    /// Records a financial-assistance status for a guarantor (or one visit), with its audit row.
    func recordAssistance(guarantor: GuarantorID, account: AccountID?, status: String, on day: CalendarDate, completeBy: CalendarDate?,
                          patientOwes: Money?, source: String, by actor: ActingUser) throws {
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            try db.execute(sql: """
                INSERT INTO collections_assistance_status (guarantor_id, account_id, status, on_date, complete_by, patient_owes_cents, source,
                    recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [guarantor.rawValue, account?.rawValue, status, day.description, completeBy?.description, patientOwes?.cents,
                                 source, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.assistance.status", outcome: .allowed, patient: nil, account: account,
                                      detail: "\(guarantor) \(status) on \(day) (\(source))", by: actor, in: db)
        }
    }

    /// The guarantor's visits (open or with actions taken), oldest first.
    func visits(of guarantor: GuarantorID, site: String) throws -> [AccountID] {
        try database.writer.read { db in
            _ = try Self.guarantor(guarantor, site: site, in: db)
            return try Int64.fetchAll(db, sql: """
                SELECT a.id FROM account a WHERE a.guarantor_id = ? AND (
                    EXISTS (SELECT 1 FROM account_balance b WHERE b.account_id = a.id AND b.bucket LIKE 'ar:%' AND b.amount <> 0)
                    OR EXISTS (SELECT 1 FROM collections_eca e WHERE e.account_id = a.id))
                ORDER BY a.service_date, a.id
                """, arguments: [guarantor.rawValue]).map(AccountID.init)
        }
    }
}
