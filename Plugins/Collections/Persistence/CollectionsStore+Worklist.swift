import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// What the worklist score weighs for a guarantor, besides the balances.
    struct WorkFacts: Sendable {
        var lastContact: Date?
        var assignee: String?
        var paidLast90Days: Money
        var brokenPromises: Int
        /// The segment analytics last recorded (`analytics_guarantor_segment`), if any.
        var propensity: String?
    }

    /// The worklist facts of every guarantor of the site that has any, read in four queries.
    static func workFacts(site: String, today: CalendarDate, in db: Database) throws -> [GuarantorID: WorkFacts] {
        var facts: [GuarantorID: WorkFacts] = [:]
        func update(_ id: Int64, _ change: (inout WorkFacts) -> Void) {
            var value = facts[GuarantorID(id)] ?? WorkFacts(lastContact: nil, assignee: nil, paidLast90Days: .zero, brokenPromises: 0, propensity: nil)
            change(&value)
            facts[GuarantorID(id)] = value
        }
        for row in try Row.fetchAll(db, sql: "SELECT guarantor_id, max(at) AS at FROM collections_contact WHERE site = ? GROUP BY guarantor_id",
                                    arguments: [site]) {
            update(row["guarantor_id"]) { $0.lastContact = Date(timeIntervalSince1970: row["at"]) }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.guarantor_id, a.assignee FROM collections_assignment a
            WHERE a.id = (SELECT max(id) FROM collections_assignment b WHERE b.guarantor_id = a.guarantor_id)
            """) {
            update(row["guarantor_id"]) { $0.assignee = row["assignee"] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.guarantor_id, sum(p.amount) AS paid FROM posting p JOIN journal_entry j ON j.id = p.entry_id JOIN account a ON a.id = p.account_id
            WHERE a.site = ? AND p.bucket = 'cash' AND j.source_kind <> 'remittance' AND j.effective_date > ?
            GROUP BY a.guarantor_id
            """, arguments: [site, today.adding(days: -90).description]) {
            update(row["guarantor_id"]) { $0.paidLast90Days = Money(cents: row["paid"]) }
        }
        // A promise is broken when its day has passed and the patient side paid less than promised
        // between the promise and that day.
        for row in try Row.fetchAll(db, sql: """
            SELECT c.guarantor_id, c.promise_cents,
                (SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry j ON j.id = p.entry_id JOIN account a ON a.id = p.account_id
                 WHERE a.guarantor_id = c.guarantor_id AND p.bucket = 'cash' AND j.source_kind <> 'remittance'
                   AND j.posted_at >= c.at AND j.effective_date <= c.promise_date) AS paid
            FROM collections_contact c WHERE c.site = ? AND c.promise_date IS NOT NULL AND c.promise_date < ?
            """, arguments: [site, today.description]) {
            let promised: Int64 = row["promise_cents"] ?? 0
            let paid: Int64 = row["paid"]
            if paid < promised { update(row["guarantor_id"]) { $0.brokenPromises += 1 } }
        }
        // Analytics' published read model, when that module has run its migrations.
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_master WHERE name = 'analytics_guarantor_segment'") == true {
            for row in try Row.fetchAll(db, sql: "SELECT guarantor_id, segment FROM analytics_guarantor_segment WHERE site = ?", arguments: [site]) {
                update(row["guarantor_id"]) { $0.propensity = row["segment"] }
            }
        }
        return facts
    }

    /// Assigns a guarantor's worklist entry to a user (nil: back to the pool), with an audit row.
    func assign(_ guarantor: GuarantorID, to user: String?, by actor: ActingUser) throws {
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            try db.execute(sql: "INSERT INTO collections_assignment (guarantor_id, assignee, assigned_at, assigned_by) VALUES (?, ?, ?, ?)",
                           arguments: [guarantor.rawValue, user, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.worklist.assign", outcome: .allowed, patient: nil, account: nil,
                                      detail: "\(guarantor) to \(user ?? "the pool")", by: actor, in: db)
        }
    }
}
