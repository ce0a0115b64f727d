/// One side of a posting: where the money sits in the hospital's books.
///
/// Amounts are signed: a positive amount is a debit, a negative one a credit, and the postings of a
/// journal entry sum to zero. Receivables are debit-normal, so a charge is `+` on
/// ``receivable(_:)`` and `−` on ``grossCharges``; a payment is `−` on the receivable and `+` on
/// ``cash``. An account's balance by liability is the sum of its receivable postings.
public enum LedgerBucket: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What is owed on the account, by whom.
    case receivable(Liability)
    /// Gross patient service revenue (charges at list price).
    case grossCharges
    /// Money received.
    case cash
    /// The payer's contractual write-off (CARC 45 and kin).
    case contractualAdjustment
    /// Financial-assistance (charity) discounts.
    case charityAdjustment
    /// Balances written off as uncollectible.
    case badDebt
    /// Small-balance and other administrative adjustments.
    case administrativeAdjustment
    /// Money paid back to a patient or payer.
    case refunds
    /// Interest a payer pays on a late claim (835 PLB `L6`): revenue that is not a charge.
    case interestIncome

    public var description: String { code }

    /// The stable code stored in the journal: `ar:insurance:MEDICARE`, `ar:patient`, `revenue:charges`, …
    public var code: String {
        switch self {
        case .receivable(.insurance(let payer)): "ar:insurance:\(payer)"
        case .receivable(.patient): "ar:patient"
        case .receivable(.credit): "ar:credit"
        case .grossCharges: "revenue:charges"
        case .cash: "cash"
        case .contractualAdjustment: "adj:contractual"
        case .charityAdjustment: "adj:charity"
        case .badDebt: "adj:bad-debt"
        case .administrativeAdjustment: "adj:administrative"
        case .refunds: "refunds"
        case .interestIncome: "revenue:interest"
        }
    }

    public init(code: String) throws {
        switch code {
        case "ar:patient": self = .receivable(.patient)
        case "ar:credit": self = .receivable(.credit)
        case "revenue:charges": self = .grossCharges
        case "cash": self = .cash
        case "adj:contractual": self = .contractualAdjustment
        case "adj:charity": self = .charityAdjustment
        case "adj:bad-debt": self = .badDebt
        case "adj:administrative": self = .administrativeAdjustment
        case "refunds": self = .refunds
        case "revenue:interest": self = .interestIncome
        default:
            guard code.hasPrefix("ar:insurance:") else {
                throw RevCycleError(
                    .invalidInput,
                    "\"\(code)\" is not a ledger bucket; expected ar:patient, ar:credit, ar:insurance:<PAYER>, revenue:charges, cash, adj:contractual, adj:charity, adj:bad-debt, adj:administrative or refunds.")
            }
            self = .receivable(.insurance(try PayerCode(String(code.dropFirst("ar:insurance:".count)))))
        }
    }

    /// The liability when this bucket is a receivable.
    public var liability: Liability? {
        if case .receivable(let liability) = self { return liability }
        return nil
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }
}
