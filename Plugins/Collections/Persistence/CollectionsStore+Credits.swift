import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// A visit holding a patient credit (an overpayment), with the guarantor's other visits it could pay.
    struct CreditBalance: Sendable {
        var account: AccountID
        var guarantor: GuarantorID
        var credit: Money
        /// The guarantor's other visits with a patient balance, oldest first.
        var openVisits: [(account: AccountID, owed: Money, serviceDate: CalendarDate)]
        /// Card payments on the visit that a refund can go back to: (gateway charge id, amount).
        var cardPayments: [(chargeID: String, amount: Money)]
    }

    static func creditBalances(site: String, account: AccountID? = nil, in db: Database) throws -> [CreditBalance] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.guarantor_id, b.amount FROM account a JOIN account_balance b ON b.account_id = a.id
            WHERE a.site = ? AND b.bucket = 'ar:credit' AND b.amount < 0 AND (? IS NULL OR a.id = ?) ORDER BY a.service_date, a.id
            """, arguments: [site, account?.rawValue, account?.rawValue]).map { row in
            let id = AccountID(row["id"])
            let guarantor = GuarantorID(row["guarantor_id"])
            let open = try Row.fetchAll(db, sql: """
                SELECT a.id, a.service_date, b.amount FROM account a JOIN account_balance b ON b.account_id = a.id
                WHERE a.guarantor_id = ? AND a.id <> ? AND b.bucket = 'ar:patient' AND b.amount > 0 ORDER BY a.service_date, a.id
                """, arguments: [guarantor.rawValue, id.rawValue]).map {
                (AccountID($0["id"]), Money(cents: $0["amount"]), try CalendarDate(parsing: $0["service_date"]))
            }
            let cards = try Row.fetchAll(db, sql: """
                SELECT j.source_reference, p.amount FROM journal_entry j JOIN posting p ON p.entry_id = j.id
                WHERE p.account_id = ? AND p.bucket = 'cash' AND j.source_kind = 'gateway' AND p.amount > 0 ORDER BY j.id
                """, arguments: [id.rawValue]).map { (chargeID: $0[0] as String, amount: Money(cents: $0[1])) }
            return CreditBalance(account: id, guarantor: guarantor, credit: -Money(cents: row["amount"]), openVisits: open, cardPayments: cards)
        }
    }

    /// A refund request waiting for approval.
    struct RefundRequest: Sendable {
        var id: Int64
        var account: AccountID
        var amount: Money
        var reason: String
        var requestedBy: String
        var decision: String?
        var workItem: WorkItemID?
    }

    /// Records a refund request and its approval task in one transaction.
    func requestRefund(account: AccountID, amount: Money, reason: String, task: WorkItem, by actor: ActingUser) throws -> (Int64, WorkItemID) {
        try database.writer.write { db in
            guard let credit = try Self.creditBalances(site: actor.site, account: account, in: db).first, credit.credit >= amount else {
                throw RevCycleError(.invalidInput, "\(account) holds no credit of \(amount) to refund.", remedy: "revcycle collections credits list")
            }
            let pending = try Self.pendingRefunds(of: account, in: db)
            guard credit.credit - pending >= amount else {
                throw RevCycleError(.conflict, "\(account) has \(pending) of its \(credit.credit) credit already waiting for refund approval.",
                                    remedy: "revcycle collections credits requests")
            }
            let item = try SQLiteWorkQueue.create(task, by: actor, in: db)
            try db.execute(sql: """
                INSERT INTO collections_refund_request (site, account_id, amount_cents, reason, work_item_id, requested_at, requested_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, account.rawValue, amount.cents, reason, item.rawValue, actor.at.timeIntervalSince1970, actor.user])
            let id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "collections.refund.requested", outcome: .allowed, patient: nil, account: account,
                                      detail: "RF\(id) \(amount): \(reason)", by: actor, in: db)
            return (id, item)
        }
    }

    /// What refund requests on the visit, not yet decided, ask for in all.
    static func pendingRefunds(of account: AccountID, in db: Database) throws -> Money {
        Money(cents: try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(r.amount_cents), 0) FROM collections_refund_request r
            WHERE r.account_id = ? AND NOT EXISTS (SELECT 1 FROM collections_refund_decision d WHERE d.request_id = r.id)
            """, arguments: [account.rawValue]) ?? 0)
    }

    func pendingRefunds(of account: AccountID) throws -> Money {
        try database.writer.read { db in try Self.pendingRefunds(of: account, in: db) }
    }

    static func refundRequest(_ id: Int64, site: String, in db: Database) throws -> RefundRequest {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.*, d.decision FROM collections_refund_request r LEFT JOIN collections_refund_decision d ON d.request_id = r.id
            WHERE r.id = ? AND r.site = ?
            """, arguments: [id, site]) else {
            throw RevCycleError(.notFound, "Refund request RF\(id) does not exist at site \(site).", remedy: "revcycle collections credits requests")
        }
        return RefundRequest(id: id, account: AccountID(row["account_id"]), amount: Money(cents: row["amount_cents"]), reason: row["reason"],
                             requestedBy: row["requested_by"], decision: row["decision"],
                             workItem: (row["work_item_id"] as Int64?).map(WorkItemID.init))
    }

    func creditBalances(site: String, account: AccountID? = nil) throws -> [CreditBalance] {
        try database.writer.read { db in try Self.creditBalances(site: site, account: account, in: db) }
    }

    func refundRequest(_ id: Int64, site: String) throws -> RefundRequest {
        try database.writer.read { db in try Self.refundRequest(id, site: site, in: db) }
    }

    func refundRequests(site: String) throws -> [RefundRequest] {
        try database.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM collections_refund_request WHERE site = ? ORDER BY id DESC", arguments: [site])
                .map { try Self.refundRequest($0, site: site, in: db) }
        }
    }

    /// Records the decision on a refund request; an approval posts the refund entry in the same
    /// transaction. The person who asked cannot approve (two people touch every refund).
    func decideRefund(_ id: Int64, approve: Bool, method: String?, reference: String?, entry: JournalEntry?, note: String,
                      by actor: ActingUser) throws -> RefundRequest {
        try database.writer.write { db in
            let request = try Self.refundRequest(id, site: actor.site, in: db)
            if let decision = request.decision { throw RevCycleError(.conflict, "Refund request RF\(id) was already \(decision).") }
            guard request.requestedBy != actor.user else {
                throw RevCycleError(.permissionDenied, "RF\(id) was requested by \(actor.user); another person must approve or refuse it.")
            }
            var entryID: Int64?
            if approve {
                // The credit may have been used since the request (applied to another visit, refunded otherwise).
                let credit = try Self.creditBalances(site: actor.site, account: request.account, in: db).first?.credit ?? .zero
                guard credit >= request.amount else {
                    throw RevCycleError(.conflict, "\(request.account) now holds a credit of \(credit), less than the \(request.amount) RF\(id) asks for; refuse it and ask again.",
                                        remedy: "revcycle collections credits refuse RF\(id) --reason \"Credit no longer there\"")
                }
            }
            if approve, let entry {
                entryID = try SQLiteLedgerStore.post([entry], publishing: [], by: actor, in: db).receipts[0].entry.rawValue
            }
            try db.execute(sql: """
                INSERT INTO collections_refund_decision (request_id, decision, method, reference, entry_id, note, decided_at, decided_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, approve ? "approved" : "refused", method, reference, entryID, note, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.refund.\(approve ? "approved" : "refused")", outcome: .allowed, patient: nil,
                                      account: request.account, detail: "RF\(id) \(request.amount) \(method ?? "") \(reference ?? ""): \(note)",
                                      by: actor, in: db)
            var decided = request
            decided.decision = approve ? "approved" : "refused"
            return decided
        }
    }
}
