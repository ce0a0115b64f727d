/// A way of reaching a guarantor about what they owe.
///
/// The channel decides which rules apply: Regulation F's call-frequency limits count telephone
/// calls only (comment 14(b)-1: a text or an email is not "placing a telephone call"); the
/// convenient-hours rule covers every channel that reaches the person at a moment, including
/// electronic messages, which occur when they are sent (comment 6(b)(1)(i)-1); letters have no
/// time of day; texts need the patient's prior consent (TCPA).
enum ContactChannel: String, Sendable, Hashable, CaseIterable, Comparable {
    case call, letter, text, email
    case portalMessage = "portal-message"

    /// The channel in a collector's words: "a call", "a letter".
    var words: String {
        switch self {
        case .call: "a call"
        case .letter: "a letter"
        case .text: "a text message"
        case .email: "an email"
        case .portalMessage: "a patient-portal message"
        }
    }

    /// Whether the channel reaches the person at a moment, so that Regulation F's convenient-hours
    /// rule (12 CFR 1006.6(b)(1)(i)) applies. A letter is read whenever the patient opens it.
    var isTimeSensitive: Bool { self != .letter }

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
