/// A federal tax identification number (EIN) of a provider or facility, kept as its nine digits.
///
/// ```swift
/// try TaxpayerID(parsing: "36-1234567").description  // "36-1234567"
/// ```
public struct TaxpayerID: Sendable, Hashable, Codable, CustomStringConvertible {
    public let digits: String

    public init(parsing text: String, field: String = "tin") throws {
        let digits = text.filter { $0 != "-" }
        guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits != "000000000" else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a tax id; expected 9 digits, such as 36-1234567.", at: field)
        }
        self.digits = digits
    }

    public var description: String { "\(digits.prefix(2))-\(digits.dropFirst(2))" }
}
