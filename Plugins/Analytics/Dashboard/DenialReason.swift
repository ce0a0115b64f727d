import RevCycleCore

/// The denials of one claim adjustment reason code (CARC with its group code) in the period.
struct DenialReason: Sendable, Hashable {
    /// The group and reason code as on the 835, such as `"CO-197"`.
    var code: String
    /// The reason in words, such as `"Precertification/authorization absent"`.
    var words: String
    /// The amount denied for this reason.
    var amount: Money
    /// How many claim lines were denied for this reason.
    var count: Int
}
