import RevCycleCore

/// What the hospital must do once a patient is found eligible for financial assistance
/// (26 CFR 1.501(r)-6(c)(6)): reverse the ECAs taken and refund what was paid above the new amount.
enum AssistanceObligation: Sendable, Hashable, CustomStringConvertible {
    /// Reverse an action taken for the care.
    case reverse(TakenExtraordinaryAction)
    /// Refund what the patient paid above what they owe under the policy.
    case refund(Money)

    /// The obligation as a task for staff.
    var description: String {
        switch self {
        case .reverse(let action):
            "Reverse \(action.kind.words) taken on \(action.takenOn): \(action.kind.reversal)."
        case .refund(let amount):
            "Refund \(amount): the patient paid more than they owe under financial assistance."
        }
    }
}
