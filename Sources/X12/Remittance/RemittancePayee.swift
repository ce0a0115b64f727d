/// The provider paid by a remittance: loop 1000B of an 835 (N1*PE, N3, N4, REF).
///
/// ```swift
/// let payee = RemittancePayee(
///     name: "NORTH CLINIC", id: "1245319599",
///     references: [X12Person.Reference(qualifier: "TJ", value: "123456789")])
/// ```
public struct RemittancePayee: Sendable, Hashable {
    /// N102.
    public var name: String
    /// N103: `XX` NPI (the default), `FI` tax id, `XV` plan id.
    public var idQualifier: String
    /// N104.
    public var id: String
    /// N3 and N4, when sent.
    public var address: X12Person.Address?
    /// REF: `TJ` tax id, `PQ` payee id, `0B` state license, `D3` NCPDP number.
    public var references: [X12Person.Reference]

    public init(
        name: String, idQualifier: String = "XX", id: String, address: X12Person.Address? = nil,
        references: [X12Person.Reference] = []
    ) {
        self.name = name
        self.idQualifier = idQualifier
        self.id = id
        self.address = address
        self.references = references
    }

    /// The payee's NPI, when N103 is `XX`.
    public var npi: String? { idQualifier == "XX" ? id : nil }

    /// The tax id of `REF*TJ` (or of N104 when N103 is `FI`).
    public var taxID: String? {
        references.first { $0.qualifier == "TJ" }?.value ?? (idQualifier == "FI" ? id : nil)
    }
}

// MARK: - Segments

extension RemittancePayee {
    var segments: [X12Segment] {
        [X12Segment("N1", values: ["PE", name, idQualifier, id])] + (address?.segments ?? [])
            + references.map(\.segment)
    }

    /// The payee from the segments of loop 1000B (the first is its N1).
    init(reading segments: [X12Segment]) throws(X12Error) {
        let n1 = segments[0]
        self.init(
            name: try n1.required(2, "the payee's name"), idQualifier: try n1.required(3, "an id qualifier such as XX"),
            id: try n1.required(4, "the payee's id, such as its NPI"),
            address: try X12Person.Address(readingIn: segments))
        for segment in segments where segment.id == "REF" {
            references.append(try X12Person.Reference(readingRemittance: segment))
        }
    }
}
