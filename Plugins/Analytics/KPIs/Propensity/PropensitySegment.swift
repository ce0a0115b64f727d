/// How likely a guarantor is to pay their balance, from their own history (``PropensityRules``).
enum PropensitySegment: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Pays early and in full: a reminder is enough.
    case high
    /// Pays, late or in part: statements and an offer of a plan.
    case medium
    /// Rarely pays: screen for financial assistance, then collection work.
    case low
    /// Too little history to judge.
    case new

    var description: String { rawValue }
}
