import RevCycleCore

/// A patient-provider dispute over a bill that exceeds a good-faith estimate, and the No Surprises Act
/// rules for starting and honouring one (45 CFR 149.620), with the threshold and window taken from
/// ``GoodFaithEstimateDisputeRule`` (RevCycleCore) so the estimate's disclaimers and these checks agree.
///
/// - An uninsured or self-pay patient may dispute a provider's bill when its total billed charges are
///   at least $400 above that provider's total on the good-faith estimate (§ 149.620(a)(2), (b)).
/// - The dispute must be started within 120 calendar days of the date on the initial bill
///   (§ 149.620(c)): the bill date is day 0, day 120 is the last day to file, day 121 is too late.
/// - While the dispute is open the provider may not send the bill to collections (or must suspend
///   collection already started) and must stop late fees on it, until the dispute is resolved.
///
/// ```swift
/// let comparisons = EstimateDispute.compare(estimate: estimate, billed: billLines)
/// let flagged = comparisons.filter(\.isSubstantiallyInExcess)
/// let answer = EstimateDispute.eligibility(of: flagged[0], initialBillDate: billDate, on: today)
/// let dispute = try EstimateDispute(comparison: flagged[0], initialBillDate: billDate, filedOn: today)
/// dispute.holdsCollections(on: today)   // true until resolved
/// ```
struct EstimateDispute: Sendable, Hashable {
    // MARK: - Rules

    /// Each provider's billed total against its estimated total, ordered by NPI.
    ///
    /// A provider billed without appearing on the estimate is compared with $0.00 and marked
    /// ``EstimateComparison/wasOnEstimate`` false; a provider on the estimate that has not billed is
    /// compared with a bill of $0.00. A provider's name is taken from its first line.
    static func compare(
        estimate: [ProviderCharge], billed: [ProviderCharge], rule: GoodFaithEstimateDisputeRule = .noSurprisesAct
    ) -> [EstimateComparison] {
        let estimated = Dictionary(estimate.map { ($0.npi, $0.amount) }, uniquingKeysWith: +)
        let billedTotals = Dictionary(billed.map { ($0.npi, $0.amount) }, uniquingKeysWith: +)
        let names = Dictionary((estimate + billed).map { ($0.npi, $0.providerName) }, uniquingKeysWith: { first, _ in first })
        return Set(estimated.keys).union(billedTotals.keys).sorted().map { npi in
            EstimateComparison(
                npi: npi, providerName: names[npi] ?? npi.description, estimated: estimated[npi] ?? .zero,
                billed: billedTotals[npi] ?? .zero, wasOnEstimate: estimated[npi] != nil, rule: rule)
        }
    }

    /// Each provider's billed total against the good-faith estimate's items for that provider.
    static func compare(
        estimate: GoodFaithEstimate, billed: [ProviderCharge], rule: GoodFaithEstimateDisputeRule = .noSurprisesAct
    ) -> [EstimateComparison] {
        let lines = estimate.items.map { ProviderCharge(npi: $0.npi, providerName: $0.providerName, amount: $0.expectedCharge) }
        return compare(estimate: lines, billed: billed, rule: rule)
    }

    /// Whether the patient may start a dispute over `comparison`'s provider on `date`.
    static func eligibility(
        of comparison: EstimateComparison, initialBillDate: CalendarDate, on date: CalendarDate
    ) -> DisputeEligibility {
        guard comparison.isSubstantiallyInExcess else {
            return .notSubstantiallyInExcess(excess: comparison.excess, threshold: comparison.rule.threshold)
        }
        if date < initialBillDate { return .beforeInitialBill(initialBillDate: initialBillDate) }
        let last = comparison.rule.lastDayToDispute(billedOn: initialBillDate)
        return date <= last ? .eligible(lastDayToFile: last) : .windowClosed(lastDayToFile: last)
    }

    // MARK: - A filed dispute

    let comparison: EstimateComparison
    let initialBillDate: CalendarDate
    let filedOn: CalendarDate
    /// The day the dispute was decided or withdrawn; nil while open.
    let resolvedOn: CalendarDate?

    /// Records a dispute filed on `filedOn`.
    ///
    /// - Throws: `invalidInput` when the bill is not substantially in excess, or the window is closed
    ///   (the message says which, and the dates).
    init(comparison: EstimateComparison, initialBillDate: CalendarDate, filedOn: CalendarDate) throws {
        let eligibility = Self.eligibility(of: comparison, initialBillDate: initialBillDate, on: filedOn)
        guard eligibility.isEligible else {
            throw RevCycleError(
                .invalidInput,
                "A dispute over the bill from \(comparison.providerName) filed on \(filedOn) is refused. \(eligibility.explanation)")
        }
        self.comparison = comparison
        self.initialBillDate = initialBillDate
        self.filedOn = filedOn
        self.resolvedOn = nil
    }

    private init(_ dispute: EstimateDispute, resolvedOn: CalendarDate) {
        comparison = dispute.comparison
        initialBillDate = dispute.initialBillDate
        filedOn = dispute.filedOn
        self.resolvedOn = resolvedOn
    }

    /// The same dispute, resolved (decided or withdrawn) on `date`.
    ///
    /// - Throws: `invalidInput` when `date` is before the filing date.
    func resolved(on date: CalendarDate) throws -> EstimateDispute {
        guard date >= filedOn else {
            throw RevCycleError(.invalidInput, "A dispute filed on \(filedOn) cannot be resolved on \(date), before it was filed.")
        }
        return EstimateDispute(self, resolvedOn: date)
    }

    /// Whether the dispute is open on `date`: from the filing date up to the day before it is resolved.
    func isOpen(on date: CalendarDate) -> Bool {
        filedOn <= date && (resolvedOn.map { date < $0 } ?? true)
    }

    /// Whether the bill is held from collections on `date` (not sent; collection already started suspended).
    func holdsCollections(on date: CalendarDate) -> Bool { isOpen(on: date) }

    /// Whether late fees on the bill are stopped on `date`.
    func stopsLateFees(on date: CalendarDate) -> Bool { isOpen(on: date) }
}
