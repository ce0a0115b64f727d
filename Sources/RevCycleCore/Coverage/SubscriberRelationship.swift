/// How the patient is related to the insurance subscriber (the X12 `INS02`/`SBR02` idea, reduced
/// to what registration asks): the patient is the subscriber, their spouse, their child, or other.
public enum SubscriberRelationship: String, Sendable, Hashable, CaseIterable, Codable {
    case `self`
    case spouse
    case child
    case other

    /// - Throws: `invalidInput` naming `field` and the accepted values.
    public init(parsing text: String, field: String = "--subscriber-relationship") throws {
        guard let value = Self(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a subscriber relationship; expected self, spouse, child or other.",
                                at: field)
        }
        self = value
    }
}
