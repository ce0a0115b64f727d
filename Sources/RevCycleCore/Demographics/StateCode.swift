/// A USPS two-letter state code: the 50 states, DC, the territories (AS, GU, MP, PR, VI, UM,
/// and the freely associated FM, MH, PW) and the military codes AA, AE, AP.
public struct StateCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Every code USPS accepts in an address.
    public static let all: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "DC", "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW", "AA", "AE", "AP",
    ]

    /// Parses `IL`, `il` or ` Il `.
    ///
    /// - Throws: `invalidInput` naming `field` when the text is not a USPS code.
    public init(parsing text: String, field: String = "state") throws {
        let code = text.trimmingWhitespace().uppercased()
        guard Self.all.contains(code) else {
            throw RevCycleError(.invalidInput,
                                "\"\(text)\" is not a USPS state code; expected two letters such as IL, DC or PR.", at: field)
        }
        rawValue = code
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
