/// A HCPCS Level II or CPT code: five characters, CPT as five digits or four digits and `F`/`T`,
/// HCPCS as a letter and four digits (`99213`, `0001F`, `J1100`).
public struct ServiceCode: Sendable, Hashable, Codable, CustomStringConvertible, RawRepresentable {
    public let rawValue: String

    public init?(rawValue: String) {
        guard let code = try? ServiceCode(parsing: rawValue) else { return nil }
        self = code
    }

    /// - Throws: `invalidInput` naming `field` when the text is not a five-character CPT or HCPCS code.
    public init(parsing text: String, field: String = "code") throws {
        let code = text.trimmingWhitespace().uppercased()
        let characters = Array(code)
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let valid = characters.count == 5 && (
            characters.allSatisfy(isDigit)
                || (characters.prefix(4).allSatisfy(isDigit) && (characters[4] == "F" || characters[4] == "T"))
                || (characters[0].isASCII && characters[0].isLetter && characters.dropFirst().allSatisfy(isDigit)))
        guard valid else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a CPT or HCPCS code; expected five characters such as 99213, 0001F or J1100.",
                                at: field)
        }
        rawValue = code
    }

    public var description: String { rawValue }
}
