/// An X12 interchange laid out for people: the envelope, then each transaction set's segments grouped
/// into the implementation guide's loops, every element labelled and, where it helps, decoded.
///
/// Any 5010 interchange can be inspected, with whatever delimiters its ISA declares. Sets of a known
/// guide (270, 271, 276, 277, 277CA, 835, 837P, 999) are grouped into named loops, HL levels by their
/// level code (HL03); other sets keep their segments flat. Codes are decoded from tables kept as data
/// (`CLP02 Claim status: 1 (processed as primary)`), amounts are shown in dollars and dates as
/// `2026-11-02`. The tree is `Encodable`, so the same value prints as JSON.
///
/// ```swift
/// let inspection = try X12Inspection(parsing: text)
/// print(inspection.outline)
/// for set in inspection.groups.flatMap(\.sets) {
///     print(set.id, set.loops(named: "2100").count)   // 835 3
/// }
/// ```
///
/// Inspection checks the envelope as ``X12Interchange/init(parsing:)-(String)`` does, and no more: a
/// set that a typed reader would refuse (an 835 without a payer) is still shown.
public struct X12Inspection: Sendable, Hashable, Encodable {
    /// An interchange party: ISA05 and ISA06, or ISA07 and ISA08.
    public struct Party: Sendable, Hashable, Encodable {
        /// The id qualifier (`ZZ` mutually defined, `30` federal tax id).
        public var qualifier: String
        /// The id, without padding.
        public var id: String
    }

    /// The four delimiters, as printable text (`\n` for a line feed).
    public struct Delimiters: Sendable, Hashable, Encodable {
        public var element: String
        public var component: String
        /// `nil` when ISA11 is not a separator (version 4010 and earlier).
        public var repetition: String?
        public var segment: String
    }

    /// ISA06 and ISA05.
    public var sender: Party
    /// ISA08 and ISA07.
    public var receiver: Party
    /// ISA09 and ISA10 as `2026-11-02 12:30` (the year taken as 20YY).
    public var date: String
    /// ISA13.
    public var controlNumber: String
    /// ISA12 (`00501`).
    public var version: String
    /// ISA15 decoded: `production`, `test`, or the code itself.
    public var usage: String
    public var delimiters: Delimiters
    /// The ISA segment itself, labelled.
    public var header: Segment
    /// TA1 segments between ISA and the groups.
    public var acknowledgments: [Segment]
    /// The functional groups in order.
    public var groups: [Group]

    /// Parses `text` and lays it out.
    ///
    /// - Throws: ``X12Error`` naming the segment (ordinal, id, byte offset) when the envelope is malformed.
    public init(parsing text: String) throws(X12Error) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses `bytes` and lays them out; see ``init(parsing:)-(String)``.
    public init(parsing bytes: [UInt8]) throws(X12Error) {
        self.init(try X12Interchange(parsing: bytes))
    }

    /// Lays out an interchange that is already parsed (or built in code).
    public init(_ interchange: X12Interchange) {
        let labeller = SegmentLabeller(delimiters: interchange.delimiters, guide: nil)
        sender = Party(qualifier: interchange.senderQualifier, id: interchange.senderID)
        receiver = Party(qualifier: interchange.receiverQualifier, id: interchange.receiverID)
        date = ValueFormat.dateAndTime(interchange.date, interchange.time)
        controlNumber = interchange.controlNumber
        version = interchange.version
        usage = interchange.usage.map { $0 == .production ? "production" : "test" } ?? interchange.header[15]
        delimiters = Delimiters(interchange.delimiters)
        header = labeller.segment(interchange.header)
        acknowledgments = interchange.acknowledgments.map(labeller.segment)
        groups = interchange.functionalGroups.map { Group($0, delimiters: interchange.delimiters) }
    }
}

extension X12Inspection.Delimiters {
    init(_ delimiters: X12Delimiters) {
        element = Self.printable(delimiters.element)
        component = Self.printable(delimiters.component)
        repetition = delimiters.repetition.map(Self.printable)
        segment = Self.printable(delimiters.segment)
    }

    private static func printable(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x20...0x7E: String(UnicodeScalar(byte))
        default: "0x" + String(byte, radix: 16, uppercase: true)
        }
    }
}
