import RevCycleCore

/// A guarantor's segment, the points that led to it, and each rule's part in words.
struct PropensityAssessment: Sendable, Hashable, CustomStringConvertible {
    /// Which rule a reason comes from.
    enum Rule: String, CaseIterable, Sendable, Hashable {
        case history, timeliness, sharePaid = "share-paid", planAdherence = "plan-adherence", balance, coverage
    }

    /// One rule's points and why.
    struct Reason: Sendable, Hashable, CustomStringConvertible {
        let rule: Rule
        let points: Int
        let words: String

        /// `first payment 12 days after the first statement (within 30): +30`.
        var description: String { "\(words): \(points >= 0 ? "+" : "")\(points)" }
    }

    let guarantor: GuarantorID
    let segment: PropensitySegment
    /// The sum of the reasons' points (0 for a new guarantor).
    let points: Int
    let reasons: [Reason]

    /// `G3 high (70 points): first payment …: +30; …`.
    var description: String {
        "\(guarantor) \(segment) (\(points) points): " + reasons.map(\.description).joined(separator: "; ")
    }
}
