/// A supplemental amount of a claim or service line (AMT): a qualifier and cents.
///
/// ```swift
/// let allowed = RemittanceAmount.allowed(8_000)     // AMT*B6*80 on a service line
/// let coverage = RemittanceAmount.coverage(8_000)   // AMT*AU*80 on a claim
/// ```
public struct RemittanceAmount: Sendable, Hashable {
    /// AMT01: `B6` allowed (line), `AU` coverage, `I` interest, `F5` patient paid, `D8` discount,
    /// `DY` per day limit, `NL` negative ledger balance, `T` tax, `KH` late filing reduction (line).
    public var qualifier: String
    /// AMT02 in cents.
    public var amount: Int64

    public init(qualifier: String, amount: Int64) {
        self.qualifier = qualifier
        self.amount = amount
    }

    /// `AMT*B6`, the allowed amount of a service line.
    public static func allowed(_ cents: Int64) -> RemittanceAmount { RemittanceAmount(qualifier: "B6", amount: cents) }
    /// `AMT*AU`, the amount the claim's coverage covers.
    public static func coverage(_ cents: Int64) -> RemittanceAmount { RemittanceAmount(qualifier: "AU", amount: cents) }
    /// `AMT*I`, interest paid with the claim.
    public static func interest(_ cents: Int64) -> RemittanceAmount { RemittanceAmount(qualifier: "I", amount: cents) }
    /// `AMT*F5`, what the patient has already paid.
    public static func patientPaid(_ cents: Int64) -> RemittanceAmount { RemittanceAmount(qualifier: "F5", amount: cents) }

    var segment: X12Segment {
        X12Segment("AMT", values: [qualifier, X12Decimal.dollars(cents: amount)])
    }

    init(reading amt: X12Segment) throws(X12Error) {
        self.init(
            qualifier: try amt.required(1, "an amount qualifier such as B6"), amount: try amt.requiredCents(2, "the amount"))
    }
}

extension [RemittanceAmount] {
    /// The first amount with `qualifier`.
    subscript(qualifier: String) -> Int64? {
        first { $0.qualifier == qualifier }?.amount
    }
}
