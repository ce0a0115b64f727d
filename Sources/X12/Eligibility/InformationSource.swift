/// The payer that answers an eligibility inquiry: loop 2100A, `NM1*PR*2*<name>*****PI*<payer id>`.
///
/// ```swift
/// let payer = InformationSource(name: "ACME HEALTH", payerID: "ACME01")
/// ```
public struct InformationSource: Sendable, Hashable {
    /// NM103, the payer's name.
    public var name: String
    /// NM109, the payer id (qualifier NM108 is ``idQualifier``).
    public var payerID: String
    /// NM108: `PI` payer identification (the default), `XV` CMS plan id, `FI` tax id.
    public var idQualifier: String

    public init(name: String, payerID: String, idQualifier: String = "PI") {
        self.name = name
        self.payerID = payerID
        self.idQualifier = idQualifier
    }

    var segment: X12Segment {
        X12Segment("NM1", values: ["PR", "2", name, nil, nil, nil, nil, idQualifier, payerID])
    }

    init(reading nm1: X12Segment) throws(X12Error) {
        try self.init(
            name: nm1.required(3, "the information source's (payer's) name"),
            payerID: nm1.required(9, "the payer id"), idQualifier: nm1.required(8, "an id qualifier such as PI"))
    }
}
