/// The records behind a KPI's numerator and denominator, so staff can open the accounts or claims a
/// figure counts. Each list is sorted and holds each record once.
struct DrillDown: Sendable, Hashable {
    var numerator: [KPIReference]
    var denominator: [KPIReference]

    init(numerator: some Sequence<KPIReference> = [], denominator: some Sequence<KPIReference> = []) {
        self.numerator = Array(Set(numerator)).sorted()
        self.denominator = Array(Set(denominator)).sorted()
    }

    init() {
        numerator = []
        denominator = []
    }
}
