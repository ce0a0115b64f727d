extension ClaimStatusInquiry {
    /// Reads every 276 of an interchange, one inquiry per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HR`, a set is not a 276,
    ///   or a set does not hold the hierarchy and segments ``init(parsing:)`` expects.
    public static func inquiries(in interchange: X12Interchange) throws(X12Error) -> [ClaimStatusInquiry] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "276") {
            (set) throws(X12Error) in try ClaimStatusInquiry(parsing: set)
        }
    }

    /// Reads one 276 transaction set: BHT `0010*13`, one payer (HL 20), one submitter under it (HL
    /// 21), and the claims under its providers (HL 19), subscribers (HL 22) and dependents (HL 23).
    /// Each claim needs `TRN*1`, `AMT*T3` and `DTP*472`.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        let body = try ClaimStatusBody(set, expecting: "276", purpose: "13")
        var claims: [Claim] = []
        for loop in body.claims {
            let trn = loop.segments[0]
            guard let amount = loop.segments.first(where: { $0.id == "AMT" && $0[1] == "T3" }) else {
                throw X12Error(
                    .missingSegment, "the claim has no AMT*T3; expected its total charge", at: trn.location())
            }
            guard let dates = try loop.serviceDates() else {
                throw X12Error(
                    .missingSegment, "the claim has no DTP*472; expected its dates of service", at: trn.location())
            }
            var lines: [ClaimStatusServiceLine] = []
            for segments in loop.lines { lines.append(try ClaimStatusServiceLine(reading: segments)) }
            claims.append(
                Claim(
                    provider: loop.parties.provider, subscriber: loop.parties.subscriber,
                    dependent: loop.parties.dependent, trace: try loop.trace(type: "1"),
                    payerClaimControlNumber: try loop.reference("1K"), patientControlNumber: try loop.reference("EJ"),
                    totalCharge: try amount.requiredCents(2, "the claim's total charge"), serviceDate: dates.start,
                    serviceEndDate: dates.end, serviceLines: lines))
        }
        self.init(
            reference: body.reference, creationDate: body.creationDate, creationTime: body.creationTime,
            source: body.source, receiver: body.receiver, claims: claims)
    }
}
