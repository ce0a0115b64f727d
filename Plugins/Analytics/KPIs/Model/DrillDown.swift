/// The records behind a KPI's numerator and denominator, so staff can open the accounts or claims a
/// figure counts. Each list is sorted and holds each record once.
///
/// The lists are kept as gathered and sorted only when read: every KPI carries its drill-down, but
/// only a drill-down someone asks for is worth sorting (a year of a hospital is 100,000 accounts).
struct DrillDown: Sendable, Hashable {
    private let gatheredNumerator: [KPIReference]
    private let gatheredDenominator: [KPIReference]

    var numerator: [KPIReference] { Array(Set(gatheredNumerator)).sorted() }
    var denominator: [KPIReference] { Array(Set(gatheredDenominator)).sorted() }

    init(numerator: some Sequence<KPIReference> = [], denominator: some Sequence<KPIReference> = []) {
        gatheredNumerator = Array(numerator)
        gatheredDenominator = Array(denominator)
    }

    init() {
        gatheredNumerator = []
        gatheredDenominator = []
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator }
    func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }
}
