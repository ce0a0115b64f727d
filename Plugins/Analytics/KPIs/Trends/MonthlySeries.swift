import RevCycleCore

/// The KPIs and cash by source for each calendar month of a range, from one ``AnalyticsFacts`` value.
///
/// Every month's figures come from the same facts: dated rows (claims, cash, encounters, plans, paid-off
/// balances, daily ledger totals) are taken by their date; the receivables at an earlier month's end are
/// rebuilt by ``ReceivableRollback`` from the range's end balances and the account activity after that
/// month, unless the caller passes them in `monthEndReceivables`. A month the range covers only in part is marked ``Period/isPartial`` and measured on the days
/// the range holds. Rules for the parts that have no date of their own:
/// - The site's revenue-cycle cost, given for the whole range, is prorated by days (integer cents; the
///   months add up to the range's cost exactly, larger remainders first).
/// - A month's payment plans count as defaulted when they defaulted by the range's end (a cohort), the
///   same day ``KPIEngine/compute(_:)`` judges the whole range's plans at.
///
/// ```swift
/// let series = MonthlySeries(facts)
/// for (period, result) in series.series(of: .cleanClaimRate) { print(period.month, result.outcome) }
/// ```
struct MonthlySeries: Sendable {
    /// One month's part of the range.
    struct Period: Sendable, Hashable {
        let month: CalendarMonth
        /// The days of the month inside the report's range.
        let range: AnalyticsFacts.DateRange
        /// The range covers only part of the month (a first or last month cut by the range).
        var isPartial: Bool { range.first != month.first || range.last != month.last }
        /// Every KPI for ``range``, in ``KPI/allCases`` order.
        let kpis: [KPIResult]
        let cash: CashBySource
    }

    let range: AnalyticsFacts.DateRange
    let periods: [Period]

    /// - Parameters:
    ///   - facts: the facts for the whole range.
    ///   - monthEndReceivables: balances at a month's last day that the caller already has (read from the
    ///     journal, say); a month without an entry here is rebuilt from the account activity.
    init(_ facts: AnalyticsFacts, monthEndReceivables: [CalendarDate: [AnalyticsFacts.Receivable]] = [:]) {
        range = facts.range
        let months = CalendarMonth.months(in: facts.range)
        let ranges = months.map { month in
            AnalyticsFacts.DateRange(
                first: max(month.first, facts.range.first), last: min(month.last, facts.range.last))
        }
        let costs = facts.revenueCycleCost.map { MonthlySeries.prorate($0, over: ranges.map(\.days)) }
        periods = months.indices.map { index in
            var monthFacts = facts
            monthFacts.range = ranges[index]
            monthFacts.revenueCycleCost = costs?[index]
            var costNote = ""
            if let cost = facts.revenueCycleCost, ranges.count > 1 {
                costNote = " (the range's \(cost) prorated: \(ranges[index].days) of \(facts.range.days) days)"
            }
            let rollback = monthEndReceivables[ranges[index].last].map(ReceivableRollback.Outcome.rebuilt)
                ?? ReceivableRollback.receivables(at: ranges[index].last, from: facts)
            var gap: String?
            switch rollback {
            case .rebuilt(let receivables): monthFacts.receivables = receivables
            case .unavailable(let reason):
                monthFacts.receivables = []
                gap = reason
            }
            let engine = KPIEngine(monthFacts, plansObservedThrough: facts.range.last, costNote: costNote)
            let kpis = KPI.allCases.map { kpi in
                if kpi.isSnapshot, let gap { return KPIResult.noData(kpi, reason: gap) }
                return engine.compute(kpi)
            }
            return Period(month: months[index], range: ranges[index], kpis: kpis, cash: CashBySource(monthFacts))
        }
    }

    /// One KPI's site-wide result month by month.
    func series(of kpi: KPI) -> [(period: Period, result: KPIResult)] {
        periods.compactMap { period in period.kpis[kpi].map { (period: period, result: $0) } }
    }

    /// `amount` split over periods in proportion to their days, in whole cents that add up exactly:
    /// each takes the floor of its share, and the cents left go one each to the largest remainders
    /// (earlier months first on a tie).
    static func prorate(_ amount: Money, over days: [Int]) -> [Money] {
        let totalDays = Int64(days.reduce(0, +))
        guard totalDays > 0 else { return days.map { _ in .zero } }
        let magnitude = amount.cents.magnitude
        var parts: [(cents: UInt64, remainder: UInt64)] = days.map { day in
            let product = magnitude.multipliedFullWidth(by: UInt64(day))
            let (quotient, remainder) = UInt64(totalDays).dividingFullWidth(product)
            return (quotient, remainder)
        }
        var left = magnitude - parts.reduce(0) { $0 + $1.cents }
        let order = parts.indices.sorted { lhs, rhs in
            parts[lhs].remainder != parts[rhs].remainder ? parts[lhs].remainder > parts[rhs].remainder : lhs < rhs
        }
        for index in order where left > 0 {
            parts[index].cents += 1
            left -= 1
        }
        return parts.map { Money(cents: amount.isNegative ? -Int64($0.cents) : Int64($0.cents)) }
    }
}
