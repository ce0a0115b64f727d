import RevCycleCore

/// An account, a claim or a payment plan a KPI counts.
enum KPIReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    case account(AccountID)
    case claim(String)
    case plan(String)

    var description: String {
        switch self {
        case .account(let account): account.description
        case .claim(let claim): "claim \(claim)"
        case .plan(let plan): "plan \(plan)"
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.account(let a), .account(let b)): a < b
        case (.claim(let a), .claim(let b)), (.plan(let a), .plan(let b)): a < b
        default: lhs.kindOrder < rhs.kindOrder
        }
    }

    private var kindOrder: Int {
        switch self {
        case .account: 0
        case .claim: 1
        case .plan: 2
        }
    }
}
