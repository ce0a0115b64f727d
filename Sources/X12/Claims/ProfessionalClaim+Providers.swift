extension ProfessionalClaim {
    /// Loop 2310B, the person who rendered the care: `NM1*82*1*<last>*<first>****XX*<NPI>` and
    /// `PRV*PE*PXC*<taxonomy>`.
    ///
    /// ```swift
    /// let doctor = ProfessionalClaim.RenderingProvider(
    ///     lastName: "SMITH", firstName: "JOHN", npi: "1003000126", taxonomy: "207Q00000X")
    /// ```
    public struct RenderingProvider: Sendable, Hashable {
        /// NM103.
        public var lastName: String
        /// NM104.
        public var firstName: String?
        /// NM109, the rendering provider's own NPI.
        public var npi: String
        /// PRV03, the provider taxonomy code.
        public var taxonomy: String?

        public init(lastName: String, firstName: String? = nil, npi: String, taxonomy: String? = nil) {
            self.lastName = lastName
            self.firstName = firstName
            self.npi = npi
            self.taxonomy = taxonomy
        }

        var segments: [X12Segment] {
            [X12Segment("NM1", values: ["82", "1", lastName, firstName, nil, nil, nil, "XX", npi])]
                + (taxonomy.map { [X12Segment("PRV", ["PE", "PXC", X12Element($0)])] } ?? [])
        }

        init(reading loop: X12Loop) throws(X12Error) {
            let nm1 = loop.segments[0]
            try self.init(
                lastName: nm1.required(3, "the rendering provider's last name"), firstName: nm1.optional(4),
                npi: nm1.required(9, "the rendering provider's NPI"),
                taxonomy: loop.segments.first { $0.id == "PRV" && $0[1] == "PE" }?.optional(3))
        }
    }

    /// Loop 2310C, where the service was given: `NM1*77*2*<name>*****XX*<NPI>` with N3/N4.
    public struct ServiceFacility: Sendable, Hashable {
        /// NM103.
        public var name: String
        /// NM109, the facility's NPI, when it has one.
        public var npi: String?
        /// N3/N4.
        public var address: X12Person.Address

        public init(name: String, npi: String? = nil, address: X12Person.Address) {
            self.name = name
            self.npi = npi
            self.address = address
        }

        var segments: [X12Segment] {
            [X12Segment("NM1", values: ["77", "2", name, nil, nil, nil, nil, npi.map { _ in "XX" }, npi])]
                + address.segments
        }

        init(reading loop: X12Loop) throws(X12Error) {
            let nm1 = loop.segments[0]
            try self.init(
                name: nm1.required(3, "the service facility's name"), npi: nm1.optional(9),
                address: X12Person.Address(reading: loop, after: nm1))
        }
    }
}
