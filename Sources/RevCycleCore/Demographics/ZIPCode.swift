/// A US ZIP code: five digits, or ZIP+4 (`62704-1234`; `627041234` is accepted and shown with the dash).
public struct ZIPCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `62704` or `62704-1234`.
    public let rawValue: String

    /// - Throws: `invalidInput` naming `field` when the text is not 5 or 9 digits.
    public init(parsing text: String, field: String = "zip") throws {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.filter { $0 != "-" }
        let dashes = trimmed.filter { $0 == "-" }.count
        let shapeIsRight = (digits.count == 5 && dashes == 0)
            || (digits.count == 9 && (dashes == 0 || (dashes == 1 && trimmed.firstIndex(of: "-") == trimmed.index(trimmed.startIndex, offsetBy: 5))))
        guard shapeIsRight, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a ZIP code; expected 5 digits or ZIP+4, such as 62704 or 62704-1234.",
                                at: field)
        }
        rawValue = digits.count == 5 ? digits : "\(digits.prefix(5))-\(digits.suffix(4))"
    }

    /// The five-digit part.
    public var zip5: String { String(rawValue.prefix(5)) }
    public var description: String { rawValue }
}
