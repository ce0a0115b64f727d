/// The order in which payers are billed: primary first, then secondary, then tertiary.
public enum CoveragePriority: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case primary
    case secondary
    case tertiary

    /// - Throws: `invalidInput` naming `field` and the accepted values.
    public init(parsing text: String, field: String = "--priority") throws {
        guard let value = Self(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a coverage priority; expected primary, secondary or tertiary.",
                                at: field)
        }
        self = value
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
