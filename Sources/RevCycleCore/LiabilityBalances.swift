/// The open balance of an account (or a guarantor) by liability, derived from postings.
public struct LiabilityBalances: Sendable, Hashable {
    public var byLiability: [Liability: Money]

    public init(_ byLiability: [Liability: Money] = [:]) {
        self.byLiability = byLiability.filter { !$0.value.isZero }
    }

    public subscript(liability: Liability) -> Money { byLiability[liability] ?? .zero }

    /// Everything owed on the account, credits netted.
    public var total: Money { byLiability.values.reduce(.zero, +) }
    public var insurance: Money {
        byLiability.reduce(.zero) { sum, pair in
            if case .insurance = pair.key { return sum + pair.value }
            return sum
        }
    }
    public var patient: Money { self[.patient] }
    public var credit: Money { self[.credit] }
}
