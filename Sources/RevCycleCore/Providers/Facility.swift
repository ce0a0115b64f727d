/// The hospital or clinic a site stands for, as it appears on claims, estimates and receipts.
public struct Facility: Sendable, Hashable {
    public var name: String
    public var npi: NationalProviderID
    public var tin: TaxpayerID
    public var address: PostalAddress
    public var phone: PhoneNumber?

    public init(name: String, npi: NationalProviderID, tin: TaxpayerID, address: PostalAddress, phone: PhoneNumber?) {
        self.name = name
        self.npi = npi
        self.tin = tin
        self.address = address
        self.phone = phone
    }
}

/// A rendering provider who sees patients at the site.
public struct Provider: Sendable, Hashable {
    public var npi: NationalProviderID
    public var name: String
    /// The NUCC taxonomy code (`207Q00000X` family medicine), when known.
    public var taxonomy: String?

    public init(npi: NationalProviderID, name: String, taxonomy: String? = nil) {
        self.npi = npi
        self.name = name
        self.taxonomy = taxonomy
    }
}
