import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// Reads the facts the KPIs are computed from: the ledger (through the daily summary the journal
/// keeps by trigger), the event log, and the read-model views the other modules publish
/// (`billing_claim_history`, `access_eligibility_answers`, `collections_plan_history`).
struct AnalyticsStore: Sendable {
    let database: RevCycleDatabase

    /// - Parameter withActivity: also read every account's postings by day (`accountActivity`): the
    ///   drill-down of the ledger KPIs and the month-end balances of a monthly series need them; the
    ///   KPIs themselves do not (they read the daily summary).
    func facts(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone, annualCost: Money?,
               withActivity: Bool = true) throws -> AnalyticsFacts {
        try database.writer.read { db in
            let dates = DateTexts()
            var facts = AnalyticsFacts(range: range, dailyTotals: [:], receivables: [], patientCash: [], claims: [], encounters: [], plans: [],
                                       collectedBalances: [], revenueCycleCost: annualCost.map {
                                           $0.scaled(by: Int64(range.days), over: 365, rounding: .halfUp)
                                       })
            for row in try Row.fetchAll(db, sql: """
                SELECT day, bucket, amount FROM analytics_daily_total WHERE site = ? AND day BETWEEN ? AND ? AND amount <> 0
                """, arguments: [site, range.first.adding(days: -90).description, range.last.description]) {
                facts.dailyTotals[try CalendarDate(parsing: row[0]), default: [:]][row[1]] = Money(cents: row[2])
            }
            facts.receivables = try Self.receivables(site: site, at: range.last, dates: dates, in: db)
            if withActivity { facts.accountActivity = try Row.fetchAll(db, sql: """
                SELECT p.account_id, a.guarantor_id, a.service_date, j.effective_date, p.bucket, sum(p.amount) AS amount
                FROM journal_entry j JOIN posting p ON p.entry_id = j.id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND j.effective_date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5 HAVING amount <> 0
                """, arguments: [site, range.first.description, range.last.description]).map { row in
                .init(account: AccountID(row[0]), guarantor: GuarantorID(row[1]), serviceDate: try CalendarDate(parsing: row[2]),
                      date: try CalendarDate(parsing: row[3]), bucket: row[4], amount: Money(cents: row[5]))
            } }
            let cash = try Row.fetchCursor(db, sql: """
                SELECT p.account_id, j.effective_date, a.service_date, p.amount, j.idempotency_key
                FROM journal_entry j JOIN posting p ON p.entry_id = j.id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND j.effective_date BETWEEN ? AND ? AND p.bucket = 'cash' AND j.source_kind <> 'remittance'
                """, arguments: [site, range.first.description, range.last.description])
            while let row = try cash.next() {
                let key: String = row[4]
                let source = key.hasPrefix("access.checkin") ? "desk" : key.hasPrefix("collections.plan") ? "plan"
                    : key.hasPrefix("collections.agency") ? "agency" : "payment"
                facts.patientCash.append(.init(account: AccountID(row[0]), receivedOn: try dates.date(row[1]), serviceDate: try dates.date(row[2]),
                                               amount: Money(cents: row[3]), source: source))
            }
            facts.claims = try Self.claims(site: site, range: range, timeZone: timeZone, in: db)
            facts.encounters = try Self.encounters(site: site, range: range, timeZone: timeZone, dates: dates, in: db)
            if try Self.exists("collections_plan_history", in: db) {
                facts.plans = try Row.fetchAll(db, sql: """
                    SELECT plan, guarantor_id, created_on, defaulted_on FROM collections_plan_history WHERE site = ? AND created_on BETWEEN ? AND ?
                    """, arguments: [site, range.first.description, range.last.description]).map { row in
                    .init(plan: row[0], guarantor: GuarantorID(row[1]), createdOn: try CalendarDate(parsing: row[2]),
                          defaultedOn: try (row[3] as String?).map { try CalendarDate(parsing: $0) })
                }
            }
            let collected = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.service_date, max(j.effective_date) AS last_day
                FROM posting p JOIN journal_entry j ON j.id = p.entry_id JOIN account a ON a.id = p.account_id
                WHERE j.site = ? AND p.bucket = 'ar:patient' AND j.effective_date <= ?
                GROUP BY a.id HAVING sum(p.amount) = 0 AND last_day >= ?
                """, arguments: [site, range.last.description, range.first.description])
            while let row = try collected.next() {
                facts.collectedBalances.append(.init(account: AccountID(row[0]), serviceDate: try dates.date(row[1]), paidOffOn: try dates.date(row[2])))
            }
            return facts
        }
    }

    /// Each account's receivable balances at the end of `day`: the current balances when nothing is
    /// dated later (the common case), else summed from the journal up to that day.
    static func receivables(site: String, at day: CalendarDate, dates: DateTexts = DateTexts(), in db: Database) throws -> [AnalyticsFacts.Receivable] {
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
        var receivables: [AnalyticsFacts.Receivable] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            receivables.append(.init(account: AccountID(row[0]), guarantor: GuarantorID(row[1]), serviceDate: try dates.date(row[2]), bucket: row[3],
                                     amount: Money(cents: row[4])))
        }
        return receivables
    }

    /// Claims first sent in the range, with their first scrub and the payer's first answer.
    static func claims(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone, in db: Database) throws -> [AnalyticsFacts.ClaimFact] {
        guard try exists("billing_claim_history", in: db) else { return [] }
        // The payer's first answer to each claim: SQLite reads the three fields out of the event's JSON.
        var first: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT json_extract(fields, '$.claim'), json_extract(fields, '$.denied_cents'), json_extract(fields, '$.adjustments')
            FROM host_event WHERE site = ? AND name = 'billing.claim.adjudicated' AND occurred_at >= ?
                AND coalesce(json_extract(fields, '$.reversal'), 'false') <> 'true'
            ORDER BY seq
            """, arguments: [site, range.first.start(in: timeZone).timeIntervalSince1970]) {
            guard let claim = row[0] as String?, first[claim] == nil else { continue }
            first[claim] = ["denied_cents": row[1] ?? "0", "adjustments": row[2] ?? ""]
        }
        let days = LocalDays(range, timeZone: timeZone)
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
                         submittedOn: days.day(of: row[4]), charges: Money(cents: row[3]),
                         cleanOnFirstScrub: (row[5] as Bool?) ?? false, initiallyDenied: denied > .zero, deniedAmount: denied,
                         denialReasons: Array(Set(reasons)).sorted())
        }
    }

    /// Visits in the range: insured when a coverage was in force on the date of service; verified when
    /// an eligibility answer for that patient came back within the 30 days up to the date of service.
    static func encounters(site: String, range: AnalyticsFacts.DateRange, timeZone: TimeZone, dates: DateTexts = DateTexts(),
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
            .init(account: AccountID(row[0]), serviceDate: try dates.date(row[1]), insured: row[2], verified: row[3])
        }
    }

    static func exists(_ name: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_master WHERE name = ?", arguments: [name]) ?? false
    }
}

/// The local calendar day of instants inside a date range, by binary search over the days' starting
/// instants (a `Calendar` conversion per row is the slowest part of reading a year of claims).
struct LocalDays {
    private let first: CalendarDate
    private let starts: [Double]

    init(_ range: AnalyticsFacts.DateRange, timeZone: TimeZone) {
        first = range.first
        starts = (0...range.days).map { range.first.adding(days: $0).start(in: timeZone).timeIntervalSince1970 }
    }

    /// The day `instant` (seconds since 1970) falls on; instants outside the range are clamped to its ends.
    func day(of instant: Double) -> CalendarDate {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= instant { low = middle } else { high = middle - 1 }
        }
        return first.adding(days: min(low, starts.count - 2))
    }
}

/// Dates as the tables store them (`YYYY-MM-DD`), parsed once each: a year of postings repeats a few
/// hundred dates hundreds of thousands of times.
final class DateTexts {
    private var parsed: [String: CalendarDate] = [:]

    func date(_ text: String) throws -> CalendarDate {
        if let date = parsed[text] { return date }
        let date = try CalendarDate(parsing: text)
        parsed[text] = date
        return date
    }
}
