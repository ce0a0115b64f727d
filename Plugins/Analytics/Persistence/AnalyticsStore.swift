import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// Reads the facts the KPIs are computed from: the ledger (through the daily summary the journal
/// keeps by trigger), the event log, and the read-model views the other modules publish
/// (`billing_claim_history`, `access_eligibility_answers`, `collections_plan_history`).
struct AnalyticsStore: Sendable {
    let database: RevCycleDatabase

    func facts(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone, annualCost: Money?) throws -> AnalyticsFacts {
        try database.writer.read { db in
            var facts = AnalyticsFacts(range: range, dailyTotals: [:], receivables: [], patientCash: [], claims: [], encounters: [], plans: [],
                                       collectedBalances: [], revenueCycleCost: annualCost.map {
                                           $0.scaled(by: Int64(range.days), over: 365, rounding: .halfUp)
                                       })
            for row in try Row.fetchAll(db, sql: """
                SELECT day, bucket, amount FROM analytics_daily_total WHERE site = ? AND day BETWEEN ? AND ? AND amount <> 0
                """, arguments: [site, range.first.adding(days: -90).description, range.last.description]) {
                facts.dailyTotals[try CalendarDate(parsing: row[0]), default: [:]][row[1]] = Money(cents: row[2])
            }
            facts.receivables = try Self.receivables(site: site, at: range.last, in: db)
            facts.accountActivity = try Row.fetchAll(db, sql: """
                SELECT p.account_id, a.guarantor_id, a.service_date, j.effective_date, p.bucket, sum(p.amount) AS amount
                FROM journal_entry j JOIN posting p ON p.entry_id = j.id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND j.effective_date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5 HAVING amount <> 0
                """, arguments: [site, range.first.description, range.last.description]).map { row in
                .init(account: AccountID(row[0]), guarantor: GuarantorID(row[1]), serviceDate: try CalendarDate(parsing: row[2]),
                      date: try CalendarDate(parsing: row[3]), bucket: row[4], amount: Money(cents: row[5]))
            }
            facts.patientCash = try Row.fetchAll(db, sql: """
                SELECT p.account_id, j.effective_date, a.service_date, p.amount, j.idempotency_key
                FROM journal_entry j JOIN posting p ON p.entry_id = j.id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND j.effective_date BETWEEN ? AND ? AND p.bucket = 'cash' AND j.source_kind <> 'remittance'
                """, arguments: [site, range.first.description, range.last.description]).map { row in
                let key: String = row[4]
                let source = key.hasPrefix("access.checkin") ? "desk" : key.hasPrefix("collections.plan") ? "plan"
                    : key.hasPrefix("collections.agency") ? "agency" : "payment"
                return .init(account: AccountID(row[0]), receivedOn: try CalendarDate(parsing: row[1]), serviceDate: try CalendarDate(parsing: row[2]),
                             amount: Money(cents: row[3]), source: source)
            }
            facts.claims = try Self.claims(site: site, range: range, timeZone: timeZone, in: db)
            facts.encounters = try Self.encounters(site: site, range: range, timeZone: timeZone, in: db)
            if try Self.exists("collections_plan_history", in: db) {
                facts.plans = try Row.fetchAll(db, sql: """
                    SELECT plan, guarantor_id, created_on, defaulted_on FROM collections_plan_history WHERE site = ? AND created_on BETWEEN ? AND ?
                    """, arguments: [site, range.first.description, range.last.description]).map { row in
                    .init(plan: row[0], guarantor: GuarantorID(row[1]), createdOn: try CalendarDate(parsing: row[2]),
                          defaultedOn: try (row[3] as String?).map { try CalendarDate(parsing: $0) })
                }
            }
            facts.collectedBalances = try Row.fetchAll(db, sql: """
                SELECT a.id, a.service_date, max(j.effective_date) AS last_day
                FROM posting p JOIN journal_entry j ON j.id = p.entry_id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND p.bucket = 'ar:patient' AND j.effective_date <= ?
                GROUP BY a.id HAVING sum(p.amount) = 0 AND last_day >= ?
                """, arguments: [site, range.last.description, range.first.description]).map { row in
                .init(account: AccountID(row[0]), serviceDate: try CalendarDate(parsing: row[1]), paidOffOn: try CalendarDate(parsing: row[2]))
            }
            return facts
        }
    }

