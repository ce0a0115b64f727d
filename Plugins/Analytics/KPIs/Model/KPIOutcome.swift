import RevCycleCore

/// A KPI's value: a ratio, a plain amount (the aging table's totals), or no data with the reason.
enum KPIOutcome: Sendable, Hashable, CustomStringConvertible {
    case ratio(KPIRatio)
    case amount(Money)
    /// The denominator is zero or there are no rows: never a division by zero, always a reason.
    case noData(reason: String)

    var description: String {
        switch self {
        case .ratio(let ratio): ratio.description
        case .amount(let amount): amount.description
        case .noData: "no data"
        }
    }
}
