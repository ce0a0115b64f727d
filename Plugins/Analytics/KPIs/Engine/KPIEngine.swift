import RevCycleCore

/// Computes every KPI in ``KPI`` from one ``AnalyticsFacts`` value: pure, no storage, integers only.
///
/// Activity KPIs count what happened inside `facts.range` (both ends included); snapshot KPIs
/// (``KPI/isSnapshot``) read the receivables at the range's end. Each result carries its formula with the
/// figures and its drill-down, and a KPI whose denominator is zero or that has no rows is
/// ``KPIOutcome/noData(reason:)``: nothing is ever divided by zero.
///
/// ```swift
/// let results = KPIEngine.compute(facts)
/// for result in results { print(result.kpi.id, result.outcome, result.formula) }
/// ```
///
/// Definitions (HFMA MAP Keys where one exists; DOMAIN.md "KPIs"):
/// - Net revenue = gross charges − contractual − charity − administrative adjustments in the range;
///   average daily net revenue = net revenue ÷ days in the range (exact: the days multiply the numerator).
/// - Net A/R = insurance and patient balances at the range's end; credit balances are left out (they have
///   their own KPI, days in credit balance). MAP Key FM: net A/R ÷ average daily net patient service revenue.
/// - Aging ages each balance from its date of service to the range's last day (``AgeBucket``).
/// - Aged A/R > 90 days counts billed balances only (``AnalyticsFacts/Receivable/isBilled``), as MAP Key
///   AR-1 ("billed A/R > 90 days ÷ total billed A/R") does; AR-2 is the same by payer.
/// - Denied dollars are the `deniedAmount` of initially denied claims ÷ the charges of all claims submitted.
///   A claim's denied dollars are split evenly over its distinct reason codes (``Money/split(into:)``,
///   first-listed reason gets the extra cent) so the Pareto adds up to the denied total exactly.
/// - Cash is the ledger's `cash` bucket (all sources; refunds are their own bucket and not deducted).
///   Cost to collect divides by it: MAP Key "total patient service cash collected" means cash from payers
///   and patients for patient services.
/// - Plan default rate is a cohort: plans created in the range that defaulted on or before
///   ``plansObservedThrough`` (the range's last day unless the monthly series says otherwise).
struct KPIEngine: Sendable {
    let facts: AnalyticsFacts
    let ledger: LedgerSums
    /// The last day a plan's default counts for the plans created in the range.
    let plansObservedThrough: CalendarDate
    /// Words after the cost figure in cost to collect (the monthly series notes its proration).
    let costNote: String

    init(_ facts: AnalyticsFacts, plansObservedThrough: CalendarDate? = nil, costNote: String = "") {
        self.facts = facts
        ledger = LedgerSums(facts)
        self.plansObservedThrough = plansObservedThrough ?? facts.range.last
        self.costNote = costNote
    }

    /// Every KPI for `facts.range`, in ``KPI/allCases`` order.
    static func compute(_ facts: AnalyticsFacts) -> [KPIResult] { KPIEngine(facts).compute() }

    /// Every KPI, in ``KPI/allCases`` order.
    func compute() -> [KPIResult] { KPI.allCases.map(compute) }

    /// One KPI.
    func compute(_ kpi: KPI) -> KPIResult {
        switch kpi {
        case .netDaysInAR: netDaysInAR()
        case .arAging: arAging()
        case .agedAROver90Days: agedAROver90Days()
        case .cleanClaimRate: cleanClaimRate()
        case .initialDenialRate: initialDenialRate()
        case .initialDenialDollarRate: initialDenialDollarRate()
        case .denialReasons: denialReasons()
        case .pointOfServiceCash: pointOfServiceCash()
        case .netCollectionRate: netCollectionRate()
        case .badDebtShare: share(of: .badDebt, kpi: .badDebtShare, words: "bad debt")
        case .charityShare: share(of: .charityAdjustment, kpi: .charityShare, words: "charity care")
        case .daysInCreditBalance: daysInCreditBalance()
        case .insuranceVerificationRate: insuranceVerificationRate()
        case .planDefaultRate: planDefaultRate()
        case .timeToCollect: timeToCollect()
        case .costToCollect: costToCollect()
        }
    }

    // MARK: - Helpers shared by the KPI files

    /// `from 2026-03-01 to 2026-03-31`.
    var rangeText: String { "from \(facts.range.first) to \(facts.range.last)" }

    /// `1 claim`, `3 claims`: a count with its noun (English plural by adding "s").
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// A ratio result, or no data with `noDataReason` when the denominator is zero or less.
    func measure(
        _ kpi: KPI, scope: KPIScope = .whole, _ numerator: KPIRatio.Quantity, over denominator: KPIRatio.Quantity,
        unit: KPIRatio.Unit = .percent, noDataReason: @autoclosure () -> String, drillDown: DrillDown,
        breakdown: [KPIResult] = [], formula: (KPIRatio) -> String
    ) -> KPIResult {
        guard let ratio = KPIRatio(numerator, over: denominator, unit: unit) else {
            var result = KPIResult.noData(kpi, scope: scope, reason: noDataReason(), drillDown: drillDown)
            result.breakdown = breakdown
            return result
        }
        return KPIResult(
            kpi: kpi, scope: scope, outcome: .ratio(ratio), formula: formula(ratio), drillDown: drillDown,
            breakdown: breakdown)
    }
}
