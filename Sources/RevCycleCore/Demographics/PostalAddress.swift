/// A US mailing address.
public struct PostalAddress: Sendable, Hashable, Codable {
    public var line1: String
    public var line2: String?
    public var city: String
    public var state: StateCode
    public var zip: ZIPCode

    /// Checks that the street line and city are present and at most 55 characters (the X12 `N3`/`N4` limits).
    ///
    /// - Throws: `invalidInput` naming the field that is empty or too long.
    public init(line1: String, line2: String? = nil, city: String, state: StateCode, zip: ZIPCode) throws {
        self.line1 = try Self.text(line1, field: "address line 1")
        self.line2 = try line2.flatMap { $0.trimmingWhitespace().isEmpty ? nil : try Self.text($0, field: "address line 2") }
        self.city = try Self.text(city, field: "city")
        self.state = state
        self.zip = zip
    }

    /// `742 Evergreen Terrace, Apt 2, Springfield, IL 62704`.
    public var singleLine: String {
        ([line1] + (line2.map { [$0] } ?? []) + [city, "\(state) \(zip)"]).joined(separator: ", ")
    }

    static func text(_ value: String, field: String) throws -> String {
        let trimmed = value.trimmingWhitespace()
        guard (1...55).contains(trimmed.count) else {
            throw RevCycleError(.invalidInput, "The \(field) must be 1 to 55 characters; got \(trimmed.count).", at: field)
        }
        return trimmed
    }
}
