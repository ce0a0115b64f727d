/// The meanings of the codes one element may hold: `CLP02` `1` is `processed as primary`.
///
/// Code lists are data: each is a dictionary literal in a `CodeList+….swift` file. Meanings are short
/// and start in lower case, so that they read inside a line: `CLP02 Claim status: 1 (processed as primary)`.
struct CodeList: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    var meanings: [String: String]

    init(_ meanings: [String: String]) {
        self.meanings = meanings
    }

    init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// A list made from a table the typed transactions keep (`EligibilityRejection.Reason.descriptions`),
    /// with each meaning's first letter lowered.
    init(reusing descriptions: [String: String]) {
        self.init(descriptions.mapValues { $0.prefix(1).lowercased() + $0.dropFirst() })
    }

    func meaning(of code: String) -> String? {
        meanings[code]
    }

    /// This list with `other`'s meanings added, `other` winning where both have a code.
    func merging(_ other: CodeList) -> CodeList {
        CodeList(meanings.merging(other.meanings) { _, new in new })
    }
}

/// How values that are not codes are shown to people.
enum ValueFormat {
    /// `$1,234.50` for `1234.5`; `nil` when `text` is not a decimal number.
    static func dollars(_ text: String) -> String? {
        guard let decimal = X12Decimal(x12: text), let cents = decimal.scaled(to: 2) else { return nil }
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "$" + ([whole] + groups).joined(separator: ",") + "." + (fraction < 10 ? "0" : "")
            + String(fraction)
    }

    /// `20 %` for `.2`; `nil` when `text` is not a decimal number.
    static func percent(_ text: String) -> String? {
        guard let decimal = X12Decimal(x12: text), let basisPoints = decimal.scaled(to: 4) else { return nil }
        let whole = basisPoints / 100
        let rest = basisPoints.magnitude % 100
        return String(whole) + (rest == 0 ? "" : "." + (rest < 10 ? "0" : "") + String(rest)) + " %"
    }

    /// `2026-11-02` for `20261102` or `261102`, `2026-01-01 to 2026-12-31` for a range; `nil` otherwise.
    static func date(_ text: String) -> String? {
        if text.count == 17, let dash = text.firstIndex(of: "-"), let from = date(String(text[..<dash])),
            let to = date(String(text[text.index(after: dash)...]))
        {
            return "\(from) to \(to)"
        }
        let full = text.count == 6 ? "20" + text : text
        return X12Date(x12: full)?.description
    }

    /// `12:30` for `1230` or `123000`; `nil` otherwise.
    static func time(_ text: String) -> String? {
        guard [4, 6, 8].contains(text.count), text.utf8.allSatisfy(\.isASCIIDigit) else { return nil }
        let digits = Array(text)
        return String(digits[0..<2]) + ":" + String(digits[2..<4]) + (text.count > 4 ? ":" + String(digits[4..<6]) : "")
    }

    /// `2026-11-02 12:30`, or the raw text where it does not read as a date and a time.
    static func dateAndTime(_ date: String, _ time: String) -> String {
        [Self.date(date) ?? date, Self.time(time) ?? time].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
