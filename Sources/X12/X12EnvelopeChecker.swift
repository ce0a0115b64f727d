/// Checks how an interchange's segments nest, one segment at a time, keeping only the open headers.
///
/// This is the one definition of the envelope rules that ``X12Interchange/init(parsing:)-(String)``
/// lists: segments nest as ISA (TA1…) (GS (ST … SE)… GE)… IEA; SE01, GE01 and IEA01 count what they
/// close and SE02, GE02 and IEA02 repeat their header's control number; nothing follows IEA. Because it
/// stores no body segments, a streaming reader can check a file of any size with it.
///
/// ```swift
/// var envelope = X12EnvelopeChecker(isa: isa)
/// while let segment = try reader.next() {
///     if try envelope.accept(segment) == .setBody { … }
/// }
/// try envelope.finish()
/// ```
struct X12EnvelopeChecker {
    /// Where a segment stands in the envelope.
    enum Role: Equatable {
        /// A TA1 between ISA and the groups.
        case acknowledgment
        /// GS.
        case groupHeader
        /// ST.
        case setHeader
        /// A segment between ST and SE.
        case setBody
        /// SE, checked against the set it closes.
        case setTrailer
        /// GE, checked against the group it closes.
        case groupTrailer
        /// IEA, checked against the interchange.
        case interchangeTrailer
    }

    private let isa: X12Segment
    private var group: (header: X12Segment, setCount: Int)?
    private var set: (header: X12Segment, bodyCount: Int)?
    private var groupCount = 0
    private var ieaOrdinal: Int?
    private var lastSegment: X12Segment

    init(isa: X12Segment) {
        self.isa = isa
        self.lastSegment = isa
    }

    /// Checks `segment` against the envelope read so far and says where it stands.
    ///
    /// - Throws: ``X12Error`` when the segment stands where the envelope does not allow it, or a
    ///   trailer's count or control number is wrong.
    mutating func accept(_ segment: X12Segment) throws(X12Error) -> Role {
        lastSegment = segment
        if let ieaOrdinal {
            throw X12Error(
                .unexpectedSegment,
                "a segment follows the IEA at segment \(ieaOrdinal); expected the end of the interchange",
                at: segment.location())
        }
        if let set {
            switch segment.id {
            case "SE":
                try closeSet(set, with: segment)
                return .setTrailer
            case "ST", "GE", "GS", "IEA", "ISA":
                throw X12Error(
                    .unexpectedSegment,
                    "\(segment.id) comes before the SE of transaction set \(X12Error.quote(set.header[2])) "
                        + "(ST at segment \(set.header.ordinal ?? 0)); expected SE to end the set",
                    at: segment.location())
            default:
                self.set?.bodyCount += 1
                return .setBody
            }
        } else if let group {
            switch segment.id {
            case "ST":
                try openSet(segment)
                return .setHeader
            case "GE":
                try closeGroup(group, with: segment)
                return .groupTrailer
            default:
                throw X12Error(
                    .unexpectedSegment,
                    "\(segment.id) stands outside a transaction set in the group \(X12Error.quote(group.header[6])) "
                        + "(GS at segment \(group.header.ordinal ?? 0)); expected ST or GE",
                    at: segment.location())
            }
        } else {
            switch segment.id {
            case "GS":
                guard !segment[6].isEmpty else {
                    throw X12Error(
                        .invalidValue, "the group control number is empty; expected a number of 1 to 9 digits",
                        at: segment.location(element: 6))
                }
                group = (segment, 0)
                return .groupHeader
            case "TA1":
                return .acknowledgment
            case "IEA":
                try closeInterchange(with: segment)
                return .interchangeTrailer
            default:
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) stands outside a functional group; expected GS or IEA",
                    at: segment.location())
            }
        }
    }

    /// Checks that the input ended with the IEA.
    ///
    /// - Throws: ``X12Error`` with code ``X12Error/Code/truncated`` naming what is still open.
    func finish() throws(X12Error) {
        guard ieaOrdinal == nil else { return }
        let open =
            if let set {
                "inside transaction set \(X12Error.quote(set.header[2])) (ST at segment \(set.header.ordinal ?? 0)); expected SE, GE and IEA"
            } else if let group {
                "inside the group \(X12Error.quote(group.header[6])) (GS at segment \(group.header.ordinal ?? 0)); expected GE and IEA"
            } else {
                "without an IEA; expected IEA to end the interchange"
            }
        throw X12Error(.truncated, "the input ends \(open)", at: lastSegment.location())
    }

    // MARK: - Opening and closing

    private mutating func openSet(_ st: X12Segment) throws(X12Error) {
        guard !st[1].isEmpty else {
            throw X12Error(
                .invalidValue, "the transaction set identifier is empty; expected one such as 837",
                at: st.location(element: 1))
        }
        guard !st[2].isEmpty else {
            throw X12Error(
                .invalidValue, "the transaction set control number is empty; expected 4 to 9 digits",
                at: st.location(element: 2))
        }
        set = (st, 0)
    }

    private mutating func closeSet(_ open: (header: X12Segment, bodyCount: Int), with se: X12Segment) throws(X12Error) {
        let expected = open.bodyCount + 2
        try Self.checkCount(se, expected: expected, counted: "the transaction set has \(expected) segments (ST through SE)")
        try Self.checkControlNumber(se, matches: open.header, element: 2)
        set = nil
        group?.setCount += 1
    }

    private mutating func closeGroup(_ open: (header: X12Segment, setCount: Int), with ge: X12Segment) throws(X12Error) {
        let count = open.setCount
        try Self.checkCount(ge, expected: count, counted: "the functional group has \(count) transaction set\(count == 1 ? "" : "s")")
        try Self.checkControlNumber(ge, matches: open.header, element: 6)
        group = nil
        groupCount += 1
    }

    private mutating func closeInterchange(with segment: X12Segment) throws(X12Error) {
        let count = groupCount
        try Self.checkCount(segment, expected: count, counted: "the interchange has \(count) functional group\(count == 1 ? "" : "s")")
        try Self.checkControlNumber(segment, matches: isa, element: 13)
        ieaOrdinal = segment.ordinal ?? 0
    }

    // MARK: - Trailers

    /// Checks element 01 of a trailer against the number of things it counts.
    private static func checkCount(_ trailer: X12Segment, expected: Int, counted: String) throws(X12Error) {
        let text = trailer[1]
        guard text.isAllDigits, let count = Int(text) else {
            throw X12Error(
                .invalidValue, "count is \(X12Error.quote(text)), not a number; \(counted)",
                at: trailer.location(element: 1))
        }
        guard count == expected else {
            throw X12Error(.countMismatch, "count is \(count); \(counted)", at: trailer.location(element: 1))
        }
    }

    /// Checks element 02 of a trailer against the header's control number.
    private static func checkControlNumber(_ trailer: X12Segment, matches header: X12Segment, element: Int) throws(X12Error) {
        let expected = header[element]
        let headerElement = X12Error.Location(header, element: element).elementName ?? header.id
        guard trailer[2] == expected else {
            throw X12Error(
                .controlNumberMismatch,
                "control number is \(X12Error.quote(trailer[2])); expected \(X12Error.quote(expected)), "
                    + "the \(headerElement) at segment \(header.ordinal ?? 0)",
                at: trailer.location(element: 2))
        }
    }
}
