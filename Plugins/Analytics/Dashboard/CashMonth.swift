import RevCycleCore

/// Cash collected in one month, by where it came from.
struct CashMonth: Sendable, Hashable {
    /// The month as `YYYY-MM`, such as `"2026-07"` (charts print it as "Jul" over "2026"); any other
    /// text is printed as given.
    var month: String
    var insurance: Money
    var patient: Money
    var pointOfService: Money
    var plans: Money
    var agency: Money

    /// The amount from one source.
    func amount(from source: CashSource) -> Money {
        switch source {
        case .insurance: insurance
        case .patient: patient
        case .pointOfService: pointOfService
        case .plans: plans
        case .agency: agency
        }
    }

    /// The month's cash: the five sources added exactly.
    var total: Money { CashSource.allCases.reduce(.zero) { $0 + amount(from: $1) } }
}

/// Where cash comes from, in the order the trend chart stacks it (largest usual source at the base).
/// Each has one fixed colour from the Okabe–Ito palette, chosen so neighbours in the stack differ.
enum CashSource: String, Sendable, Hashable, CaseIterable {
    case insurance
    case patient
    case pointOfService = "point-of-service"
    case plans
    case agency

    /// The source as printed in legends and table headings.
    var label: String {
        switch self {
        case .insurance: "Insurance"
        case .patient: "Patient statements"
        case .pointOfService: "Point of service"
        case .plans: "Payment plans"
        case .agency: "Collection agency"
        }
    }

    var colour: String {
        switch self {
        case .insurance: ChartPalette.blue
        case .patient: ChartPalette.orange
        case .pointOfService: ChartPalette.bluishGreen
        case .plans: ChartPalette.reddishPurple
        case .agency: ChartPalette.skyBlue
        }
    }
}
