import RevCycleCore

/// A professional claim to one payer for one encounter's charges owed by that payer.
struct Claim: Sendable, Hashable {
    /// `1` original, `7` replacement of a prior claim, `8` void.
    enum Frequency: String, Sendable { case original = "1", replacement = "7", void = "8" }

    var id: Int64
    var account: AccountID
    var payer: PayerCode
    var coverage: Int64
    var priority: CoveragePriority
    var frequency: Frequency
    /// The claim this one replaces or voids.
    var replaces: Int64?
    var total: Money
    var state: ClaimState
    var serviceDate: CalendarDate
    var payerClaimNumber: String?
    var lines: [ChargeLine]

    /// CLM01 and CLP01: the number the payer echoes back on every acknowledgment and remittance.
    var patientControlNumber: String { Self.patientControlNumber(id) }

    static func patientControlNumber(_ id: Int64) -> String { "RC\(id)" }

    static func id(fromPatientControlNumber text: String) -> Int64? {
        text.hasPrefix("RC") ? Int64(text.dropFirst(2)) : nil
    }
}
