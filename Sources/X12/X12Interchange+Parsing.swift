extension X12Interchange {
    /// Parses and checks one interchange.
    ///
    /// Checks, each reported with the segment ordinal, id and element position:
    /// - the ISA is 106 bytes with every field at its fixed position, and ISA09, ISA10, ISA12 and
    ///   ISA13 are digits;
    /// - segments nest as ISA (TA1…) (GS (ST … SE)… GE)… IEA, and nothing but whitespace follows IEA;
    /// - SE01 is the number of segments from ST through SE, and SE02 = ST02;
    /// - GE01 is the number of transaction sets in the group, and GE02 = GS06;
    /// - IEA01 is the number of functional groups, and IEA02 = ISA13.
    ///
    /// - Throws: ``X12Error``; never traps on malformed input.
    public init(parsing text: String) throws(X12Error) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses and checks one interchange from bytes; see ``init(parsing:)-(String)``.
    public init(parsing bytes: [UInt8]) throws(X12Error) {
        var reader = try X12Reader(bytes: bytes)
        guard let isa = try reader.next() else {
            throw X12Error(.emptyInput, "the input is empty; expected an X12 interchange starting with ISA")
        }
        try Self.checkHeader(isa)
        var parser = EnvelopeParser(isa: isa)
        while let segment = try reader.next() {
            try parser.accept(segment)
        }
        let groups = try parser.finish()
        self.init(
            header: isa, acknowledgments: parser.acknowledgments, functionalGroups: groups, delimiters: reader.delimiters)
    }

    private static func checkHeader(_ isa: X12Segment) throws(X12Error) {
        guard isa.elements.count == 16 else {
            throw X12Error(
                .invalidHeader, "the ISA segment has \(isa.elements.count) elements; expected 16",
                at: isa.location())
        }
        let meanings = [9: "a date YYMMDD", 10: "a time HHMM", 12: "a version number such as 00501", 13: "a nine-digit control number"]
        for field in ISALayout.numericFields.sorted() where !isa[field].isAllDigits {
            throw X12Error(
                .invalidValue, "\(X12Error.quote(isa[field])) is not numeric; expected \(meanings[field] ?? "digits")",
                at: isa.location(element: field))
        }
    }
}

/// The envelope state machine behind ``X12Interchange/init(parsing:)-(String)``.
private struct EnvelopeParser {
    let isa: X12Segment
    var acknowledgments: [X12Segment] = []
    var groups: [X12FunctionalGroup] = []
    var group: (header: X12Segment, sets: [X12TransactionSet])?
    var set: (header: X12Segment, body: [X12Segment])?
    var iea: X12Segment?
    var lastSegment: X12Segment

    init(isa: X12Segment) {
        self.isa = isa
        self.lastSegment = isa
    }

    mutating func accept(_ segment: X12Segment) throws(X12Error) {
        lastSegment = segment
        if let iea {
            throw X12Error(
                .unexpectedSegment,
                "a segment follows the IEA at segment \(iea.ordinal ?? 0); expected the end of the interchange",
                at: segment.location())
        }
        if let set {
            switch segment.id {
            case "SE": try closeSet(set, with: segment)
            case "ST", "GE", "GS", "IEA", "ISA":
                throw X12Error(
                    .unexpectedSegment,
                    "\(segment.id) comes before the SE of transaction set \(X12Error.quote(set.header[2])) "
                        + "(ST at segment \(set.header.ordinal ?? 0)); expected SE to end the set",
                    at: segment.location())
            default: self.set?.body.append(segment)
            }
        } else if let group {
            switch segment.id {
            case "ST": try openSet(segment)
            case "GE": try closeGroup(group, with: segment)
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
                group = (segment, [])
            case "TA1": acknowledgments.append(segment)
            case "IEA": try closeInterchange(with: segment)
            default:
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) stands outside a functional group; expected GS or IEA",
                    at: segment.location())
            }
        }
    }

    mutating func finish() throws(X12Error) -> [X12FunctionalGroup] {
        guard iea != nil else {
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
        return groups
    }

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
        set = (st, [])
    }

    private mutating func closeSet(_ open: (header: X12Segment, body: [X12Segment]), with se: X12Segment) throws(X12Error) {
        let expected = open.body.count + 2
        try Self.checkCount(se, expected: expected, counted: "the transaction set has \(expected) segments (ST through SE)")
        try Self.checkControlNumber(se, matches: open.header, element: 2)
        set = nil
        group?.sets.append(X12TransactionSet(header: open.header, body: open.body))
    }

    private mutating func closeGroup(_ open: (header: X12Segment, sets: [X12TransactionSet]), with ge: X12Segment)
        throws(X12Error)
    {
        let count = open.sets.count
        try Self.checkCount(ge, expected: count, counted: "the functional group has \(count) transaction set\(count == 1 ? "" : "s")")
        try Self.checkControlNumber(ge, matches: open.header, element: 6)
        group = nil
        groups.append(X12FunctionalGroup(header: open.header, transactionSets: open.sets))
    }

    private mutating func closeInterchange(with segment: X12Segment) throws(X12Error) {
        let count = groups.count
        try Self.checkCount(segment, expected: count, counted: "the interchange has \(count) functional group\(count == 1 ? "" : "s")")
        try Self.checkControlNumber(segment, matches: isa, element: 13)
        iea = segment
    }

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