    /// Each account's receivable balances at the end of `day`: the current balances when nothing is
    /// dated later (the common case), else summed from the journal up to that day.
    static func receivables(site: String, at day: CalendarDate, in db: Database) throws -> [AnalyticsFacts.Receivable] {
        let latest = try String.fetchOne(db, sql: "SELECT max(day) FROM analytics_daily_total WHERE site = ?", arguments: [site])
        let current = latest.map { $0 <= day.description } ?? true
        let sql = current ? """
            SELECT a.id, a.guarantor_id, a.service_date, b.bucket, b.amount FROM account a JOIN account_balance b ON b.account_id = a.id
            WHERE a.site = ? AND b.bucket LIKE 'ar:%' AND b.amount <> 0
            """ : """
            SELECT a.id, a.guarantor_id, a.service_date, p.bucket, sum(p.amount) AS amount
            FROM journal_entry j JOIN posting p ON p.entry_id = j.id JOIN account a ON a.id = p.account_id
            WHERE j.site = ? AND j.effective_date <= ? AND p.bucket LIKE 'ar:%' GROUP BY a.id, p.bucket HAVING amount <> 0
            """
        let arguments: StatementArguments = current ? [site] : [site, day.description]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            .init(account: AccountID(row[0]), guarantor: GuarantorID(row[1]), serviceDate: try CalendarDate(parsing: row[2]), bucket: row[3],
                  amount: Money(cents: row[4]))
        }
    }

    /// Claims first sent in the range, with their first scrub and the payer's first answer.
    static func claims(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone, in db: Database) throws -> [AnalyticsFacts.ClaimFact] {
        guard try exists("billing_claim_history", in: db) else { return [] }
        var first: [String: [String: String]] = [:]
        for text in try String.fetchAll(db, sql: """
            SELECT fields FROM host_event WHERE site = ? AND name = 'billing.claim.adjudicated' AND occurred_at >= ? ORDER BY seq
            """, arguments: [site, range.first.start(in: timeZone).timeIntervalSince1970]) {
            guard let fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String], let claim = fields["claim"],
                  first[claim] == nil, fields["reversal"] != "true" else { continue }
            first[claim] = fields
        }
        return try Row.fetchAll(db, sql: """
            SELECT claim, account_id, payer, total_cents, submitted_at, clean_on_first_scrub FROM billing_claim_history
            WHERE site = ? AND submitted_at >= ? AND submitted_at < ? AND frequency = '1'
            """, arguments: [site, range.first.start(in: timeZone).timeIntervalSince1970,
                             range.last.adding(days: 1).start(in: timeZone).timeIntervalSince1970]).map { row in
            let claim: String = row[0]
            let answer = first[claim]
            let denied = Money(cents: Int64(answer?["denied_cents"] ?? "") ?? 0)
            let reasons = (answer?["adjustments"] ?? "").split(separator: ";").compactMap { item -> String? in
                let parts = item.split(separator: ":")
                guard parts.count == 3, parts[0] != "PR", AdjustmentReason.isDenial(String(parts[1])) || parts[0] == "OA" && parts[1] != "23" else { return nil }
                return "\(parts[0])-\(parts[1])"
            }
            return .init(claim: claim, account: AccountID(row[1]), payer: row[2],
                         submittedOn: CalendarDate(Date(timeIntervalSince1970: row[4]), in: timeZone), charges: Money(cents: row[3]),
                         cleanOnFirstScrub: (row[5] as Bool?) ?? false, initiallyDenied: denied > .zero, deniedAmount: denied,
                         denialReasons: Array(Set(reasons)).sorted())
        }
    }

    /// Visits in the range: insured when a coverage was in force on the date of service; verified when
    /// an eligibility answer for that patient came back within the 30 days up to the date of service.
    static func encounters(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone,
                           in db: Database) throws -> [AnalyticsFacts.EncounterFact] {
        let answers = try exists("access_eligibility_answers", in: db)
        return try Row.fetchAll(db, sql: """
            SELECT a.id, a.service_date,
                EXISTS (SELECT 1 FROM coverage c WHERE c.patient_id = a.patient_id AND c.effective_date <= a.service_date
                        AND (c.end_date IS NULL OR c.end_date >= a.service_date)) AS insured,
                \(answers ? """
                EXISTS (SELECT 1 FROM access_eligibility_answers e WHERE e.patient_id = a.patient_id AND e.purpose = 'verify'
                        AND e.status IN ('active', 'inactive') AND date(e.responded_at, 'unixepoch') BETWEEN date(a.service_date, '-30 days') AND a.service_date)
                """ : "0") AS verified
            FROM account a WHERE a.site = ? AND a.service_date BETWEEN ? AND ?
            """, arguments: [site, range.first.description, range.last.description]).map { row in
            .init(account: AccountID(row[0]), serviceDate: try CalendarDate(parsing: row[1]), insured: row[2], verified: row[3])
        }
    }

    static func exists(_ name: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_master WHERE name = ?", arguments: [name]) ?? false
    }
}
