import RevCycleCore

extension AccountExplanationFacts {
    /// The patient's financial-assistance (charity care) application and what it has taken off.
    struct Assistance: Sendable, Hashable {
        /// Where the application stands.
        enum Status: String, Sendable, Hashable, CaseIterable {
            /// Complete and being decided (IRS 501(r): collection actions wait for the decision).
            case inReview = "in-review"
            /// Received with papers missing; the patient is told what to send.
            case incomplete
            case approved
            case denied
        }

        var status: Status
        /// The approved discount in basis points (7,500 = 75%), when the policy is a percentage.
        var discountBasisPoints: Int? = nil
        /// The charity adjustment posted to the account so far.
        var applied: Money = .zero
    }
}
