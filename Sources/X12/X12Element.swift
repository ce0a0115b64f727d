/// One element of a segment: one or more repetitions, each of one or more components.
///
/// Most elements are simple: one repetition of one component, whose text is ``value``. A composite
/// element (`SV101` = `HC:99213`) has several ``components``; a repeating element (`HI` codes in some
/// guides, `EB03`) has several ``repetitions``. Positions are 1-based, as in the implementation guides,
/// and a position that is not there reads as the empty string.
///
/// ```swift
/// let procedure = X12Element(components: ["HC", "99213"])
/// procedure[1]  // "HC"
/// procedure[2]  // "99213"
/// let simple: X12Element = "IL"
/// ```
public struct X12Element: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Most elements are one plain value: kept as one string, without the nested arrays a composite
    /// or repeating element needs (the reader's hot path).
    private enum Storage: Sendable {
        case simple(String)
        case structured([[String]])
    }

    private var storage: Storage

    /// The repetitions in order, each a list of components. Never empty, and no repetition is empty.
    public var repetitions: [[String]] {
        switch storage {
        case .simple(let value): [[value]]
        case .structured(let repetitions): repetitions
        }
    }

    /// A simple element.
    public init(_ value: String) {
        storage = .simple(value)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// A composite element.
    public init(components: [String]) {
        self.init(repetitions: [components])
    }

    /// A repeating element; each repetition is a list of components.
    public init(repetitions: [[String]]) {
        let kept = repetitions.contains(where: \.isEmpty) ? repetitions.map { $0.isEmpty ? [""] : $0 } : repetitions
        if kept.count == 1, kept[0].count == 1 {
            storage = .simple(kept[0][0])
        } else {
            storage = .structured(kept.isEmpty ? [[""]] : kept)
        }
    }

    /// The first component of the first repetition: the whole value of a simple element.
    public var value: String {
        switch storage {
        case .simple(let value): value
        case .structured(let repetitions): repetitions[0][0]
        }
    }

    /// The components of the first repetition.
    public var components: [String] { repetitions[0] }

    /// Whether the element holds no text at all.
    public var isEmpty: Bool {
        switch storage {
        case .simple(let value): value.isEmpty
        case .structured(let repetitions): repetitions.allSatisfy { $0.allSatisfy(\.isEmpty) }
        }
    }

    /// The component at a 1-based position in the first repetition, or `""` when there is none.
    public subscript(component: Int) -> String {
        self[component, repetition: 1]
    }

    /// The component at a 1-based position in a 1-based repetition, or `""` when there is none.
    public subscript(component: Int, repetition repetition: Int) -> String {
        if case .simple(let value) = storage { return component == 1 && repetition == 1 ? value : "" }
        let repetitions = repetitions
        guard repetition >= 1, repetition <= repetitions.count else { return "" }
        let components = repetitions[repetition - 1]
        guard component >= 1, component <= components.count else { return "" }
        return components[component - 1]
    }

    public static func == (lhs: X12Element, rhs: X12Element) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.simple(let left), .simple(let right)): left == right
        default: lhs.repetitions == rhs.repetitions
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(repetitions)
    }
}
