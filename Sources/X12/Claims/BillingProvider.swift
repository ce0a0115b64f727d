/// A billing provider of an 837P (loop 2000A with 2010AA) and the subscribers it bills for.
///
/// Written as `HL*n**20*1`, an optional `PRV*BI*PXC*<taxonomy>`, `NM1*85*2*<name>*****XX*<NPI>`,
/// N3/N4 (a street address, not a post office box) and `REF*EI*<tax id>`.
///
/// ```swift
/// let clinic = BillingProvider(
///     name: "NORTH CLINIC", npi: "1245319599", taxonomy: "207Q00000X",
///     address: X12Person.Address(line1: "1 MAIN ST", city: "SPRINGFIELD", state: "IL", postalCode: "627011234"),
///     taxID: "123456789", subscribers: [subscriber])
/// ```
public struct BillingProvider: Sendable, Hashable {
    /// NM103, the organization's name.
    public var name: String
    /// NM109, the 10-digit National Provider Identifier (its check digit is verified when building).
    public var npi: String
    /// PRV03, the provider taxonomy code, when the payer asks for it.
    public var taxonomy: String?
    /// N3/N4.
    public var address: X12Person.Address
    /// REF02 with REF01 `EI`: the employer identification number, nine digits.
    public var taxID: String
    /// The 2000B levels under this provider.
    public var subscribers: [ClaimSubscriber]

    public init(
        name: String, npi: String, taxonomy: String? = nil, address: X12Person.Address, taxID: String,
        subscribers: [ClaimSubscriber]
    ) {
        self.name = name
        self.npi = npi
        self.taxonomy = taxonomy
        self.address = address
        self.taxID = taxID
        self.subscribers = subscribers
    }
}

// MARK: - Segments

extension BillingProvider {
    /// PRV, then loop 2010AA (the HL is written by the batch).
    var segments: [X12Segment] {
        var segments = taxonomy.map { [X12Segment("PRV", ["BI", "PXC", X12Element($0)])] } ?? []
        segments.append(X12Segment("NM1", values: ["85", "2", name, nil, nil, nil, nil, "XX", npi]))
        segments += address.segments
        segments.append(X12Segment("REF", ["EI", X12Element(taxID)]))
        return segments
    }

    /// Reads a 2000A level's segments (after the HL); the subscribers are read by the batch.
    init(reading level: X12Loop, at hl: X12Segment) throws(X12Error) {
        guard let name = level.loops("2010AA").first, let nm1 = name.segment("NM1") else {
            throw X12Error(
                .missingSegment, "the 2000A billing provider level has no NM1*85; expected the 2010AA billing provider name",
                at: hl.location())
        }
        guard nm1[8] == "XX" else {
            throw X12Error(.invalidValue, "NM108 is \(X12Error.quote(nm1[8])); expected XX (NPI)", at: nm1.location(element: 8))
        }
        guard let ein = name.segments.first(where: { $0.id == "REF" && $0[1] == "EI" }) else {
            throw X12Error(
                .missingSegment, "the 2010AA billing provider has no REF*EI; expected the tax id", at: nm1.location())
        }
        try self.init(
            name: nm1.required(3, "the billing provider's name"), npi: nm1.required(9, "the billing provider's NPI"),
            taxonomy: level.segments.first { $0.id == "PRV" && $0[1] == "BI" }?.optional(3),
            address: X12Person.Address(reading: name, after: nm1), taxID: ein.required(2, "the tax id"),
            subscribers: [])
    }
}
