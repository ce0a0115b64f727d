/// The provider asking about eligibility: loop 2100B, `NM1*1P*2*<name>*****XX*<NPI>`.
///
/// ```swift
/// let clinic = InformationReceiver(name: "NORTH CLINIC", npi: "1234567893")
/// ```
public struct InformationReceiver: Sendable, Hashable {
    /// NM103, the provider organization's name.
    public var name: String
    /// NM109, the provider's id: the 10-digit National Provider Identifier when ``idQualifier`` is `XX`.
    public var npi: String
    /// NM101: `1P` provider (the default), `FA` facility, `80` hospital.
    public var entity: String
    /// NM108: `XX` NPI (the default).
    public var idQualifier: String

    public init(name: String, npi: String, entity: String = "1P", idQualifier: String = "XX") {
        self.name = name
        self.npi = npi
        self.entity = entity
        self.idQualifier = idQualifier
    }

    var segment: X12Segment {
        X12Segment("NM1", values: [entity, "2", name, nil, nil, nil, nil, idQualifier, npi])
    }

    init(reading nm1: X12Segment) throws(X12Error) {
        try self.init(
            name: nm1.required(3, "the information receiver's (provider's) name"),
            npi: nm1.required(9, "the provider's NPI"), entity: nm1.required(1, "an entity code such as 1P"),
            idQualifier: nm1.required(8, "an id qualifier such as XX"))
    }
}
