/// How a guarantor is related to the patient they are responsible for.
public enum GuarantorRelationship: String, Sendable, Hashable, CaseIterable, Codable {
    case `self`
    case spouse
    case parent
    case guardian
    case other

    /// - Throws: `invalidInput` naming `field` and the accepted values.
    public init(parsing text: String, field: String = "relationship") throws {
        guard let value = Self(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a guarantor relationship; expected one of: "
                                + Self.allCases.map(\.rawValue).joined(separator: ", ") + ".", at: field)
        }
        self = value
    }
}
