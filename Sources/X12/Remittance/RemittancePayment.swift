/// The money of a remittance: the 835's BPR segment (financial information).
///
/// ``amount`` is BPR02, the total actually paid to the provider, in cents. ``isCredit`` is BPR03: a
/// debit (`D`) means the provider owes the payer that amount, so the signed total is ``signedAmount``.
///
/// ```swift
/// let eft = RemittancePayment(
///     handling: .paymentWithRemittance, amount: 12_550, method: .ach, format: "CCP",
///     senderAccount: .init(dfiNumber: "999999992", accountNumber: "123456"),
///     originatingCompanyID: "1512345678",
///     receiverAccount: .init(dfiNumber: "999988880", accountNumber: "98765"),
///     date: X12Date(year: 2026, month: 11, day: 16)!)
/// let notice = RemittancePayment(handling: .notificationOnly, amount: 0, method: .none, date: today)
/// ```
public struct RemittancePayment: Sendable, Hashable {
    /// BPR01, the transaction handling code.
    public enum Handling: String, Sendable, Hashable, CaseIterable {
        /// `C`: the payment accompanies the remittance advice.
        case paymentWithRemittance = "C"
        /// `D`: make payment only.
        case paymentOnly = "D"
        /// `H`: notification only (no payment; BPR02 is zero).
        case notificationOnly = "H"
        /// `I`: remittance information only (the payment travels separately, such as a check).
        case remittanceOnly = "I"
        /// `P`: prenotification of future transfers.
        case prenotification = "P"
        /// `U`: split payment and remittance.
        case split = "U"
        /// `X`: the handling party chooses whether to split payment and remittance.
        case handlingPartysOption = "X"
    }

    /// BPR04, how the money moves.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// `ACH`: automated clearing house (EFT).
        case ach = "ACH"
        /// `BOP`: financial institution option.
        case bankOption = "BOP"
        /// `CHK`: check.
        case check = "CHK"
        /// `FWT`: federal reserve funds/wire transfer.
        case wire = "FWT"
        /// `NON`: non-payment data (nothing is paid).
        case none = "NON"
    }

    /// A bank account of BPR06–BPR09 (the payer's) or BPR12–BPR15 (the provider's).
    public struct BankAccount: Sendable, Hashable {
        /// BPR06/BPR12: `01` ABA transit routing number, `04` Canadian bank branch and institution number.
        public var dfiQualifier: String
        /// BPR07/BPR13, the bank's routing number.
        public var dfiNumber: String
        /// BPR08/BPR14: `DA` demand deposit, `SG` savings (the provider's only).
        public var accountQualifier: String
        /// BPR09/BPR15.
        public var accountNumber: String

        public init(dfiQualifier: String = "01", dfiNumber: String, accountQualifier: String = "DA", accountNumber: String) {
            self.dfiQualifier = dfiQualifier
            self.dfiNumber = dfiNumber
            self.accountQualifier = accountQualifier
            self.accountNumber = accountNumber
        }
    }

    /// BPR01.
    public var handling: Handling
    /// BPR02 in cents, never negative: the total paid to (or, for a debit, owed by) the provider.
    public var amount: Int64
    /// BPR03: `C` credit to the provider (`true`), `D` debit.
    public var isCredit: Bool
    /// BPR04.
    public var method: Method
    /// BPR05: `CCP` cash concentration/disbursement plus addenda, `CTX` corporate trade exchange (for ACH).
    public var format: String?
    /// BPR06–BPR09, the payer's account (for ACH).
    public var senderAccount: BankAccount?
    /// BPR10, the payer's originating company id (`1` + its EIN), for ACH.
    public var originatingCompanyID: String?
    /// BPR11, the payer's division or region, when sent.
    public var originatingCompanySupplementalCode: String?
    /// BPR12–BPR15, the provider's account (for ACH).
    public var receiverAccount: BankAccount?
    /// BPR16, the check issue or EFT effective date.
    public var date: X12Date

    public init(
        handling: Handling, amount: Int64, isCredit: Bool = true, method: Method, format: String? = nil,
        senderAccount: BankAccount? = nil, originatingCompanyID: String? = nil,
        originatingCompanySupplementalCode: String? = nil, receiverAccount: BankAccount? = nil, date: X12Date
    ) {
        self.handling = handling
        self.amount = amount
        self.isCredit = isCredit
        self.method = method
        self.format = format
        self.senderAccount = senderAccount
        self.originatingCompanyID = originatingCompanyID
        self.originatingCompanySupplementalCode = originatingCompanySupplementalCode
        self.receiverAccount = receiverAccount
        self.date = date
    }

    /// BPR02 with the sign of BPR03: negative for a debit.
    public var signedAmount: Int64 { isCredit ? amount : -amount }
}

// MARK: - Segments

extension RemittancePayment {
    var segment: X12Segment {
        X12Segment(
            "BPR",
            values: [
                handling.rawValue, X12Decimal.dollars(cents: amount), isCredit ? "C" : "D", method.rawValue, format,
                senderAccount?.dfiQualifier, senderAccount?.dfiNumber, senderAccount?.accountQualifier,
                senderAccount?.accountNumber, originatingCompanyID, originatingCompanySupplementalCode,
                receiverAccount?.dfiQualifier, receiverAccount?.dfiNumber, receiverAccount?.accountQualifier,
                receiverAccount?.accountNumber, date.x12,
            ])
    }

    init(reading bpr: X12Segment) throws(X12Error) {
        let handling = try bpr.code(1, Handling.self, expected: "a handling code such as I or H")
        guard bpr[3] == "C" || bpr[3] == "D" else {
            throw X12Error(
                .invalidValue, "BPR03 is \(X12Error.quote(bpr[3])); expected C (credit) or D (debit)",
                at: bpr.location(element: 3))
        }
        let method = try bpr.code(4, Method.self, expected: "ACH, BOP, CHK, FWT or NON")
        func account(at position: Int) -> BankAccount? {
            guard bpr.optional(position + 1) != nil || bpr.optional(position + 3) != nil else { return nil }
            return BankAccount(
                dfiQualifier: bpr[position], dfiNumber: bpr[position + 1], accountQualifier: bpr[position + 2],
                accountNumber: bpr[position + 3])
        }
        self.init(
            handling: handling, amount: try bpr.requiredCents(2, "the total provider payment"), isCredit: bpr[3] == "C",
            method: method, format: bpr.optional(5), senderAccount: account(at: 6), originatingCompanyID: bpr.optional(10),
            originatingCompanySupplementalCode: bpr.optional(11), receiverAccount: account(at: 12),
            date: try bpr.requiredDate(16, "the check issue or EFT effective date"))
    }
}
