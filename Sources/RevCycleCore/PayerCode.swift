/// A payer's code within a site (`MEDICARE`, `BCBSIL`, `AETNA`): letters, digits, `-` and `_`, at most 30.
public struct PayerCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ text: String) throws {
        let trimmed = text.trimmingWhitespace().uppercased()
        guard (1...30).contains(trimmed.count),
              trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw RevCycleError(
                .invalidInput,
                "\"\(text)\" is not a payer code; expected 1 to 30 letters, digits, '-' or '_', such as MEDICARE.")
        }
        rawValue = trimmed
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        try self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
