extension EligibilityResponse {
    /// Reads every 271 of an interchange, one response per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HB`, a set is not a 271,
    ///   or a set does not hold the hierarchy and segments ``init(parsing:)`` expects.
    public static func responses(in interchange: X12Interchange) throws(X12Error) -> [EligibilityResponse] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "271") {
            (set) throws(X12Error) in try EligibilityResponse(parsing: set)
        }
    }

    /// Reads one 271 transaction set.
    ///
    /// The set must hold one information source (HL 20 with `NM1`), and under it at most one
    /// information receiver (HL 21) with its subscribers (HL 22) and their dependents (HL 23). Only a
    /// response rejected at the payer or provider (AAA) may stop before the subscribers. Amounts
    /// (EB07) are read as exact cents and percentages (EB08) as basis points; related-entity loops
    /// (2120, between LS and LE) are skipped.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        let tree = try EligibilityHierarchy(set, expecting: "271")
        let header = try tree.creation()
        let sourceIndex = try tree.onlySource()
        var sourceRejections: [EligibilityRejection] = []
        for segment in tree.levels[sourceIndex].segments where segment.id == "AAA" {
            sourceRejections.append(try EligibilityRejection(reading: segment))
        }
        self.init(
            reference: header.reference, creationDate: header.date, creationTime: header.time,
            source: try InformationSource(reading: tree.required("NM1", in: sourceIndex, "NM1*PR naming the payer")),
            sourceRejections: sourceRejections, receiver: nil, subscribers: [])
        guard let receiverIndex = try tree.onlyChild(of: sourceIndex, .receiver) else {
            guard !sourceRejections.isEmpty else {
                throw X12Error(
                    .missingSegment,
                    "the information source has no 2000B information receiver level and no AAA rejection; "
                        + "expected HL*2*1*21*1 with the provider",
                    at: tree.levels[sourceIndex].hl.location())
            }
            return
        }
        let receiverLevel = tree.levels[receiverIndex]
        receiver = try InformationReceiver(reading: tree.required("NM1", in: receiverIndex, "NM1*1P naming the provider"))
        for segment in receiverLevel.segments where segment.id == "AAA" {
            receiverRejections.append(try EligibilityRejection(reading: segment))
        }
        for subscriberIndex in receiverLevel.children {
            var subscriber = try MemberLevelReading(tree.levels[subscriberIndex], entity: "IL").member
            for dependentIndex in tree.levels[subscriberIndex].children {
                subscriber.dependents.append(try MemberLevelReading(tree.levels[dependentIndex], entity: "03").member)
            }
            subscribers.append(subscriber)
        }
        guard !subscribers.isEmpty || !sourceRejections.isEmpty || !receiverRejections.isEmpty else {
            throw X12Error(
                .missingSegment,
                "the information receiver has no 2000C subscriber level and no AAA rejection; "
                    + "expected HL*3*2*22 with the subscriber's answer",
                at: receiverLevel.hl.location())
        }
    }
}
