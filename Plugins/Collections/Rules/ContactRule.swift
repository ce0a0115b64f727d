import Foundation

/// A rule that can refuse a contact attempt, with the stable name staff and audit rows quote.
enum ContactRule: Sendable, Hashable {
    /// The channel is on the guarantor's do-not-contact list (12 CFR 1006.14(h)(1)).
    case doNotContact(ContactChannel)
    /// An active hold stops collection contact (a bankruptcy stay, a death, a dispute).
    case hold(CollectionHoldKind)
    /// No text without the guarantor's prior consent in force (TCPA, 47 U.S.C. 227).
    case textConsent
    /// No call within seven days after a telephone conversation (12 CFR 1006.14(b)(2)(i)(B)).
    case afterConversation
    /// No eighth call within seven consecutive days (12 CFR 1006.14(b)(2)(i)(A)).
    case callFrequency
    /// Only at a convenient time: 08:00–21:00 where the guarantor is, or the hours they asked for
    /// (12 CFR 1006.6(b)(1)(i)).
    case inconvenientTime

    /// The stable name: `reg-f.call-frequency`, `do-not-contact.call`, `hold.bankruptcy`.
    var name: String {
        switch self {
        case .doNotContact(let channel): "do-not-contact.\(channel.rawValue)"
        case .hold(let kind): "hold.\(kind.rawValue)"
        case .textConsent: "tcpa.text-consent"
        case .afterConversation: "reg-f.after-conversation"
        case .callFrequency: "reg-f.call-frequency"
        case .inconvenientTime: "reg-f.inconvenient-time"
        }
    }
}

/// Why a contact attempt may not be made now, in words a collector understands.
struct ContactRefusal: Sendable, Hashable, CustomStringConvertible {
    var rule: ContactRule
    /// What stops the attempt and, when there is one, the next moment it would be allowed.
    var message: String
    /// The next moment every contact rule allows this channel; `nil` when none will until
    /// something changes (a do-not-contact request withdrawn, consent given, a hold lifted).
    var nextAllowed: Date?

    var description: String { "\(rule.name): \(message)" }
}
