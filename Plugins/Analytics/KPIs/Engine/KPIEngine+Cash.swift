import RevCycleCore

/// Cash and revenue KPIs: point-of-service cash share, net collection rate, bad debt and charity shares,
/// cost to collect.
extension KPIEngine {
    /// Patient cash received in the range.
    var patientCashReceived: [AnalyticsFacts.PatientCash] {
        facts.patientCash.filter { facts.range.contains($0.receivedOn) }
    }

    /// Patient cash at or before the date of service ÷ all patient cash (MAP Key PA: POS cash collections).
    func pointOfServiceCash() -> KPIResult {
        let cash = patientCashReceived
        let atService = cash.filter(\.atOrBeforeService)
        let posAmount = atService.reduce(Money.zero) { $0 + $1.amount }
        let allAmount = cash.reduce(Money.zero) { $0 + $1.amount }
        return measure(
            .pointOfServiceCash, .money(posAmount), over: .money(allAmount),
            noDataReason: cash.isEmpty
                ? "no patient cash was received \(rangeText)"
                : "patient cash received \(rangeText) nets to \(allAmount)",
            drillDown: DrillDown(numerator: atService.map(\.reference), denominator: cash.map(\.reference))
        ) { ratio in
            "patient cash at or before the date of service \(posAmount) ÷ all patient cash \(allAmount) "
                + "received \(rangeText) = \(ratio)"
        }
    }

    /// Cash (all sources) ÷ (gross charges − contractual adjustments).
    func netCollectionRate() -> KPIResult {
        let cash = ledger.cash
        let gross = ledger.grossCharges
        let contractual = ledger.contractual
        let collectible = gross - contractual
        return measure(
            .netCollectionRate, .money(cash), over: .money(collectible),
            noDataReason: "gross charges \(gross) less contractual adjustments \(contractual) \(rangeText) "
                + "leave \(collectible) to collect",
            drillDown: DrillDown(
                numerator: ledger.accounts(.cash), denominator: ledger.accounts(.grossCharges, .contractualAdjustment))
        ) { ratio in
            "cash \(cash) ÷ (gross charges \(gross) − contractual adjustments \(contractual) = \(collectible)) "
                + "\(rangeText) = \(ratio)"
        }
    }

    /// An adjustment bucket ÷ gross charges (bad debt share, charity share).
    func share(of bucket: LedgerBucket, kpi: KPI, words: String) -> KPIResult {
        let amount = ledger.total(bucket)
        let gross = ledger.grossCharges
        return measure(
            kpi, .money(amount), over: .money(gross),
            noDataReason: gross.isZero
                ? "no gross charges were posted \(rangeText)" : "gross charges \(rangeText) net to \(gross)",
            drillDown: DrillDown(numerator: ledger.accounts(bucket), denominator: ledger.accounts(.grossCharges))
        ) { ratio in
            "\(words) \(amount) ÷ gross charges \(gross) \(rangeText) = \(ratio)"
        }
    }

    /// The site's revenue-cycle cost ÷ patient service cash collected (all sources).
    func costToCollect() -> KPIResult {
        guard let cost = facts.revenueCycleCost else {
            return .noData(
                .costToCollect,
                reason: "the site gives no revenue-cycle cost for \(facts.range.first) to \(facts.range.last)")
        }
        let cash = ledger.cash
        return measure(
            .costToCollect, .money(cost), over: .money(cash),
            noDataReason: "cash collected \(rangeText) is \(cash)",
            drillDown: DrillDown(denominator: ledger.accounts(.cash))
        ) { ratio in
            "revenue-cycle cost \(cost)\(costNote) ÷ patient service cash collected \(cash) (all sources) "
                + "\(rangeText) = \(ratio)"
        }
    }
}
