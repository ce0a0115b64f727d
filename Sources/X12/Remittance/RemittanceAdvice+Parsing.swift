extension RemittanceAdvice {
    /// How an 835 body nests: the payer and payee, the LX groups of claims with their lines, and PLB.
    static let loopSpecs: [X12LoopSpec] = [
        X12LoopSpec("1000A", startsWith: "N1", qualifiers: ["PR"]),
        X12LoopSpec("1000B", startsWith: "N1", qualifiers: ["PE"]),
        X12LoopSpec(
            "2000", startsWith: "LX",
            children: [X12LoopSpec("2100", startsWith: "CLP", children: [X12LoopSpec("2110", startsWith: "SVC")])]),
        X12LoopSpec("PLB", startsWith: "PLB"),
    ]

    /// Reads every 835 of an interchange, one remittance per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HP`, a set is not an 835, or
    ///   a set lacks what ``init(parsing:)`` requires.
    public static func advices(in interchange: X12Interchange) throws(X12Error) -> [RemittanceAdvice] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "835") {
            (set) throws(X12Error) in try RemittanceAdvice(parsing: set)
        }
    }

    /// Reads one 835 transaction set.
    ///
    /// The set must start with BPR and hold a TRN, one payer (`N1*PR`) and one payee (`N1*PE`); every
    /// CLP must stand under an LX and carry CLP01–CLP04, CLP06 and CLP07 and an `NM1*QC`. Amounts must
    /// be dollars with at most two decimals. The set is read even when it does not balance.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id, the element and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        guard set.id == "835" else {
            throw X12Error(
                .unexpectedTransaction, "the transaction set is a \(X12Error.quote(set.id)); expected an 835",
                at: set.header.location(element: 1))
        }
        guard let bpr = set.body.first, bpr.id == "BPR" else {
            throw X12Error(
                .missingSegment, "the transaction set does not start with BPR; expected BPR right after ST",
                at: set.body.first?.location() ?? set.header.location())
        }
        let root = set.loops(Self.loopSpecs)
        let outsideClaims =
            root.segments + (root.loops("1000A") + root.loops("1000B")).flatMap(\.segments)
            + root.loops("2000").flatMap { $0.segments.dropFirst() }
        if let stray = outsideClaims.first(where: { ["CLP", "SVC", "CAS", "LQ"].contains($0.id) }) {
            throw X12Error(
                .unexpectedSegment, "\(stray.id) stands outside a claim; expected it after LX and CLP",
                at: stray.location())
        }
        guard let trn = root.segment("TRN") else {
            throw X12Error(
                .missingSegment, "the 835 has no TRN; expected TRN*1 with the check or EFT trace number after BPR",
                at: bpr.location())
        }
        guard trn[1] == "1" else {
            throw X12Error(
                .invalidValue, "TRN01 is \(X12Error.quote(trn[1])); expected 1 (current transaction trace numbers)",
                at: trn.location(element: 1))
        }
        let payer = try Self.onlyLoop("1000A", in: root, after: bpr, "N1*PR naming the payer")
        let payee = try Self.onlyLoop("1000B", in: root, after: bpr, "N1*PE naming the payee")
        var claims: [RemittanceClaim] = []
        for header in root.loops("2000") {
            let lx = header.segments[0]
            guard let number = try lx.count(1, "the header number, such as 1") else {
                throw X12Error(.invalidValue, "LX01 is empty; expected the header number, such as 1", at: lx.location(element: 1))
            }
            for claim in header.loops("2100") { claims.append(try RemittanceClaim(reading: claim, headerNumber: number)) }
        }
        var providerAdjustments: [ProviderAdjustment] = []
        for plb in root.loops("PLB") { providerAdjustments += try ProviderAdjustment.reading(plb.segments[0]) }
        let receiver = root.segments.first { $0.id == "REF" && $0[1] == "EV" }
        let production = root.segments.first { $0.id == "DTM" && $0[1] == "405" }
        self.init(
            payment: try RemittancePayment(reading: bpr), traceNumber: try trn.required(2, "the check or EFT trace number"),
            payerIdentifier: try trn.required(3, "the payer's id (1 + its EIN)"), payerSupplementalCode: trn.optional(4),
            receiverID: receiver?.optional(2), productionDate: try production?.requiredDate(2, "the production date"),
            payer: try RemittancePayer(reading: payer), payee: try RemittancePayee(reading: payee), claims: claims,
            providerAdjustments: providerAdjustments, readFrom: ReadLocation(bpr))
    }

    /// The one loop `id` of the root; throws when there is none or more than one.
    private static func onlyLoop(_ id: String, in root: X12Loop, after bpr: X12Segment, _ meaning: String)
        throws(X12Error) -> X12Loop
    {
        let loops = root.loops(id)
        guard let loop = loops.first else {
            throw X12Error(.missingSegment, "the 835 has no loop \(id); expected \(meaning)", at: bpr.location())
        }
        guard loops.count == 1 else {
            throw X12Error(
                .unexpectedSegment, "a second loop \(id) starts; expected one \(meaning) per 835",
                at: loops[1].segments[0].location())
        }
        return loop
    }
}
