import RevCycleCore

/// A household's income measured against one poverty guideline, exactly.
///
/// Everything is integer arithmetic on cents: ``isAtOrBelow(percent:)`` compares
/// `income × 100 ≤ line × percent` with no rounding at all, so an income of exactly 200% of the line
/// is at 200% and one cent more is above it. ``basisPoints`` is for display and storage, rounded down.
///
/// ```swift
/// let level = try PovertyLevel(income: Money(cents: 6_600_000), household: try HouseholdSize(4),
///                              guideline: PovertyGuidelines.hhsPublished.year(2026).contiguousStatesAndDC)
/// level.basisPoints               // 20_000 (200.00%)
/// level.isAtOrBelow(percent: 200) // true
/// ```
struct PovertyLevel: Sendable, Hashable {
    /// The household's annual income, as the application counts it.
    let income: Money
    let household: HouseholdSize
    /// The guideline measured against (year and region).
    let guideline: PovertyGuideline
    /// The poverty line for this household: the guideline for its size.
    let line: Money

    /// - Throws: `invalidInput` for a negative income.
    init(income: Money, household: HouseholdSize, guideline: PovertyGuideline) throws {
        guard !income.isNegative else {
            throw RevCycleError(
                .invalidInput, "A household income of \(income) is negative; expected zero or more.",
                remedy: "Enter the household's annual income; a loss counts as zero.")
        }
        self.income = income
        self.household = household
        self.guideline = guideline
        self.line = guideline.line(for: household)
    }

    /// Income as a share of the line in basis points of poverty (200% = 20,000), rounded down.
    var basisPoints: Int64 {
        ExactArithmetic.floorOfProduct(income.cents, 10_000, dividedBy: line.cents)
    }

    /// Whether `basisPoints` is the exact share, with nothing rounded away.
    var isExact: Bool {
        line.cents.dividingFullWidth(income.cents.multipliedFullWidth(by: 10_000)).remainder == 0
    }

    /// Whether income is at or below `percent`% of the line, exactly: `income × 100 ≤ line × percent`.
    func isAtOrBelow(percent: Int) -> Bool {
        ExactArithmetic.product(income.cents, 100, isAtMost: line.cents, Int64(percent))
    }

    /// "household of 4 in IL (48 contiguous states and DC), 2026 guideline $33,000; income $66,000 is
    /// exactly 200.00% of it" — the measurement in words.
    func explanation(state: StateCode) -> String {
        let share = PolicyText.percent(basisPoints: basisPoints)
        let people = household.people == 1 ? "household of 1" : "household of \(household.people)"
        return "\(people) in \(state) (\(guideline.region.displayName)), \(guideline.year) guideline "
            + "\(PolicyText.dollars(line)); income \(PolicyText.dollars(income)) is "
            + (isExact ? "exactly \(share)" : "\(share) (rounded down)") + " of it"
    }
}
