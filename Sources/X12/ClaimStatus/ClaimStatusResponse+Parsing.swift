extension ClaimStatusResponse {
    /// Reads every 277 claim status response of an interchange, one response per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HN`, a set is not a 277 of
    ///   005010X212 (a 277CA is read by ``ClaimAcknowledgment/acknowledgments(in:)``), or a set lacks
    ///   what ``init(parsing:)`` requires.
    public static func responses(in interchange: X12Interchange) throws(X12Error) -> [ClaimStatusResponse] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "277") {
            (set) throws(X12Error) in try ClaimStatusResponse(parsing: set)
        }
    }

    /// Reads one 277 transaction set: BHT `0010*08`, one payer (HL 20), one submitter under it (HL
    /// 21), and the claims under its providers (HL 19), subscribers (HL 22) and dependents (HL 23).
    /// Each claim needs `TRN*2` and at least one STC.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        let guide = set.implementationReference
        if !guide.isEmpty, guide != Self.implementationGuide {
            throw X12Error(
                .unexpectedTransaction, "ST03 is \(X12Error.quote(guide)); expected \(Self.implementationGuide)",
                at: set.header.location(element: 3))
        }
        let body = try ClaimStatusBody(set, expecting: "277", purpose: "08")
        var claims: [Claim] = []
        for loop in body.claims {
            var claim = Claim(
                provider: loop.parties.provider, subscriber: loop.parties.subscriber, dependent: loop.parties.dependent,
                trace: try loop.trace(type: "2"), statuses: [], payerClaimControlNumber: try loop.reference("1K"),
                patientControlNumber: try loop.reference("EJ"))
            for segment in loop.segments where segment.id == "STC" {
                claim.statuses.append(try ClaimStatus(reading: segment))
            }
            guard !claim.statuses.isEmpty else {
                throw X12Error(
                    .missingSegment, "the claim has no STC; expected its status, such as STC*F1:1",
                    at: loop.segments[0].location())
            }
            let dates = try loop.serviceDates()
            claim.serviceDate = dates?.start
            claim.serviceEndDate = dates?.end
            for segments in loop.lines { claim.serviceLines.append(try ClaimStatusServiceLine(reading: segments)) }
            claims.append(claim)
        }
        self.init(
            reference: body.reference, creationDate: body.creationDate, creationTime: body.creationTime,
            source: body.source, receiver: body.receiver, claims: claims)
    }
}
