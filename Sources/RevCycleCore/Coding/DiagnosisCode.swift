/// An ICD-10-CM diagnosis code, kept without its dot (`R519` for R51.9) as X12 carries it.
///
/// The format is checked (a letter, a digit, a letter or digit, then up to four letters or
/// digits); whether the code exists in this year's code set is the billing scrubber's concern.
///
/// ```swift
/// try DiagnosisCode(parsing: "r51.9").description  // "R51.9"
/// ```
public struct DiagnosisCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Upper case, no dot: `R519`, `E119`, `Z0000`.
    public let compact: String

    public init(parsing text: String, field: String = "diagnosis") throws {
        let code = text.trimmingWhitespace().uppercased()
        var compact = code
        if let dot = code.firstIndex(of: ".") {
            guard code.distance(from: code.startIndex, to: dot) == 3 else { throw Self.invalid(text, field) }
            compact.remove(at: dot)
        }
        let characters = Array(compact)
        let isAlphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard (3...7).contains(characters.count), characters[0].isASCII, characters[0].isLetter, characters[1].isNumber,
              characters.allSatisfy(isAlphanumeric) else { throw Self.invalid(text, field) }
        self.compact = compact
    }

    /// With its dot, as clinicians write it: `R51.9`.
    public var description: String {
        compact.count > 3 ? "\(compact.prefix(3)).\(compact.dropFirst(3))" : compact
    }

    private static func invalid(_ text: String, _ field: String) -> RevCycleError {
        RevCycleError(.invalidInput, "\"\(text)\" is not an ICD-10-CM code; expected a letter, two characters and up to four more, such as R51.9 or E11.9.",
                      at: field)
    }
}
