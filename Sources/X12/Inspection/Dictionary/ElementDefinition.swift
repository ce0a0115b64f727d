/// What one element of a segment is called and how its value reads to a person.
///
/// A plain string literal is a named text element: `1: "Patient control number"`.
struct ElementDefinition: Sendable, Hashable, ExpressibleByStringLiteral {
    enum Kind: Sendable, Hashable {
        case text
        /// Dollars and cents, shown as `$175.00`.
        case amount
        /// A fraction, shown as `20 %`.
        case percent
        /// `CCYYMMDD` or a `CCYYMMDD-CCYYMMDD` range, shown as `2026-11-02`.
        case date
        /// `HHMM`, shown as `12:30`.
        case time
        /// A code from a list.
        case codes(CodeList)
        /// A composite whose components are defined in order (`SVC01`: qualifier, procedure code, modifiers…).
        case composite([ElementDefinition])
    }

    var name: String
    var kind: Kind

    init(_ name: String, _ kind: Kind = .text) {
        self.name = name
        self.kind = kind
    }

    init(stringLiteral name: String) {
        self.init(name)
    }

    static func amount(_ name: String) -> Self { Self(name, .amount) }
    static func percent(_ name: String) -> Self { Self(name, .percent) }
    static func date(_ name: String) -> Self { Self(name, .date) }
    static func time(_ name: String) -> Self { Self(name, .time) }
    static func codes(_ name: String, _ list: CodeList) -> Self { Self(name, .codes(list)) }
    static func composite(_ name: String, _ components: [ElementDefinition]) -> Self { Self(name, .composite(components)) }

    /// What `element` means, for a person: each repetition decoded, `; ` between composite parts.
    ///
    /// - Parameter override: the guide's own code list for this element, when it has one (HL03).
    func meaning(of element: X12Element, override: CodeList? = nil) -> String? {
        let meanings = element.repetitions.compactMap { components -> String? in
            switch kind {
            case .composite(let parts):
                let decoded = zip(parts, components).compactMap { part, value in
                    value.isEmpty ? nil : part.meaning(ofValue: value, override: nil)
                }
                return decoded.isEmpty ? nil : decoded.joined(separator: "; ")
            default:
                return meaning(ofValue: components.first ?? "", override: override)
            }
        }
        return meanings.isEmpty ? nil : meanings.joined(separator: ", ")
    }

    private func meaning(ofValue value: String, override: CodeList?) -> String? {
        switch kind {
        case .text, .composite: nil
        case .amount: ValueFormat.dollars(value)
        case .percent: ValueFormat.percent(value)
        case .date: ValueFormat.date(value)
        case .time: ValueFormat.time(value)
        case .codes(let list): (override ?? list).meaning(of: value)
        }
    }
}

/// A segment's name and its elements' definitions by 1-based position.
struct SegmentDefinition: Sendable, Hashable {
    var name: String
    var elements: [Int: ElementDefinition]

    init(_ name: String, _ elements: [Int: ElementDefinition] = [:]) {
        self.name = name
        self.elements = elements
    }
}
