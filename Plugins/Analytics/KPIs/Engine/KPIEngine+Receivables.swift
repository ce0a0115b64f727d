import RevCycleCore

/// Snapshot KPIs: balances at the range's end (net days in A/R, aging, aged A/R, days in credit balance).
extension KPIEngine {
    /// The receivables at the range's end, read and aged at its last day.
    var openBalances: [OpenBalance] {
        facts.receivables.compactMap { OpenBalance($0, asOf: facts.range.last) }
    }

    /// Balances a payer or the patient owes (credit balances left out).
    var owedBalances: [OpenBalance] { openBalances.filter { $0.owner != nil } }

    /// Net A/R ÷ average daily net revenue, in days to one decimal.
    func netDaysInAR() -> KPIResult {
        let owed = owedBalances
        let netAR = owed.total
        return measure(
            .netDaysInAR, .money(netAR), over: .money(ledger.netRevenue), unit: .days(per: facts.range.days),
            noDataReason: ledger.netRevenueGap ?? "no net revenue",
            drillDown: DrillDown(numerator: owed.references, denominator: ledger.netRevenueAccounts)
        ) { ratio in
            "net A/R \(netAR) at \(facts.range.last) ÷ \(ledger.averageDailyNetRevenueText) = \(ratio)"
        }
    }

    /// Credit balances (their absolute sum) ÷ average daily net revenue.
    func daysInCreditBalance() -> KPIResult {
        let credits = openBalances.filter { $0.owner == nil }
        let credit = credits.total.magnitude
        return measure(
            .daysInCreditBalance, .money(credit), over: .money(ledger.netRevenue), unit: .days(per: facts.range.days),
            noDataReason: ledger.netRevenueGap ?? "no net revenue",
            drillDown: DrillDown(numerator: credits.references, denominator: ledger.netRevenueAccounts)
        ) { ratio in
            "credit balances \(credit) at \(facts.range.last) ÷ \(ledger.averageDailyNetRevenueText) = \(ratio)"
        }
    }

    /// The aging table: amounts and shares by age bucket, overall and for each payer and the patient.
    func arAging() -> KPIResult {
        let owed = owedBalances
        let asOf = facts.range.last
        guard !owed.isEmpty else {
            return .noData(.arAging, reason: "no open balances at \(asOf)")
        }
        let total = owed.total
        let buckets = bucketShares(owed, owner: "all payers and patients")
        let rows = owed.byOwner.map { owner, balances in
            let rowTotal = balances.total
            let cells = bucketShares(balances, owner: owner.description)
            let words = AgeBucket.allCases.map { bucket in
                "\(bucket) \(balances.filter { $0.age == bucket }.total)"
            }
            return KPIResult(
                kpi: .arAging, scope: owner.scope, outcome: .amount(rowTotal),
                formula: "\(owner) owes \(rowTotal) at \(asOf): " + words.joined(separator: ", "),
                drillDown: DrillDown(numerator: balances.references, denominator: owed.references),
                breakdown: cells)
        }
        let words = zip(AgeBucket.allCases, buckets).map { bucket, result in
            "\(bucket) \(owed.filter { $0.age == bucket }.total) (\(result.outcome))"
        }
        return KPIResult(
            kpi: .arAging, outcome: .amount(total),
            formula: "open balances at \(asOf) total \(total) (credit balances left out): "
                + words.joined(separator: ", "),
            drillDown: DrillDown(numerator: owed.references, denominator: owed.references),
            breakdown: buckets + rows)
    }

    /// One result per age bucket: the bucket's amount ÷ the balances' total.
    private func bucketShares(_ balances: [OpenBalance], owner: String) -> [KPIResult] {
        let total = balances.total
        return AgeBucket.allCases.map { bucket in
            let inBucket = balances.filter { $0.age == bucket }
            let amount = inBucket.total
            return measure(
                .arAging, scope: .ageBucket(bucket), .money(amount), over: .money(total),
                noDataReason: "\(owner) owe \(total) in all at \(facts.range.last), so there is no share to take",
                drillDown: DrillDown(numerator: inBucket.references, denominator: balances.references)
            ) { ratio in
                "\(bucket) days: \(amount) ÷ \(total) owed by \(owner) = \(ratio)"
            }
        }
    }

    /// Billed A/R more than 90 days old ÷ billed A/R, overall and by payer (and the patient).
    func agedAROver90Days() -> KPIResult {
        let billed = owedBalances.filter(\.receivable.isBilled)
        let rows = billed.byOwner.map { owner, balances in
            agedShare(balances, scope: owner.scope, owner: owner.description)
        }
        var result = agedShare(billed, scope: .whole, owner: "all payers and patients")
        result.breakdown = rows
        return result
    }

    private func agedShare(_ billed: [OpenBalance], scope: KPIScope, owner: String) -> KPIResult {
        let aged = billed.filter(\.age.isOver90Days)
        let agedTotal = aged.total
        let billedTotal = billed.total
        let asOf = facts.range.last
        return measure(
            .agedAROver90Days, scope: scope, .money(agedTotal), over: .money(billedTotal),
            noDataReason: billed.isEmpty
                ? "no billed balances at \(asOf)" : "billed balances at \(asOf) total \(billedTotal)",
            drillDown: DrillDown(numerator: aged.references, denominator: billed.references)
        ) { ratio in
            "billed A/R over 90 days \(agedTotal) ÷ billed A/R \(billedTotal) (\(owner)) at \(asOf) = \(ratio)"
        }
    }
}
