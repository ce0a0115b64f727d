import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// A payment plan as stored: who it is for, the limits it was made under, and its latest history
    /// (the schedule with payments, autopay, notices, default).
    struct StoredPlan: Sendable {
        var id: Int64
        var guarantor: GuarantorID
        var createdOn: CalendarDate
        var limits: PlanLimits
        var history: PaymentPlanHistory
        var name: String { "P\(id)" }
    }

    /// The limits the site's `collections.plan.terms` policy set when the plan was made.
    struct PlanLimits: Codable, Sendable, Hashable {
        var maximumInstallments: Int
        var minimumInstallmentCents: Int64
        var minimumDownPaymentCents: Int64
        var reason: String

        var policy: PaymentPlanPolicy {
            var policy = PaymentPlanPolicy()
            policy.maximumInstallments = maximumInstallments
            policy.minimumInstallment = Money(cents: minimumInstallmentCents)
            policy.minimumDownPayment = Money(cents: minimumDownPaymentCents)
            return policy
        }
    }

    static let planEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func text(_ value: some Encodable) throws -> String { String(decoding: try planEncoder.encode(value), as: UTF8.self) }

    static func plans(site: String, guarantor: GuarantorID? = nil, id: Int64? = nil, in db: Database) throws -> [StoredPlan] {
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.guarantor_id, p.created_on, p.terms,
                   (SELECT e.state FROM collections_plan_event e WHERE e.plan_id = p.id ORDER BY e.id DESC LIMIT 1) AS state
            FROM collections_plan p WHERE p.site = ? AND (? IS NULL OR p.guarantor_id = ?) AND (? IS NULL OR p.id = ?) ORDER BY p.id
            """, arguments: [site, guarantor?.rawValue, guarantor?.rawValue, id, id]).map { row in
            let history = try JSONDecoder().decode(PaymentPlanHistory.self, from: Data((row["state"] as String).utf8))
            try history.schedule.verify()
            return StoredPlan(id: row["id"], guarantor: GuarantorID(row["guarantor_id"]), createdOn: try CalendarDate(parsing: row["created_on"]),
                              limits: try JSONDecoder().decode(PlanLimits.self, from: Data((row["terms"] as String).utf8)), history: history)
        }
    }

    /// The guarantor's plan still in force on `day` (not paid off, not defaulted), if any.
    static func activePlan(of guarantor: GuarantorID, site: String, on day: CalendarDate, in db: Database) throws -> StoredPlan? {
        try plans(site: site, guarantor: guarantor, in: db).last { plan in
            let standing = DelinquencyLadder(policy: plan.limits.policy).review(plan.history, on: day).standing
            if case .paidOff = standing { return false }
            if case .defaulted = standing { return false }
            return true
        }
    }

    /// The guarantor's plan as a statement shows it, the dunning policy's name for its standing, and
    /// what the statement asks for: everything due by `dueBy` or by the next installment's due date,
    /// whichever is later (the installment and any arrears), and that date.
    static func activePlanSummary(of guarantor: GuarantorID, on day: CalendarDate, dueBy: CalendarDate, site: String,
                                  in db: Database) throws -> (standing: String, summary: StatementPlan, amountDue: Money, dueDate: CalendarDate)? {
        guard let plan = try activePlan(of: guarantor, site: site, on: day, in: db) else { return nil }
        let review = DelinquencyLadder(policy: plan.limits.policy).review(plan.history, on: day)
        let autopay = plan.history.autopay?.isInForce(on: day) ?? false
        guard let summary = plan.history.schedule.statementPlan(named: "\(plan.name), \(plan.history.schedule.installments.count) months",
                                                                on: day, hasAutopay: autopay) else { return nil }
        let due = max(dueBy, summary.nextDueDate)
        return (review.standing.dunningPlanState, summary, plan.history.schedule.amountDue(by: due), due)
    }

    /// Every guarantor's plan standing on `day` (`current`, `late`, `defaulted`), for the worklist.
    static func planStandings(site: String, on day: CalendarDate, in db: Database) throws -> [GuarantorID: String] {
        var standings: [GuarantorID: String] = [:]
        for plan in try plans(site: site, in: db) {
            let state = DelinquencyLadder(policy: plan.limits.policy).review(plan.history, on: day).standing.dunningPlanState
            if state != "none" || standings[plan.guarantor] == nil { standings[plan.guarantor] = state }
        }
        return standings.filter { $0.value != "none" }
    }

    func planStandings(site: String, on day: CalendarDate) throws -> [GuarantorID: String] {
        try database.writer.read { db in try Self.planStandings(site: site, on: day, in: db) }
    }

    func plans(site: String, guarantor: GuarantorID? = nil, id: Int64? = nil) throws -> [StoredPlan] {
        try database.writer.read { db in try Self.plans(site: site, guarantor: guarantor, id: id, in: db) }
    }

    func plan(_ id: Int64, site: String) throws -> StoredPlan {
        guard let plan = try plans(site: site, id: id).first else {
            throw RevCycleError(.notFound, "Payment plan P\(id) does not exist at site \(site).", remedy: "revcycle collections plan list")
        }
        return plan
    }

    /// What the guarantor's visits owe on the patient side (credits not netted: a plan finances debts).
    func guarantorPatientBalance(_ guarantor: GuarantorID, site: String) throws -> Money {
        try database.writer.read { db in
            _ = try Self.guarantor(guarantor, site: site, in: db)
            return try Self.patientBalances(of: guarantor, in: db).reduce(Money.zero) { $0 + max($1.owed, .zero) }
        }
    }

    /// The patient balance of each of the guarantor's visits, oldest first.
    static func patientBalances(of guarantor: GuarantorID, in db: Database) throws -> [(account: AccountID, owed: Money)] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, coalesce(b.amount, 0) AS owed FROM account a
            LEFT JOIN account_balance b ON b.account_id = a.id AND b.bucket = 'ar:patient'
            WHERE a.guarantor_id = ? ORDER BY a.service_date, a.id
            """, arguments: [guarantor.rawValue]).map { (AccountID($0["id"]), Money(cents: $0["owed"])) }
    }

    /// A patient payment spread over the guarantor's visits, oldest balance first, as one journal
    /// entry (cash and receivable per visit); what is left over becomes a credit on the newest visit.
    static func guarantorPayment(_ guarantor: GuarantorID, amount: Money, source: EntrySource, key: String, memo: String,
                                 date: CalendarDate, in db: Database) throws -> JournalEntry {
        let visits = try patientBalances(of: guarantor, in: db)
        guard let last = visits.last?.account else {
            throw RevCycleError(.invalidInput, "Guarantor \(guarantor) has no visits to pay toward.")
        }
        var left = amount
        var postings: [Posting] = []
        for visit in visits where left > .zero && visit.owed > .zero {
            let part = min(left, visit.owed)
            postings += [Posting(account: visit.account, bucket: .cash, amount: part),
                         Posting(account: visit.account, bucket: .receivable(.patient), amount: -part)]
            left -= part
        }
        if left > .zero {
            postings += [Posting(account: last, bucket: .cash, amount: left), Posting(account: last, bucket: .receivable(.credit), amount: -left)]
        }
        var entry = try JournalEntry(source: source, idempotencyKey: key, memo: memo, effectiveDate: date, postings: postings)
        entry.requestText = ["guarantor-payment", guarantor.description, String(amount.cents), source.kind.rawValue, source.reference, memo,
                             date.description].joined(separator: "\n")
        return entry
    }

    /// Creates a plan: its row, its first history, and a down payment's ledger entry, in one transaction.
    func createPlan(for guarantor: GuarantorID, on day: CalendarDate, limits: PlanLimits, history: PaymentPlanHistory,
                    downPayment: (amount: Money, source: EntrySource, reference: String)?, autopayCard: String?,
                    by actor: ActingUser) throws -> Int64 {
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            if let existing = try Self.activePlan(of: guarantor, site: actor.site, on: day, in: db) {
                throw RevCycleError(.conflict, "\(guarantor) already has plan \(existing.name) in force; add the new balance to it instead.",
                                    remedy: "revcycle collections plan add-charges \(existing.name)")
            }
            try db.execute(sql: """
                INSERT INTO collections_plan (site, guarantor_id, created_on, terms, autopay_token, autopay_card, autopay_authorization, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, guarantor.rawValue, day.description, try Self.text(limits), history.autopay?.paymentMethod.token, autopayCard,
                                 try history.autopay.map { try Self.text($0.evidence) }, actor.at.timeIntervalSince1970, actor.user])
            let id = db.lastInsertedRowID
            if let downPayment {
                let entry = try Self.guarantorPayment(guarantor, amount: downPayment.amount, source: downPayment.source,
                                                      key: "collections.plan:P\(id):down-payment", memo: "down payment on plan P\(id)", date: day, in: db)
                _ = try SQLiteLedgerStore.post([entry], publishing: [], by: actor, in: db)
            }
            try Self.appendPlanEvent(id, kind: "created", on: day, amount: history.schedule.total, reference: "created",
                                     detail: "\(history.schedule.installments.count) installments from \(history.schedule.terms.firstDueDate)",
                                     history: history, by: actor, in: db)
            try SQLiteAuditLog.append(action: "collections.plan.create", outcome: .allowed, patient: nil, account: nil,
                                      detail: "P\(id) for \(guarantor): \(history.schedule.total) over \(history.schedule.installments.count)",
                                      by: actor, in: db)
            return id
        }
    }

    static func appendPlanEvent(_ plan: Int64, kind: String, on day: CalendarDate, amount: Money?, reference: String, detail: String,
                                history: PaymentPlanHistory, by actor: ActingUser, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO collections_plan_event (plan_id, on_date, kind, amount_cents, reference, detail, state, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [plan, day.description, kind, amount?.cents, reference, detail, try text(history), actor.at.timeIntervalSince1970,
                             actor.user])
    }

    /// Changes a plan in one transaction: reads its latest history, lets `change` alter it (and name the
    /// ledger entries that go with the change), records the event with the new history, posts the entries.
    @discardableResult
    func changePlan(_ id: Int64, kind: String, on day: CalendarDate, by actor: ActingUser,
                    _ change: (inout PaymentPlanHistory, StoredPlan, Database) throws -> (amount: Money?, reference: String, detail: String, entries: [JournalEntry]))
        throws -> StoredPlan {
        try database.writer.write { db in
            guard var plan = try Self.plans(site: actor.site, id: id, in: db).first else {
                throw RevCycleError(.notFound, "Payment plan P\(id) does not exist at site \(actor.site).", remedy: "revcycle collections plan list")
            }
            var history = plan.history
            let outcome = try change(&history, plan, db)
            try history.schedule.verify()
            if !outcome.entries.isEmpty { _ = try SQLiteLedgerStore.post(outcome.entries, publishing: [], by: actor, in: db) }
            try Self.appendPlanEvent(id, kind: kind, on: day, amount: outcome.amount, reference: outcome.reference, detail: outcome.detail,
                                     history: history, by: actor, in: db)
            try SQLiteAuditLog.append(action: "collections.plan.\(kind)", outcome: .allowed, patient: nil, account: nil,
                                      detail: "P\(id): \(outcome.detail)", by: actor, in: db)
            plan.history = history
            return plan
        }
    }

    /// The plan's events, oldest first.
    func planEvents(_ id: Int64) throws -> [(on: String, kind: String, amount: Money?, detail: String, by: String)] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT on_date, kind, amount_cents, detail, recorded_by FROM collections_plan_event WHERE plan_id = ? ORDER BY id",
                             arguments: [id]).map { ($0[0], $0[1], ($0[2] as Int64?).map(Money.init(cents:)), $0[3], $0[4]) }
        }
    }
}
