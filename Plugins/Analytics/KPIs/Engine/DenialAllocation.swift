import RevCycleCore

/// A denied claim's denied dollars attributed to one of its reason codes.
///
/// The 835 gives reasons per claim here, not dollars per reason, so a claim's `deniedAmount` is split
/// evenly over its distinct reason codes with ``Money/split(into:)`` (the first-listed reasons carry the
/// extra cents). The parts add up to the claim's denied amount exactly, so a Pareto over reasons ends at
/// 100% of the denied dollars. A denied claim that lists no reason is filed under ``unspecified``.
struct DenialAllocation: Sendable, Hashable {
    static let unspecified = "unspecified"

    let claim: String
    let payer: String
    let reason: String
    let amount: Money

    /// The allocations of every initially denied claim in `claims`, in claim order then reason order.
    static func allocations(_ claims: [AnalyticsFacts.ClaimFact]) -> [DenialAllocation] {
        claims.filter(\.initiallyDenied).flatMap { claim in
            var reasons: [String] = []
            for reason in claim.denialReasons where !reasons.contains(reason) { reasons.append(reason) }
            if reasons.isEmpty { reasons = [unspecified] }
            return zip(reasons, claim.deniedAmount.split(into: reasons.count)).map { reason, amount in
                DenialAllocation(claim: claim.claim, payer: claim.payer, reason: reason, amount: amount)
            }
        }
    }
}
