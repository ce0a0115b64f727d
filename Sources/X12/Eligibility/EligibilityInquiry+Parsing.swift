extension EligibilityInquiry {
    /// Reads every 270 of an interchange, one inquiry per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `HS`, a set is not a 270,
    ///   or a set does not hold the hierarchy and segments ``init(parsing:)`` expects.
    public static func inquiries(in interchange: X12Interchange) throws(X12Error) -> [EligibilityInquiry] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "270") {
            (set) throws(X12Error) in try EligibilityInquiry(parsing: set)
        }
    }

    /// Reads one 270 transaction set.
    ///
    /// The set must hold one information source (HL 20, `NM1` with the payer id), one information
    /// receiver under it (HL 21), one subscriber under that (HL 22) and at most one dependent (HL 23),
    /// a TRN trace number at the patient's level (or the subscriber's) and at least one EQ.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        let tree = try EligibilityHierarchy(set, expecting: "270")
        let header = try tree.creation()
        let sourceIndex = try tree.onlySource()
        let source = try InformationSource(reading: tree.required("NM1", in: sourceIndex, "NM1*PR naming the payer"))
        guard let receiverIndex = try tree.onlyChild(of: sourceIndex, .receiver) else {
            throw X12Error(
                .missingSegment,
                "the information source has no 2000B information receiver level; expected HL*2*1*21*1",
                at: tree.levels[sourceIndex].hl.location())
        }
        let receiver = try InformationReceiver(
            reading: tree.required("NM1", in: receiverIndex, "NM1*1P naming the provider"))
        guard let subscriberIndex = try tree.onlyChild(of: receiverIndex, .subscriber) else {
            throw X12Error(
                .missingSegment, "the information receiver has no 2000C subscriber level; expected HL*3*2*22",
                at: tree.levels[receiverIndex].hl.location())
        }
        let subscriber = try MemberLevelReading(tree.levels[subscriberIndex], entity: "IL")
        let dependentIndex = try tree.onlyChild(of: subscriberIndex, .dependent)
        let dependent = try dependentIndex.map {
            (index) throws(X12Error) in try MemberLevelReading(tree.levels[index], entity: "03")
        }
        let patient = dependent ?? subscriber
        let patientLevel = tree.levels[dependentIndex ?? subscriberIndex]
        guard let trace = patient.member.traces.first ?? subscriber.member.traces.first else {
            throw X12Error(
                .missingSegment, "the patient's level has no TRN; expected TRN*1 with a trace number",
                at: patientLevel.hl.location())
        }
        guard !patient.serviceTypes.isEmpty else {
            throw X12Error(
                .missingSegment, "the patient's level has no EQ; expected EQ with a service type such as 30",
                at: patientLevel.hl.location())
        }
        let eligibility = (patient.member.dates + patient.inquiryDates).first { $0.qualifier == .plan }
        self.init(
            reference: header.reference, creationDate: header.date, creationTime: header.time, source: source,
            receiver: receiver, subscriber: subscriber.member.person, dependent: dependent?.member.person,
            trace: trace, eligibilityDate: eligibility?.start, eligibilityEndDate: eligibility?.end,
            serviceTypes: patient.serviceTypes)
    }
}
