extension ClaimAcknowledgment {
    /// Reads every 277CA of an interchange, one acknowledgment per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HN`, a set is not a 277, or a
    ///   set lacks what ``init(parsing:)`` requires.
    public static func acknowledgments(in interchange: X12Interchange) throws(X12Error) -> [ClaimAcknowledgment] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "277") {
            (set) throws(X12Error) in try ClaimAcknowledgment(parsing: set)
        }
    }

    /// Reads one 277CA transaction set: one information source with its trace and dates, one receiver
    /// with its trace and statuses, and the billing providers with their patients' claims.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        typealias Level = ClaimAcknowledgmentLevel
        let tree = try X12Hierarchy<Level>(set, expecting: "277")
        let bht = tree.bht
        guard bht[1] == "0085" else {
            throw X12Error(
                .invalidValue, "BHT01 is \(X12Error.quote(bht[1])); expected 0085 (source, receiver, provider, patient)",
                at: bht.location(element: 1))
        }
        guard tree.roots.count == 1 else {
            throw X12Error(
                .unexpectedSegment, "a second 2000A information source level starts; expected one per 277CA",
                at: tree.levels[tree.roots[1]].hl.location())
        }
        let source = tree.levels[tree.roots[0]]
        let sourceName = try tree.required("NM1", in: tree.roots[0], "NM1*AY or NM1*PR naming the clearinghouse or payer")
        guard let receiverIndex = try tree.onlyChild(of: tree.roots[0], .receiver) else {
            throw X12Error(
                .missingSegment, "the information source has no 2000B information receiver level; expected HL*2*1*21*1",
                at: source.hl.location())
        }
        let receiver = tree.levels[receiverIndex]
        var receiverTotals = Totals()
        var receiverStatuses: [Status] = []
        for segment in receiver.segments {
            if segment.id == "STC" { receiverStatuses.append(try Status(reading: segment)) }
            _ = try receiverTotals.read(segment, accepted: "90", rejected: "AA")
        }
        var providers: [Provider] = []
        for providerIndex in tree.children(of: receiverIndex, .provider) {
            providers.append(try Self.provider(at: providerIndex, in: tree))
        }
        self.init(
            reference: try bht.required(3, "the acknowledgment's reference"),
            creationDate: try bht.requiredDate(4, "the creation date"),
            creationTime: try bht.required(5, "the creation time as HHMM"), source: try PartyName(reading: sourceName),
            sourceIsClearinghouse: sourceName[1] == "AY",
            sourceTrace: try Self.trace(in: source, type: "1", "TRN*1 with the source's trace number"),
            receivedDate: try Self.date("050", in: source, "the day the batch was received"),
            processedDate: try Self.date("009", in: source, "the day the batch was processed"),
            receiver: try PartyName(reading: tree.required("NM1", in: receiverIndex, "NM1*41 naming the submitter")),
            batchReference: try Self.trace(in: receiver, type: "2", "TRN*2 with the batch's reference"),
            receiverStatuses: receiverStatuses, receiverTotals: receiverTotals, providers: providers)
    }

    private static func provider(at index: Int, in tree: X12Hierarchy<ClaimAcknowledgmentLevel>) throws(X12Error)
        -> Provider
    {
        let level = tree.levels[index]
        var provider = Provider(
            name: try PartyName(reading: tree.required("NM1", in: index, "NM1*85 naming the billing provider")),
            trace: try trace(in: level, type: "1", "TRN*1 with the provider's trace number"), statuses: [], claims: [])
        for segment in level.segments {
            switch segment.id {
            case "STC": provider.statuses.append(try Status(reading: segment))
            case "REF": provider.reference = try X12Person.Reference(readingRemittance: segment)
            default: _ = try provider.totals.read(segment, accepted: "QA", rejected: "QC")
            }
        }
        for patientIndex in tree.children(of: index, .patient) {
            let patientLevel = tree.levels[patientIndex]
            let patient = try PartyName(reading: tree.required("NM1", in: patientIndex, "NM1*QC naming the patient"))
            // Each TRN starts a 2200D claim; an SVC starts its 2220D service lines, which are skipped.
            var claimSegments: [[X12Segment]] = []
            var isInServiceLine = false
            for segment in patientLevel.segments {
                if segment.id == "TRN" {
                    claimSegments.append([segment])
                    isInServiceLine = false
                } else if segment.id == "SVC" {
                    isInServiceLine = true
                } else if !isInServiceLine, !claimSegments.isEmpty {
                    claimSegments[claimSegments.count - 1].append(segment)
                }
            }
            for segments in claimSegments { provider.claims.append(try claim(segments, patient: patient)) }
        }
        return provider
    }

    private static func claim(_ segments: [X12Segment], patient: PartyName) throws(X12Error) -> Claim {
        let trn = segments[0]
        guard trn[1] == "2" else {
            throw X12Error(
                .invalidValue, "TRN01 is \(X12Error.quote(trn[1])); expected 2 (the claim's patient control number)",
                at: trn.location(element: 1))
        }
        guard let dtp = segments.first(where: { $0.id == "DTP" && $0[1] == "472" }) else {
            throw X12Error(
                .missingSegment, "the claim has no DTP*472; expected its dates of service", at: trn.location())
        }
        let service = try EligibilityDate(reading: dtp)
        var claim = Claim(
            patient: patient, patientControlNumber: try trn.required(2, "the patient control number"), statuses: [],
            serviceDate: service.start, serviceEndDate: service.end)
        for segment in segments.dropFirst() {
            switch (segment.id, segment[1]) {
            case ("STC", _): claim.statuses.append(try Status(reading: segment))
            case ("REF", "1K"): claim.payerClaimControlNumber = try segment.required(2, "the payer claim control number")
            case ("REF", "D9"): claim.clearinghouseTraceNumber = try segment.required(2, "the clearinghouse trace number")
            default: continue
            }
        }
        guard !claim.statuses.isEmpty else {
            throw X12Error(.missingSegment, "the claim has no STC; expected its status, such as STC*A1:20", at: trn.location())
        }
        return claim
    }

    /// TRN02 of the level's TRN, whose TRN01 must be `type`.
    private static func trace(in level: X12Hierarchy<ClaimAcknowledgmentLevel>.Level, type: String, _ meaning: String)
        throws(X12Error) -> String
    {
        guard let trn = level.segments.first(where: { $0.id == "TRN" }) else {
            throw X12Error(.missingSegment, "the \(level.code.name) level has no TRN; expected \(meaning)", at: level.hl.location())
        }
        guard trn[1] == type else {
            throw X12Error(
                .invalidValue, "TRN01 is \(X12Error.quote(trn[1])); expected \(type) at the \(level.code.name) level",
                at: trn.location(element: 1))
        }
        return try trn.required(2, "a trace number")
    }

    /// The date of the level's `DTP*<qualifier>*D8`.
    private static func date(_ qualifier: String, in level: X12Hierarchy<ClaimAcknowledgmentLevel>.Level, _ meaning: String)
        throws(X12Error) -> X12Date
    {
        guard let dtp = level.segments.first(where: { $0.id == "DTP" && $0[1] == qualifier }) else {
            throw X12Error(
                .missingSegment, "the \(level.code.name) level has no DTP*\(qualifier); expected \(meaning)",
                at: level.hl.location())
        }
        return try EligibilityDate(reading: dtp).start
    }
}
