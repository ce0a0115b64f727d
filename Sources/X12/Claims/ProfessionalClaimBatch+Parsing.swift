extension ProfessionalClaimBatch {
    /// Reads every 837P of an interchange, one batch per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HC`, a set is not an 837
    ///   of a guide in ``implementationGuides``, or a set does not hold the hierarchy and segments
    ///   ``init(parsing:)`` expects.
    public static func batches(in interchange: X12Interchange) throws(X12Error) -> [ProfessionalClaimBatch] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "837") {
            (set) throws(X12Error) in try ProfessionalClaimBatch(parsing: set)
        }
    }

    /// Reads one 837P transaction set.
    ///
    /// The set must start with `BHT*0019`, name the submitter (`NM1*41` with `PER*IC`) and receiver
    /// (`NM1*40`), and hold at least one billing provider level (HL 20) with subscribers (HL 22)
    /// under it and patients (HL 23) under those. Every subscriber or patient level that is the
    /// patient carries at least one claim (CLM), each with its diagnoses (HI) and service lines
    /// (LX, SV1, DTP*472) whose charges add up to CLM02.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        let tree = try ClaimHierarchy(set, expecting: "837", allowingHeader: true)
        let guide = set.implementationReference
        guard Self.implementationGuides.contains(guide) else {
            throw X12Error(
                .unexpectedTransaction,
                "ST03 is \(X12Error.quote(guide)); expected \(Self.implementationGuides.joined(separator: " or "))",
                at: set.header.location(element: 3))
        }
        let bht = tree.bht
        guard bht[1] == "0019" else {
            throw X12Error(
                .invalidValue, "BHT01 is \(X12Error.quote(bht[1])); expected 0019 (information source, subscriber, dependent)",
                at: bht.location(element: 1))
        }
        guard let date = try bht.date(4, "the creation date") else {
            throw X12Error(.invalidValue, "BHT04 is empty; expected the creation date as CCYYMMDD", at: bht.location(element: 4))
        }
        let header = X12Loop.group(
            tree.header,
            by: [
                X12LoopSpec("1000A", startsWith: "NM1", qualifiers: ["41"]),
                X12LoopSpec("1000B", startsWith: "NM1", qualifiers: ["40"]),
            ])
        var providers: [BillingProvider] = []
        for providerIndex in tree.roots {
            let hl = tree.levels[providerIndex].hl
            var provider = try BillingProvider(reading: tree.loop(at: providerIndex), at: hl)
            for subscriberIndex in tree.children(of: providerIndex, .subscriber) {
                provider.subscribers.append(try Self.subscriber(at: subscriberIndex, in: tree))
            }
            guard !provider.subscribers.isEmpty else {
                throw X12Error(
                    .missingSegment, "the 2000A billing provider level has no subscriber; expected an HL*n*\(hl[1])*22 level",
                    at: hl.location())
            }
            providers.append(provider)
        }
        try self.init(
            guide: guide, reference: bht.required(3, "the batch reference"), creationDate: date,
            creationTime: bht.required(5, "the creation time as HHMM"), submitter: Submitter(reading: header, at: bht),
            receiver: Receiver(reading: header, at: bht), billingProviders: providers)
    }

    /// A 2000B level with its 2000C levels; throws when neither it nor a patient under it has a claim.
    private static func subscriber(at index: Int, in tree: ClaimHierarchy) throws(X12Error) -> ClaimSubscriber {
        let hl = tree.levels[index].hl
        var subscriber = try ClaimSubscriber(reading: tree.loop(at: index), at: hl)
        for patientIndex in tree.children(of: index, .patient) {
            subscriber.dependents.append(
                try ClaimPatient(reading: tree.loop(at: patientIndex), at: tree.levels[patientIndex].hl))
        }
        guard !subscriber.claims.isEmpty || !subscriber.dependents.isEmpty else {
            throw X12Error(
                .missingSegment,
                "the 2000B subscriber level has no CLM and no patient level; expected a 2300 claim or an HL*n*\(hl[1])*23 level",
                at: hl.location())
        }
        return subscriber
    }
}

extension ProfessionalClaimBatch.Submitter {
    init(reading header: X12Loop, at bht: X12Segment) throws(X12Error) {
        guard let loop = header.loops("1000A").first else {
            throw X12Error(
                .missingSegment, "the 837 has no NM1*41 after BHT; expected the 1000A submitter name", at: bht.location())
        }
        let nm1 = loop.segments[0]
        guard let per = loop.segment("PER") else {
            throw X12Error(.missingSegment, "the 1000A submitter has no PER; expected PER*IC with a contact", at: nm1.location())
        }
        let email = per[5] == "EM" ? per.optional(6) : per[7] == "EM" ? per.optional(8) : nil
        try self.init(
            name: nm1.required(3, "the submitter's name"), id: nm1.required(9, "the submitter id"),
            contactName: per.optional(2) ?? "", phone: per[3] == "TE" ? per[4] : "", email: email)
    }
}

extension ProfessionalClaimBatch.Receiver {
    init(reading header: X12Loop, at bht: X12Segment) throws(X12Error) {
        guard let nm1 = header.loops("1000B").first?.segments.first else {
            throw X12Error(
                .missingSegment, "the 837 has no NM1*40 before the first HL; expected the 1000B receiver name",
                at: bht.location())
        }
        try self.init(name: nm1.required(3, "the receiver's name"), id: nm1.required(9, "the receiver id"))
    }
}
