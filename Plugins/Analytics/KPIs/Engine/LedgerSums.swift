import RevCycleCore

/// The ledger's sums over a range, turned into the hospital's words and signs.
///
/// `dailyTotals` keeps the ledger's signs: charges are credits to `revenue:charges` (negative), so gross
/// charges are the negated sum; adjustments are debits (positive) and cash is a debit (positive). Only
/// days inside the range count: the look-back days before it and any day after it are left out.
struct LedgerSums: Sendable {
    let range: AnalyticsFacts.DateRange
    private let totals: [String: Money]
    private let accountsByBucket: [String: Set<AccountID>]

    init(_ facts: AnalyticsFacts) {
        range = facts.range
        var totals: [String: Money] = [:]
        for (date, buckets) in facts.dailyTotals where facts.range.contains(date) {
            for (bucket, amount) in buckets { totals[bucket, default: .zero] += amount }
        }
        self.totals = totals
        var accounts: [String: Set<AccountID>] = [:]
        for activity in facts.accountActivity where facts.range.contains(activity.date) && !activity.amount.isZero {
            accounts[activity.bucket, default: []].insert(activity.account)
        }
        accountsByBucket = accounts
    }

    /// The signed sum of `bucket` over the range.
    func total(_ bucket: LedgerBucket) -> Money { totals[bucket.code] ?? .zero }

    var grossCharges: Money { -total(.grossCharges) }
    var contractual: Money { total(.contractualAdjustment) }
    var charity: Money { total(.charityAdjustment) }
    var badDebt: Money { total(.badDebt) }
    var administrative: Money { total(.administrativeAdjustment) }
    var cash: Money { total(.cash) }

    /// Gross charges less contractual, charity and administrative adjustments (bad debt is not deducted,
    /// per the brief's definition of net revenue).
    var netRevenue: Money { grossCharges - contractual - charity - administrative }

    /// The accounts with postings in `buckets` in the range, from ``AnalyticsFacts/accountActivity``.
    func accounts(_ buckets: LedgerBucket...) -> [KPIReference] {
        buckets.flatMap { accountsByBucket[$0.code] ?? [] }.map(KPIReference.account)
    }

    /// Accounts behind net revenue.
    var netRevenueAccounts: [KPIReference] {
        accounts(.grossCharges, .contractualAdjustment, .charityAdjustment, .administrativeAdjustment)
    }

    /// `$37,035.00 over 30 days` and the average rounded half up to the cent, for formulas only (the
    /// KPI itself divides exactly).
    var averageDailyNetRevenueText: String {
        let days = Int64(max(range.days, 1))
        let average = netRevenue.scaled(by: 1, over: days, rounding: .halfUp)
        return "average daily net revenue \(average) (net revenue \(netRevenue) over \(range.days) days: "
            + "gross charges \(grossCharges) − contractual \(contractual) − charity \(charity) "
            + "− administrative \(administrative))"
    }

    /// Why days-based KPIs have no figure, or `nil` when net revenue can divide.
    var netRevenueGap: String? {
        if range.days <= 0 { return "the range ends before it starts (\(range.first) to \(range.last))" }
        if netRevenue <= .zero {
            return "net revenue from \(range.first) to \(range.last) is \(netRevenue), "
                + "so there is no average day to divide by"
        }
        return nil
    }
}
