/// A North American Numbering Plan phone number, kept as its ten digits.
///
/// Punctuation, spaces and a leading `1` or `+1` are dropped: `(312) 555-0142`, `312.555.0142` and
/// `+1 312 555 0142` are the same number. The area code and exchange must start with 2–9, as
/// the NANP requires.
///
/// ```swift
/// let phone = try PhoneNumber(parsing: "(312) 555-0142")
/// phone.digits       // "3125550142"
/// phone.description  // "312-555-0142"
/// ```
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ten digits, no punctuation.
    public let digits: String

    /// - Throws: `invalidInput` naming `field` when the text is not a ten-digit NANP number.
    public init(parsing text: String, field: String = "phone") throws {
        let allowed = Set(" ()-.+")
        var digits = text.filter { $0.isASCII && $0.isNumber }
        if digits.count == 11, digits.first == "1" { digits.removeFirst() }
        let punctuationOnly = text.allSatisfy { ($0.isASCII && $0.isNumber) || allowed.contains($0) }
        guard punctuationOnly, digits.count == 10,
              let area = digits.first, area >= "2",
              let exchange = digits.dropFirst(3).first, exchange >= "2" else {
            throw RevCycleError(.invalidInput,
                                "\"\(text)\" is not a phone number; expected 10 digits (area code and exchange starting 2-9), such as 312-555-0142.",
                                at: field)
        }
        self.digits = digits
    }

    /// `312-555-0142`.
    public var description: String { "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))" }
}
