/// One X12 interchange: the ISA header, its functional groups, and an IEA trailer the envelope derives.
///
/// Parse one with ``init(parsing:)-(String)``, which checks the whole envelope, or build one in code
/// and write it with ``X12Writer``. Trailers are not stored: ``trailer`` (IEA), each group's GE and
/// each set's SE are computed, so counts are always right on output.
///
/// ```swift
/// let interchange = try X12Interchange(parsing: text)
/// for group in interchange.functionalGroups {
///     for set in group.transactionSets where set.id == "835" { … }
/// }
/// ```
public struct X12Interchange: Sendable, Hashable {
    /// Whether an interchange is production data (ISA15 `P`) or test data (`T`).
    public enum Usage: String, Sendable, Hashable, CaseIterable {
        case production = "P"
        case test = "T"
    }

    /// The ISA segment. Parsed interchanges keep the fields as read (padded); built ones hold them
    /// unpadded and the writer pads them. ISA11 and ISA16 are set by the writer from its delimiters.
    public var header: X12Segment
    /// TA1 interchange acknowledgments that stand between ISA and the groups (or between groups).
    public var acknowledgments: [X12Segment]
    /// The functional groups in order.
    public var functionalGroups: [X12FunctionalGroup]
    /// The delimiters the interchange was read with (``X12Delimiters/standard`` for a built one).
    public var delimiters: X12Delimiters

    public init(
        header: X12Segment, acknowledgments: [X12Segment] = [], functionalGroups: [X12FunctionalGroup],
        delimiters: X12Delimiters = .standard
    ) {
        self.header = header
        self.acknowledgments = acknowledgments
        self.functionalGroups = functionalGroups
        self.delimiters = delimiters
    }

    /// An interchange with an ISA built from its parts. Authorization and security (ISA01–ISA04) are
    /// `00` and blank; the writer pads every field to its fixed width.
    ///
    /// - Parameters:
    ///   - senderQualifier: ISA05 (`ZZ` mutually defined, `30` tax id).
    ///   - senderID: ISA06, at most 15 characters.
    ///   - receiverQualifier: ISA07.
    ///   - receiverID: ISA08, at most 15 characters.
    ///   - date: ISA09, `YYMMDD`.
    ///   - time: ISA10, `HHMM`.
    ///   - controlNumber: ISA13, 1 to 999,999,999; take it from ``ControlNumbers``.
    ///   - version: ISA12, `00501` for 5010.
    ///   - acknowledgmentRequested: ISA14, whether a TA1 is requested.
    ///   - usage: ISA15, production or test.
    public init(
        senderQualifier: String = "ZZ", senderID: String, receiverQualifier: String = "ZZ", receiverID: String,
        date: String, time: String, controlNumber: Int, version: String = "00501", acknowledgmentRequested: Bool = false,
        usage: Usage = .production, functionalGroups: [X12FunctionalGroup]
    ) {
        let fields = [
            "00", "", "00", "", senderQualifier, senderID, receiverQualifier, receiverID, date, time, "^", version,
            ControlNumbers.format(controlNumber, minimumDigits: 9), acknowledgmentRequested ? "1" : "0", usage.rawValue, ":",
        ]
        self.init(header: X12Segment("ISA", fields.map { X12Element($0) }), functionalGroups: functionalGroups)
    }

    /// ISA05, the sender's id qualifier.
    public var senderQualifier: String { header[5].droppingTrailingSpaces }
    /// ISA06, the sender's id, without padding.
    public var senderID: String { header[6].droppingTrailingSpaces }
    /// ISA07, the receiver's id qualifier.
    public var receiverQualifier: String { header[7].droppingTrailingSpaces }
    /// ISA08, the receiver's id, without padding.
    public var receiverID: String { header[8].droppingTrailingSpaces }
    /// ISA09, the date `YYMMDD`.
    public var date: String { header[9] }
    /// ISA10, the time `HHMM`.
    public var time: String { header[10] }
    /// ISA12, the interchange version (`00501`).
    public var version: String { header[12] }
    /// ISA13, the interchange control number.
    public var controlNumber: String { header[13] }
    /// ISA15, production or test; `nil` when ISA15 holds something else.
    public var usage: Usage? { Usage(rawValue: header[15]) }

    /// The IEA segment: the number of functional groups, and ISA13.
    public var trailer: X12Segment {
        X12Segment("IEA", [X12Element(String(functionalGroups.count)), X12Element(controlNumber)])
    }
}
