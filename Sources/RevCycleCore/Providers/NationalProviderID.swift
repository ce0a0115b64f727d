/// A National Provider Identifier: ten digits whose last is a Luhn check digit computed with the
/// `80840` prefix (the ISO card-issuer prefix CMS assigned), as 45 CFR 162.406 specifies.
///
/// ```swift
/// let npi = try NationalProviderID(parsing: "1234567893")
/// ```
public struct NationalProviderID: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public let digits: String

    /// - Throws: `invalidInput` naming `field` when the text is not ten digits or fails the check digit.
    public init(parsing text: String, field: String = "npi") throws {
        let digits = text.trimmingWhitespace()
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first == "1" || digits.first == "2" else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not an NPI; expected 10 digits starting with 1 or 2, such as 1234567893.",
                                at: field)
        }
        guard CardEntry.passesLuhnCheck("80840" + digits) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" fails the NPI check digit; it was probably mistyped.", at: field)
        }
        self.digits = digits
    }

    public var description: String { digits }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.digits < rhs.digits }
}
