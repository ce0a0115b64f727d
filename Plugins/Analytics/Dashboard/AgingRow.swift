import RevCycleCore

/// One payer's (or the patients') open balance split into the five age buckets of an aging report.
struct AgingRow: Sendable, Hashable {
    /// The payer's name as staff know it, or a patient group such as `"Patients (self-pay)"`.
    var name: String
    var days0to30: Money
    var days31to60: Money
    var days61to90: Money
    var days91to120: Money
    var over120: Money

    /// The amount in one bucket.
    func amount(in bucket: AgingBucket) -> Money {
        switch bucket {
        case .days0to30: days0to30
        case .days31to60: days31to60
        case .days61to90: days61to90
        case .days91to120: days91to120
        case .over120: over120
        }
    }

    /// The row's open balance: the five buckets added exactly.
    var total: Money { AgingBucket.allCases.reduce(.zero) { $0 + amount(in: $1) } }
}

/// The age buckets of an aging report, youngest first. Each has one fixed colour on every chart,
/// running from cool to hot as balances age, from the Okabe–Ito palette (safe for colour-blind readers).
enum AgingBucket: String, Sendable, Hashable, CaseIterable {
    case days0to30 = "0-30"
    case days31to60 = "31-60"
    case days61to90 = "61-90"
    case days91to120 = "91-120"
    case over120 = "over-120"

    /// The bucket as printed in legends and table headings.
    var label: String {
        switch self {
        case .days0to30: "0–30 days"
        case .days31to60: "31–60 days"
        case .days61to90: "61–90 days"
        case .days91to120: "91–120 days"
        case .over120: "Over 120 days"
        }
    }

    var colour: String {
        switch self {
        case .days0to30: ChartPalette.blue
        case .days31to60: ChartPalette.skyBlue
        case .days61to90: ChartPalette.yellow
        case .days91to120: ChartPalette.orange
        case .over120: ChartPalette.vermillion
        }
    }
}
