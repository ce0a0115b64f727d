import RevCycleCore

/// The card numbers the sandbox gateway treats specially, so a demo or a test can meet every answer
/// a real processor gives. Any other number that passes its check digit is approved.
///
/// | number | answer |
/// |---|---|
/// | 4242 4242 4242 4242 | approved (Visa) |
/// | 5555 5555 5555 4444 | approved (Mastercard) |
/// | 3782 822463 10005 | approved (American Express) |
/// | 4000 0000 0000 0002 | declined: do not honor |
/// | 4000 0000 0000 9995 | declined: insufficient funds |
/// | 4000 0000 0000 0069 | declined: expired card |
/// | 4000 0000 0000 0127 | declined: incorrect security code |
/// | 4000 0000 0000 9979 | declined: lost or stolen |
/// | 4000 0000 0000 0119 | declined: processing error |
public enum SandboxTestCard {
    /// The decline a test number always meets; nil for a number that is approved.
    static let declines: [String: DeclineReason] = [
        "4000000000000002": .doNotHonor,
        "4000000000009995": .insufficientFunds,
        "4000000000000069": .expiredCard,
        "4000000000000127": .incorrectSecurityCode,
        "4000000000009979": .lostOrStolen,
        "4000000000000119": .processingError,
    ]

    public static let approvedVisa = "4242424242424242"
    public static let declinedDoNotHonor = "4000000000000002"
    public static let declinedInsufficientFunds = "4000000000009995"
}
