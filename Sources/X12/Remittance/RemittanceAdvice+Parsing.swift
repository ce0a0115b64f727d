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
    /// When a set breaks several rules, the error is the one of the first segment that breaks one
    /// (claims are read whole, so a claim's errors come in the order ``RemittanceClaim`` reads it):
    /// the same error ``RemittanceStream`` throws.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id, the element and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        var reader = try RemittanceSetReader(header: set.header)
        var claims: [RemittanceClaim] = []
        // Claims are large values: grow the array once rather than copying it at each doubling.
        claims.reserveCapacity(set.body.reduce(0) { $0 + ($1.id == "CLP" ? 1 : 0) })
        for segment in set.body {
            if let claim = try reader.read(segment) { claims.append(claim) }
        }
        if let claim = try reader.finish() { claims.append(claim) }
        guard var advice = reader.header else {
            throw X12Error(.missingSegment, "the 835 has no BPR; expected BPR right after ST", at: set.header.location())
        }
        advice.claims = claims
        advice.providerAdjustments = reader.providerAdjustments
        self = advice
    }
}
