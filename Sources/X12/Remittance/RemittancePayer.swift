/// The payer of a remittance: loop 1000A of an 835 (N1*PR, N3, N4, REF, PER).
///
/// ```swift
/// let payer = RemittancePayer(
///     name: "ACME HEALTH",
///     address: X12Person.Address(line1: "1 INSURANCE WAY", city: "HARTFORD", state: "CT", postalCode: "06103"),
///     additionalIDs: [X12Person.Reference(qualifier: "2U", value: "ACME01")],
///     technicalContacts: [RemittanceContact(name: "EDI SUPPORT", numbers: [.phone("8005551212")])])
/// ```
public struct RemittancePayer: Sendable, Hashable {
    /// N102.
    public var name: String
    /// N104 with N103 `XV`: the CMS national plan id, when the payer has one.
    public var planID: String?
    /// N3 and N4, required in an 835.
    public var address: X12Person.Address?
    /// REF: `2U` payer identification number, `EO` submitter id, `HI` HIN, `NF` NAIC code (at most 4).
    public var additionalIDs: [X12Person.Reference]
    /// `PER*CX`, the payer's business contact.
    public var businessContact: RemittanceContact?
    /// `PER*BL`, the payer's technical contacts: an 835 must carry at least one.
    public var technicalContacts: [RemittanceContact]
    /// `PER*IC*UR`, the payer's web site.
    public var website: String?

    public init(
        name: String, planID: String? = nil, address: X12Person.Address?, additionalIDs: [X12Person.Reference] = [],
        businessContact: RemittanceContact? = nil, technicalContacts: [RemittanceContact], website: String? = nil
    ) {
        self.name = name
        self.planID = planID
        self.address = address
        self.additionalIDs = additionalIDs
        self.businessContact = businessContact
        self.technicalContacts = technicalContacts
        self.website = website
    }

    /// The payer id of `REF*2U`, when sent.
    public var payerID: String? { additionalIDs.first { $0.qualifier == "2U" }?.value }
}

// MARK: - Segments

extension RemittancePayer {
    var segments: [X12Segment] {
        var segments = [X12Segment("N1", values: ["PR", name, planID.map { _ in "XV" }, planID])]
        segments += (address?.segments ?? []) + additionalIDs.map(\.segment)
        if let businessContact { segments.append(businessContact.segment(function: "CX")) }
        segments += technicalContacts.map { $0.segment(function: "BL") }
        if let website { segments.append(X12Segment("PER", values: ["IC", nil, "UR", website])) }
        return segments
    }

    /// The payer from the segments of loop 1000A (the first is its N1).
    init(reading segments: [X12Segment]) throws(X12Error) {
        let n1 = segments[0]
        self.init(
            name: try n1.required(2, "the payer's name"), planID: n1[3] == "XV" ? n1.optional(4) : nil,
            address: try X12Person.Address(readingIn: segments), technicalContacts: [])
        for segment in segments.dropFirst() {
            switch (segment.id, segment[1]) {
            case ("REF", _): additionalIDs.append(try X12Person.Reference(readingRemittance: segment))
            case ("PER", "CX"): businessContact = RemittanceContact(reading: segment)
            case ("PER", "BL"): technicalContacts.append(RemittanceContact(reading: segment))
            case ("PER", "IC"): website = segment.optional(4)
            default: continue
            }
        }
    }
}

extension X12Person.Address {
    /// The address of the first N3 and N4 among `segments`, or `nil` when there is no N3.
    init?(readingIn segments: [X12Segment]) throws(X12Error) {
        guard let n3 = segments.first(where: { $0.id == "N3" }) else { return nil }
        let n4 = segments.first { $0.id == "N4" }
        self.init(
            line1: try n3.required(1, "an address line"), line2: n3.optional(2), city: n4?[1] ?? "",
            state: n4?.optional(2), postalCode: n4?.optional(3))
    }
}

extension X12Person.Reference {
    /// `REF*<qualifier>*<value>`, both required.
    init(readingRemittance ref: X12Segment) throws(X12Error) {
        self.init(
            qualifier: try ref.required(1, "a reference qualifier"), value: try ref.required(2, "a reference number"))
    }
}
