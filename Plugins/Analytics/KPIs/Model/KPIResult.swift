/// One KPI for one scope (the whole site, a payer, an age bucket, a reason code): its value or why there
/// is none, the formula with its figures, the records behind it, and finer results under it.
///
/// ```swift
/// let results = KPIEngine.compute(facts)
/// if let days = results[.netDaysInAR]?.ratio { print(days) }          // "41.3 days"
/// results[.initialDenialRate]?.breakdown                               // one result per payer, then per reason
/// ```
struct KPIResult: Sendable, Hashable {
    var kpi: KPI
    var scope: KPIScope
    var outcome: KPIOutcome
    /// The formula in words with this result's figures
    /// (`net A/R $12,345.00 ÷ average daily net revenue $1,234.50 ($37,035.00 over 30 days) = 10.0 days`),
    /// or the definition and the reason there is no figure.
    var formula: String
    /// The accounts, claims or plans behind the numerator and the denominator.
    var drillDown: DrillDown
    /// On a Pareto row (``KPI/denialReasons``): the share of this reason and every larger one.
    var cumulativeShare: KPIRatio?
    /// Finer results: by payer, by age bucket, by reason; the median for time to collect.
    var breakdown: [KPIResult]

    init(
        kpi: KPI, scope: KPIScope = .whole, outcome: KPIOutcome, formula: String,
        drillDown: DrillDown = DrillDown(), cumulativeShare: KPIRatio? = nil, breakdown: [KPIResult] = []
    ) {
        self.kpi = kpi
        self.scope = scope
        self.outcome = outcome
        self.formula = formula
        self.drillDown = drillDown
        self.cumulativeShare = cumulativeShare
        self.breakdown = breakdown
    }

    /// A result with no figure; the formula names the definition and the reason.
    static func noData(
        _ kpi: KPI, scope: KPIScope = .whole, reason: String, drillDown: DrillDown = DrillDown()
    ) -> KPIResult {
        KPIResult(
            kpi: kpi, scope: scope, outcome: .noData(reason: reason),
            formula: "\(kpi.definition): no data (\(reason))", drillDown: drillDown)
    }

    /// The ratio, when there is one.
    var ratio: KPIRatio? {
        if case .ratio(let ratio) = outcome { return ratio }
        return nil
    }

    /// Why there is no figure, when there is none.
    var noDataReason: String? {
        if case .noData(let reason) = outcome { return reason }
        return nil
    }

    /// The first finer result (one level down) for `scope`.
    func breakdown(_ scope: KPIScope) -> KPIResult? {
        breakdown.first { $0.scope == scope }
    }
}

extension [KPIResult] {
    /// The site-wide result for `kpi`.
    subscript(kpi: KPI) -> KPIResult? { first { $0.kpi == kpi && $0.scope == .whole } }
}
