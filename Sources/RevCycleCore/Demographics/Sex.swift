/// Administrative sex as registration records it (the X12 `DMG03` codes): female, male, unknown,
/// and `X` for a non-binary or unspecified marker on identity documents.
public enum Sex: String, Sendable, Hashable, CaseIterable, Codable {
    case female = "F"
    case male = "M"
    case nonBinary = "X"
    case unknown = "U"

    /// Parses `F`, `M`, `X` or `U` (any case).
    ///
    /// - Throws: `invalidInput` naming `field` and the accepted letters.
    public init(parsing text: String, field: String = "sex") throws {
        guard let sex = Sex(rawValue: text.trimmingWhitespace().uppercased()) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a sex code; expected F, M, X or U.", at: field)
        }
        self = sex
    }
}
