import RevCycleCore

/// The site file's `facility:`, `providers:`, `holidays:`, `chargemaster:` and exchange keys.
///
/// ```yaml
/// facility:
///   name: Default Community Hospital
///   npi: "1245319599"
///   tin: 36-1234567
///   address: { line1: 100 Main St, city: Springfield, state: IL, zip: "62704" }
///   phone: 217-555-0100
/// providers:
///   "1003000126": { name: Dr. Maria Okafor, taxonomy: 207Q00000X }
/// holidays: [2026-12-24]          # closed days beyond the US federal holidays
/// chargemaster: config/fees/default-chargemaster.csv
/// payment_gateway: sandbox
/// clearinghouse: sandbox
/// ```
extension SiteConfiguration {
    static let facilityKeys = ["name", "npi", "tin", "address", "phone"]
    static let addressKeys = ["line1", "line2", "city", "state", "zip"]
    /// The card processors RevCycle can talk to.
    public static let paymentGateways = ["sandbox"]
    /// Who answers the site's outbox: `sandbox` (the built-in payer) or `external` (files wait for a
    /// real clearinghouse to pick them up and drop answers in the inbox).
    public static let clearinghouses = ["sandbox", "external"]

    static func facility(from node: ConfigNode) throws -> Facility {
        var values: [String: ConfigNode] = [:]
        for (key, value) in try node.mapping(expecting: facilityKeys) { values[key] = value }
        for required in ["name", "npi", "tin", "address"] where values[required] == nil {
            throw node.error("The facility needs `\(required)`; expected keys \(facilityKeys.joined(separator: ", ")).")
        }
        return try converting(node) {
            Facility(name: try values["name"]!.string(),
                     npi: try converting(values["npi"]!) { try NationalProviderID(parsing: try values["npi"]!.string()) },
                     tin: try converting(values["tin"]!) { try TaxpayerID(parsing: try values["tin"]!.string()) },
                     address: try address(from: values["address"]!),
                     phone: try values["phone"].map { phone in try converting(phone) { try PhoneNumber(parsing: try phone.string()) } })
        }
    }

    static func address(from node: ConfigNode) throws -> PostalAddress {
        var values: [String: String] = [:]
        for (key, value) in try node.mapping(expecting: addressKeys) { values[key] = try value.string() }
        return try converting(node) {
            try PostalAddress(line1: values["line1"] ?? "", line2: values["line2"], city: values["city"] ?? "",
                              state: try StateCode(parsing: values["state"] ?? ""), zip: try ZIPCode(parsing: values["zip"] ?? ""))
        }
    }

    static func providers(from node: ConfigNode) throws -> [NationalProviderID: Provider] {
        var providers: [NationalProviderID: Provider] = [:]
        for (npiText, entry) in try node.mapping() {
            let npi = try converting(entry) { try NationalProviderID(parsing: npiText) }
            var name: String?
            var taxonomy: String?
            for (key, value) in try entry.mapping(expecting: ["name", "taxonomy"]) {
                if key == "name" { name = try value.string() } else { taxonomy = try value.string() }
            }
            guard let name, (1...60).contains(name.count) else { throw entry.error("A provider needs a name of 1 to 60 characters.") }
            if let taxonomy, taxonomy.count != 10 {
                throw entry.error("\"\(taxonomy)\" is not a NUCC taxonomy code; expected 10 characters such as 207Q00000X.")
            }
            providers[npi] = Provider(npi: npi, name: name, taxonomy: taxonomy)
        }
        return providers
    }

    static func holidays(from node: ConfigNode) throws -> Set<CalendarDate> {
        Set(try node.sequence().map { item in try converting(item) { try CalendarDate(parsing: try item.string()) } })
    }

    static func choice(_ node: ConfigNode, among allowed: [String]) throws -> String {
        let value = try node.string()
        guard allowed.contains(value) else {
            throw node.error("\"\(value)\" is not one of: \(allowed.joined(separator: ", ")).")
        }
        return value
    }

    /// Runs `body`, turning a value error into a configuration error at `node`'s file and line.
    static func converting<T>(_ node: ConfigNode, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RevCycleError where error.code == .invalidInput {
            throw node.error(error.message)
        }
    }
}
