extension X12Inspection {
    /// A part of a transaction set or loop: a segment, or a loop holding more parts.
    public enum Node: Sendable, Hashable, Encodable {
        case segment(Segment)
        case loop(Loop)

        /// Every loop with `id` in this part, itself included, in file order.
        public func loops(named id: String) -> [Loop] {
            guard case .loop(let loop) = self else { return [] }
            return (loop.id == id ? [loop] : []) + loop.content.flatMap { $0.loops(named: id) }
        }

        /// Every segment with `id` in this part, in file order.
        public func segments(_ id: String) -> [Segment] {
            switch self {
            case .segment(let segment): segment.id == id ? [segment] : []
            case .loop(let loop): loop.content.flatMap { $0.segments(id) }
            }
        }

        /// A segment encodes as a segment object (with `segment`), a loop as a loop object (with `loop`).
        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .segment(let segment): try segment.encode(to: encoder)
            case .loop(let loop): try loop.encode(to: encoder)
            }
        }
    }

    /// One loop of the implementation guide: `2100 Claim Payment Information` and what it holds.
    public struct Loop: Sendable, Hashable, Encodable {
        /// The guide's loop id (`2100`, `2000B`, `1000A`).
        public var id: String
        /// The guide's loop name (`Claim Payment Information`).
        public var name: String
        /// The loop's segments and nested loops in file order; the first is the segment that starts it.
        public var content: [Node]

        /// The segments that belong to this loop directly (not to nested loops).
        public var segments: [Segment] {
            content.compactMap { if case .segment(let segment) = $0 { segment } else { nil } }
        }

        /// The loops nested one level down.
        public var loops: [Loop] {
            content.compactMap { if case .loop(let loop) = $0 { loop } else { nil } }
        }

        private enum CodingKeys: String, CodingKey {
            case id = "loop", name, content
        }
    }

    /// One segment with its elements labelled.
    public struct Segment: Sendable, Hashable, Encodable {
        /// The segment id (`CLP`).
        public var id: String
        /// The segment's name (`Claim Payment Information`), when the dictionary knows it.
        public var name: String?
        /// The 1-based position in the interchange (ISA is 1), for a segment read from input.
        public var ordinal: Int?
        /// Where the segment starts in the input, for a segment read from input.
        public var byteOffset: Int?
        /// The elements that hold data; empty positions are left out.
        public var elements: [Element]

        /// The element at a 1-based position, when it holds data.
        public func element(_ position: Int) -> Element? {
            elements.first { $0.position == position }
        }

        private enum CodingKeys: String, CodingKey {
            case id = "segment", name, ordinal, byteOffset, elements
        }
    }

    /// One element: where it is, what it holds, what it is called and what its value means.
    public struct Element: Sendable, Hashable, Encodable {
        /// The 1-based position (`2` for CLP02).
        public var position: Int
        /// The reference designator (`CLP02`).
        public var reference: String
        /// The value as it stands in the file, components and repetitions joined by the file's delimiters.
        public var value: String
        /// The parts of a composite element (`["HC", "99213"]`), when it has more than one.
        public var components: [String]?
        /// The element's name (`Claim status`), when the dictionary knows it.
        public var name: String?
        /// What the value means (`processed as primary`, `$175.00`, `2026-11-02`), when it can be told.
        public var meaning: String?

        /// `CLP02 Claim status: 1 (processed as primary)`.
        public var line: String {
            var text = reference + (name.map { " " + $0 } ?? "") + ": " + value
            if let meaning { text += " (\(meaning))" }
            return text
        }
    }
}
