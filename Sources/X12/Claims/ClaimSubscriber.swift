/// The subscriber of an 837P (loops 2000B, 2010BA, 2010BB): who holds the coverage and which payer
/// it is with, and the claims billed under it.
///
/// Written as `HL*n*<provider>*22*<1 when dependents follow>`,
/// `SBR*<P|S|T>*<18 when the subscriber is a patient>*<group>*<group name>*****<filing indicator>`,
/// `NM1*IL*1*…*MI*<member id>` with N3/N4 and DMG, and `NM1*PR*2*<payer>*****PI*<payer id>`.
/// ``claims`` are those where the subscriber is the patient; claims for a spouse or child go under
/// a ``ClaimPatient`` in ``dependents``.
///
/// ```swift
/// let subscriber = ClaimSubscriber(
///     responsibility: "P", person: jane, groupNumber: "GRP100", claimFilingIndicator: "CI",
///     payer: ClaimSubscriber.Payer(name: "ACME HEALTH", payerID: "ACME01"), claims: [claim])
/// ```
public struct ClaimSubscriber: Sendable, Hashable {
    /// The payer of loop 2010BB (and of 2330B for a secondary claim): `NM1*PR*2*<name>*****PI*<id>`.
    public struct Payer: Sendable, Hashable {
        /// NM103.
        public var name: String
        /// NM109 with NM108 `PI`: the payer id.
        public var payerID: String
        /// N3/N4, when the payer wants its address on the claim.
        public var address: X12Person.Address?

        public init(name: String, payerID: String, address: X12Person.Address? = nil) {
            self.name = name
            self.payerID = payerID
            self.address = address
        }

        var segments: [X12Segment] {
            [X12Segment("NM1", values: ["PR", "2", name, nil, nil, nil, nil, "PI", payerID])] + (address?.segments ?? [])
        }

        init(reading loop: X12Loop) throws(X12Error) {
            let nm1 = loop.segments[0]
            guard nm1[8] == "PI" || nm1[8] == "XV" else {
                throw X12Error(
                    .invalidValue, "NM108 is \(X12Error.quote(nm1[8])); expected PI (payer id)", at: nm1.location(element: 8))
            }
            try self.init(
                name: nm1.required(3, "the payer's name"), payerID: nm1.required(9, "the payer id"),
                address: loop.segment("N3") == nil ? nil : X12Person.Address(reading: loop, after: nm1))
        }
    }

    /// SBR01, the payer's responsibility for these claims: `P` primary, `S` secondary, `T` tertiary.
    public var responsibility: String
    /// Loop 2010BA: names, member id (required), address and, when the subscriber is a patient,
    /// date of birth and gender.
    public var person: X12Person
    /// SBR03, the group or policy number.
    public var groupNumber: String?
    /// SBR04, the group name.
    public var groupName: String?
    /// SBR09, the claim filing indicator: `CI` commercial, `MB` Medicare Part B, `MC` Medicaid,
    /// `BL` Blue Cross/Blue Shield, `HM` HMO, `CH` Tricare, `WC` workers' compensation, ….
    public var claimFilingIndicator: String
    /// Loop 2010BB.
    public var payer: Payer
    /// 2300 loops where the subscriber is the patient.
    public var claims: [ProfessionalClaim]
    /// 2000C levels: patients other than the subscriber, each with their claims.
    public var dependents: [ClaimPatient]

    public init(
        responsibility: String = "P", person: X12Person, groupNumber: String? = nil, groupName: String? = nil,
        claimFilingIndicator: String, payer: Payer, claims: [ProfessionalClaim] = [], dependents: [ClaimPatient] = []
    ) {
        self.responsibility = responsibility
        self.person = person
        self.groupNumber = groupNumber
        self.groupName = groupName
        self.claimFilingIndicator = claimFilingIndicator
        self.payer = payer
        self.claims = claims
        self.dependents = dependents
    }
}

// MARK: - Segments

extension ClaimSubscriber {
    /// SBR, loops 2010BA and 2010BB, then the claims (the HL is written by the batch).
    var segments: [X12Segment] {
        let sbr = X12Segment(
            "SBR",
            values: [
                responsibility, claims.isEmpty ? nil : "18", groupNumber, groupName, nil, nil, nil, nil,
                claimFilingIndicator,
            ])
        return [sbr] + person.claimSegments(entity: "IL") + payer.segments + claims.flatMap(\.segments)
    }

    /// Reads a 2000B level's segments (after the HL); dependents are read by the batch.
    init(reading level: X12Loop, at hl: X12Segment) throws(X12Error) {
        guard let sbr = level.segment("SBR") else {
            throw X12Error(
                .missingSegment, "the 2000B subscriber level has no SBR; expected SBR with the payer responsibility",
                at: hl.location())
        }
        guard let name = level.loops("2010BA").first else {
            throw X12Error(
                .missingSegment, "the 2000B subscriber level has no NM1*IL; expected the 2010BA subscriber name",
                at: hl.location())
        }
        guard let payer = level.loops("2010BB").first else {
            throw X12Error(
                .missingSegment, "the 2000B subscriber level has no NM1*PR; expected the 2010BB payer name",
                at: hl.location())
        }
        let person = try X12Person(readingClaimLoop: name)
        guard person.memberID != nil else {
            throw X12Error(
                .invalidValue, "NM109 is empty; expected the subscriber's member id with NM108 MI",
                at: name.segments[0].location(element: 9))
        }
        try self.init(
            responsibility: sbr.required(1, "the payer responsibility (P, S or T)"), person: person,
            groupNumber: sbr.optional(3), groupName: sbr.optional(4),
            claimFilingIndicator: sbr.required(9, "the claim filing indicator such as CI"),
            payer: Payer(reading: payer), claims: ProfessionalClaim.claims(in: level))
    }
}
