import RevCycleCore

/// A receivable read for the KPIs: who owes it (a payer or the patient) or whether it is a credit, and its
/// age bucket on the aging day.
struct OpenBalance: Sendable, Hashable {
    /// Who owes an open balance, in the aging table's row order: payers by code, then the patient.
    enum Owner: Sendable, Hashable, Comparable, CustomStringConvertible {
        case payer(String)
        case patient

        var scope: KPIScope {
            switch self {
            case .payer(let payer): .payer(payer)
            case .patient: .patient
            }
        }

        var description: String {
            switch self {
            case .payer(let payer): payer
            case .patient: "patient"
            }
        }

        static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case (.payer(let a), .payer(let b)): a < b
            case (.payer, .patient): true
            default: false
            }
        }
    }

    let receivable: AnalyticsFacts.Receivable
    /// `nil` for a credit balance (`ar:credit`).
    let owner: Owner?
    let age: AgeBucket

    /// `nil` for a bucket that is not a receivable (the facts should hold none).
    init?(_ receivable: AnalyticsFacts.Receivable, asOf: CalendarDate) {
        guard let bucket = try? LedgerBucket(code: receivable.bucket), let liability = bucket.liability else {
            return nil
        }
        switch liability {
        case .insurance(let payer): owner = .payer(payer.rawValue)
        case .patient: owner = .patient
        case .credit: owner = nil
        }
        self.receivable = receivable
        age = AgeBucket(ageInDays: AgeBucket.age(serviceDate: receivable.serviceDate, asOf: asOf))
    }

    var amount: Money { receivable.amount }
    var reference: KPIReference { .account(receivable.account) }
}

extension Sequence<OpenBalance> {
    var total: Money { reduce(.zero) { $0 + $1.amount } }
    var references: [KPIReference] { map(\.reference) }

    /// The owed balances grouped by who owes them, in the aging table's row order (credits left out).
    var byOwner: [(owner: OpenBalance.Owner, balances: [OpenBalance])] {
        var groups: [OpenBalance.Owner: [OpenBalance]] = [:]
        for balance in self {
            if let owner = balance.owner { groups[owner, default: []].append(balance) }
        }
        return groups.sorted { $0.key < $1.key }.map { (owner: $0.key, balances: $0.value) }
    }
}
