extension ProfessionalClaim {
    /// Another coverage of the patient and what its payer decided (loops 2320, 2330A, 2330B), as a
    /// secondary claim carries the primary payer's adjudication.
    ///
    /// Written as `SBR*<P|S|T>*<relationship>*<group>******<filing indicator>`, claim-level `CAS`,
    /// `AMT*D*<paid>`, `OI***Y***I`, then `NM1*IL` (2330A) and `NM1*PR` (2330B).
    ///
    /// ```swift
    /// let primary = ProfessionalClaim.OtherSubscriber(
    ///     responsibility: "P", relationship: "18", claimFilingIndicator: "CI",
    ///     adjustments: [RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 2_000)], paidAmount: 8_000,
    ///     subscriber: X12Person(lastName: "DOE", firstName: "JANE", memberID: "W123456789"),
    ///     payer: ClaimSubscriber.Payer(name: "ACME HEALTH", payerID: "ACME01"))
    /// ```
    public struct OtherSubscriber: Sendable, Hashable {
        /// SBR01, the other payer's responsibility: `P` when it is the primary.
        public var responsibility: String
        /// SBR02, the patient's relationship to the other subscriber: `18` self, `01` spouse, `19` child, `G8` other.
        public var relationship: String
        /// SBR03, the other coverage's group or policy number.
        public var groupNumber: String?
        /// SBR09, the other coverage's claim filing indicator.
        public var claimFilingIndicator: String
        /// CAS at claim level: adjustments the other payer made to the whole claim, as its 835 gave them.
        public var adjustments: [RemittanceAdjustment]
        /// `AMT*D`, what the other payer paid for the claim, in cents.
        public var paidAmount: Int64?
        /// OI03: whether benefits are assigned (`Y`/`N`).
        public var benefitsAssigned: Bool
        /// OI06, release of information: `I` or `Y`.
        public var releaseOfInformation: String
        /// Loop 2330A: the other subscriber, with their member id.
        public var subscriber: X12Person
        /// Loop 2330B: the other payer.
        public var payer: ClaimSubscriber.Payer

        public init(
            responsibility: String, relationship: String, groupNumber: String? = nil, claimFilingIndicator: String,
            adjustments: [RemittanceAdjustment] = [], paidAmount: Int64? = nil, benefitsAssigned: Bool = true,
            releaseOfInformation: String = "I", subscriber: X12Person, payer: ClaimSubscriber.Payer
        ) {
            self.responsibility = responsibility
            self.relationship = relationship
            self.groupNumber = groupNumber
            self.claimFilingIndicator = claimFilingIndicator
            self.adjustments = adjustments
            self.paidAmount = paidAmount
            self.benefitsAssigned = benefitsAssigned
            self.releaseOfInformation = releaseOfInformation
            self.subscriber = subscriber
            self.payer = payer
        }
    }
}

// MARK: - Segments

extension ProfessionalClaim.OtherSubscriber {
    var segments: [X12Segment] {
        var segments = [
            X12Segment(
                "SBR", values: [responsibility, relationship, groupNumber, nil, nil, nil, nil, nil, claimFilingIndicator])
        ]
        segments += RemittanceAdjustment.segments(for: adjustments)
        if let paidAmount { segments.append(X12Segment("AMT", ["D", X12Element(X12Decimal.dollars(cents: paidAmount))])) }
        segments.append(
            X12Segment("OI", values: [nil, nil, benefitsAssigned ? "Y" : "N", nil, nil, releaseOfInformation]))
        return segments + subscriber.claimSegments(entity: "IL") + payer.segments
    }

    /// Reads a 2320 loop with its 2330A and 2330B loops.
    init(reading loop: X12Loop) throws(X12Error) {
        let sbr = loop.segments[0]
        guard let subscriber = loop.loops("2330A").first else {
            throw X12Error(
                .missingSegment, "the 2320 other subscriber has no NM1*IL; expected the 2330A other subscriber name",
                at: sbr.location())
        }
        guard let payer = loop.loops("2330B").first else {
            throw X12Error(
                .missingSegment, "the 2320 other subscriber has no NM1*PR; expected the 2330B other payer name",
                at: sbr.location())
        }
        guard let oi = loop.segment("OI") else {
            throw X12Error(.missingSegment, "the 2320 other subscriber has no OI; expected OI***Y***I", at: sbr.location())
        }
        let paid = try loop.segments.first { $0.id == "AMT" && $0[1] == "D" }.map { (amt) throws(X12Error) in
            try amt.cents(2)
        }
        try self.init(
            responsibility: sbr.required(1, "the other payer's responsibility (P, S or T)"),
            relationship: sbr.required(2, "the relationship to the other subscriber such as 18"),
            groupNumber: sbr.optional(3), claimFilingIndicator: sbr.required(9, "the claim filing indicator such as CI"),
            adjustments: RemittanceAdjustment.reading(all: loop.segments), paidAmount: paid ?? nil,
            benefitsAssigned: oi.yesOrNo(3, "whether benefits are assigned"),
            releaseOfInformation: oi.required(6, "the release of information code I or Y"),
            subscriber: X12Person(readingClaimLoop: subscriber), payer: ClaimSubscriber.Payer(reading: payer))
    }
}

extension RemittanceAdjustment {
    /// The adjustments of every CAS among `segments`, in order.
    static func reading(all segments: [X12Segment]) throws(X12Error) -> [RemittanceAdjustment] {
        var adjustments: [RemittanceAdjustment] = []
        for cas in segments where cas.id == "CAS" { adjustments += try reading(cas) }
        return adjustments
    }
}

extension X12Segment {
    /// The element as `Y` (true) or `N` (false); throws for anything else.
    func yesOrNo(_ position: Int, _ meaning: String) throws(X12Error) -> Bool {
        switch self[position] {
        case "Y": return true
        case "N": return false
        default:
            throw X12Error(
                .invalidValue, "\(name(position)) is \(X12Error.quote(self[position])); expected Y or N (\(meaning))",
                at: location(element: position))
        }
    }
}
