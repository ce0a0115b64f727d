/// An error reading or writing X12: what was wrong, what was expected, and where.
///
/// Every error carries a stable ``Code``, a ``message`` saying what was wrong and what was expected,
/// and a ``location``: the segment's ordinal (its 1-based position in the interchange), its id, the
/// element position and, for input, the byte offset where the segment starts. Messages never echo
/// element data beyond envelope values (counts, control numbers, ids), so they carry no patient data.
///
/// ```swift
/// do {
///     _ = try X12Interchange(parsing: text)
/// } catch {
///     print(error)  // segment 14 (SE), element SE01: count is 12; the transaction set has 13 segments
/// }
/// ```
public struct X12Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, comparable error code. New codes break no `switch`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let name: String

        public init(_ name: String) {
            self.name = name
        }

        public var description: String { name }

        /// The input holds nothing but whitespace.
        public static let emptyInput = Code("empty-input")
        /// The ISA segment is missing, cut short, not fixed width, or declares unusable delimiters.
        public static let invalidHeader = Code("invalid-header")
        /// The input ends inside a segment or before the envelope is closed (SE, GE, IEA).
        public static let truncated = Code("truncated")
        /// A segment is empty or does not start with a valid segment id.
        public static let invalidSegment = Code("invalid-segment")
        /// A segment stands where the envelope does not allow it (ST outside GS, GE before SE, data after IEA).
        public static let unexpectedSegment = Code("unexpected-segment")
        /// A trailer count (SE01, GE01, IEA01) does not match what the envelope holds.
        public static let countMismatch = Code("count-mismatch")
        /// A trailer control number (SE02, GE02, IEA02) does not repeat its header's.
        public static let controlNumberMismatch = Code("control-number-mismatch")
        /// An element value has the wrong form or size (a non-numeric count, an ISA field too wide).
        public static let invalidValue = Code("invalid-value")
        /// Data to be written contains one of the delimiters (X12 has no escaping).
        public static let delimiterInData = Code("delimiter-in-data")
        /// A set of delimiters cannot be used: a repeated, alphanumeric, space or non-ASCII character.
        public static let invalidDelimiters = Code("invalid-delimiters")
    }

    /// Where in an interchange an error is. Every part is optional; the description shows those present.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        /// The segment's 1-based position in the interchange (ISA is 1).
        public var segmentOrdinal: Int?
        /// The segment id, such as `SE`.
        public var segmentID: String?
        /// The 1-based element position (`SE01` is 1).
        public var elementPosition: Int?
        /// The byte offset where the segment starts in the input, when reading.
        public var byteOffset: Int?

        public init(segmentOrdinal: Int? = nil, segmentID: String? = nil, elementPosition: Int? = nil, byteOffset: Int? = nil) {
            self.segmentOrdinal = segmentOrdinal
            self.segmentID = segmentID
            self.elementPosition = elementPosition
            self.byteOffset = byteOffset
        }

        /// The location of a segment (and optionally one of its elements).
        public init(_ segment: X12Segment, element: Int? = nil) {
            self.init(
                segmentOrdinal: segment.ordinal, segmentID: segment.id, elementPosition: element,
                byteOffset: segment.byteOffset)
        }

        /// The element's reference designator, such as `SE01`.
        public var elementName: String? {
            guard let elementPosition else { return nil }
            let number = elementPosition < 10 ? "0\(elementPosition)" : "\(elementPosition)"
            return (segmentID ?? "") + number
        }

        /// `segment 14 (SE), element SE01`; `byte 0` when only an offset is known.
        public var description: String {
            var parts: [String] = []
            switch (segmentOrdinal, segmentID) {
            case let (ordinal?, id?): parts.append("segment \(ordinal) (\(id))")
            case let (ordinal?, nil): parts.append("segment \(ordinal)")
            case let (nil, id?): parts.append("segment \(id)")
            case (nil, nil): if let byteOffset { parts.append("byte \(byteOffset)") }
            }
            if let elementName { parts.append("element \(elementName)") }
            return parts.joined(separator: ", ")
        }
    }

    public var code: Code
    /// What was wrong and what was expected, in one sentence.
    public var message: String
    /// Where the problem is, when it is in a particular place.
    public var location: Location?

    public init(_ code: Code, _ message: String, at location: Location? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `segment 14 (SE), element SE01: count is 12; the transaction set has 13 segments`.
    public var description: String {
        guard let location, !location.description.isEmpty else { return message }
        return "\(location): \(message)"
    }
}

extension X12Error {
    /// Quotes a value from the input for a message, cut short so that no long data is echoed.
    static func quote(_ value: String) -> String {
        value.count > 15 ? "'\(value.prefix(12))…'" : "'\(value)'"
    }
}
