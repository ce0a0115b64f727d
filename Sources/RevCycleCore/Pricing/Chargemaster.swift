/// The site's price list: the gross charge for each service code, with the category that decides
/// which benefits (copay, coinsurance) apply when the service is estimated.
///
/// Read from a CSV named by the site file's `chargemaster:` key:
///
/// ```csv
/// code,description,service_type,revenue_code,price
/// 99213,"Office visit, established patient, low complexity",98,0510,180.00
/// 80053,Comprehensive metabolic panel,5,0301,64.00
/// ```
///
/// `service_type` is the X12 service type code the payer's 271 uses (`98` professional office
/// visit, `5` diagnostic lab, `4` diagnostic X-ray, `86` emergency, `UC` urgent care, `30` any).
public struct Chargemaster: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var code: String
        public var description: String
        public var serviceType: String
        public var revenueCode: String?
        public var price: Money
    }

    public private(set) var items: [String: Item]

    public static let header = ["code", "description", "service_type", "revenue_code", "price"]

    public init(items: [Item]) {
        self.items = Dictionary(items.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// - Throws: `malformedInput` listing every bad line (code format, price, duplicate code).
    public init(csv text: String, file: String) throws {
        let table = try CSVTable(text, file: file, header: Self.header)
        var problems = CSVProblems(file: file)
        var items: [String: Item] = [:]
        var lines: [String: Int] = [:]
        for row in table.rows {
            do {
                let code = try ServiceCode(parsing: row["code"]).rawValue
                if let earlier = lines[code] {
                    problems.add(line: row.line, column: "code", "code \(code) is also on line \(earlier).")
                    continue
                }
                let price = try Money(parsing: row["price"])
                guard price > .zero, price <= Money.postingLimit else {
                    throw RevCycleError(.invalidInput, "A price must be above zero and at most \(Money.postingLimit); got \(row["price"]).",
                                        at: "price")
                }
                guard (1...80).contains(row["description"].count) else {
                    throw RevCycleError(.invalidInput, "A description of 1 to 80 characters is required.", at: "description")
                }
                let serviceType = row["service_type"].uppercased()
                guard (1...2).contains(serviceType.count), serviceType.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else {
                    throw RevCycleError(.invalidInput, "\"\(row["service_type"])\" is not an X12 service type code; expected 1 or 2 characters such as 98 or UC.",
                                        at: "service_type")
                }
                let revenue = row["revenue_code"]
                guard revenue.isEmpty || (revenue.count == 4 && revenue.allSatisfy({ $0.isASCII && $0.isNumber })) else {
                    throw RevCycleError(.invalidInput, "\"\(revenue)\" is not a revenue code; expected 4 digits such as 0510.",
                                        at: "revenue_code")
                }
                lines[code] = row.line
                items[code] = Item(code: code, description: row["description"], serviceType: serviceType,
                                   revenueCode: revenue.isEmpty ? nil : revenue, price: price)
            } catch let error as RevCycleError {
                problems.add(line: row.line, error)
            }
        }
        try problems.throwIfAny(what: "loaded")
        self.items = items
    }

    /// The item for `code`.
    ///
    /// - Throws: `notFound` naming the code.
    public func item(_ code: String) throws -> Item {
        guard let item = items[code.uppercased()] else {
            throw RevCycleError(.notFound, "Service code \(code) is not in the site's chargemaster.",
                                remedy: "check the code, or add it to the chargemaster CSV named in the site file")
        }
        return item
    }
}
