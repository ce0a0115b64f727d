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
        let isa = try Self.readHeader(from: &reader)
        var envelope = X12EnvelopeChecker(isa: isa)
        var acknowledgments: [X12Segment] = []
        var groups: [X12FunctionalGroup] = []
        var group: (header: X12Segment, sets: [X12TransactionSet])?
        var set: (header: X12Segment, body: [X12Segment])?
        while let segment = try reader.next() {
            switch try envelope.accept(segment) {
            case .setBody: set?.body.append(segment)
            case .setHeader: set = (segment, [])
            case .setTrailer:
                if let open = set { group?.sets.append(X12TransactionSet(header: open.header, body: open.body)) }
                set = nil
            case .groupHeader: group = (segment, [])
            case .groupTrailer:
                if let open = group { groups.append(X12FunctionalGroup(header: open.header, transactionSets: open.sets)) }
                group = nil
            case .acknowledgment: acknowledgments.append(segment)
            case .interchangeTrailer: continue
            }
        }
        try envelope.finish()
        self.init(header: isa, acknowledgments: acknowledgments, functionalGroups: groups, delimiters: reader.delimiters)
    }

    /// Reads and checks the ISA segment, the first of every interchange.
    static func readHeader(from reader: inout X12Reader) throws(X12Error) -> X12Segment {
        guard let isa = try reader.next() else {
            throw X12Error(.emptyInput, "the input is empty; expected an X12 interchange starting with ISA")
        }
        try checkHeader(isa)
        return isa
    }

    static func checkHeader(_ isa: X12Segment) throws(X12Error) {
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
