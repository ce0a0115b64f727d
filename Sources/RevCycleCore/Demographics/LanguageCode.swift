/// A preferred language as an ISO 639 code: two letters (ISO 639-1, `en`, `es`) or three
/// (ISO 639-2, `haw`, `hmn`), stored lowercase.
///
/// Only the shape is checked: the registry of codes changes, and a registrar needs `hmn` (Hmong,
/// which has no two-letter code) to work the day it is needed.
public struct LanguageCode: Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// - Throws: `invalidInput` naming `field` when the text is not 2 or 3 letters.
    public init(parsing text: String, field: String = "language") throws {
        let code = text.trimmingWhitespace().lowercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw RevCycleError(.invalidInput,
                                "\"\(text)\" is not a language code; expected an ISO 639-1 or 639-2 code such as en, es or hmn.",
                                at: field)
        }
        rawValue = code
    }

    public var description: String { rawValue }
}
