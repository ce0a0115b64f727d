/// One STC segment: what happened to a claim (or a batch, or a provider's claims), as the 277CA claim
/// acknowledgment (``ClaimAcknowledgment``, where it is also named ``ClaimAcknowledgment/Status``) and
/// the 277 claim status response (``ClaimStatusResponse``) say it.
///
/// `STC*A1:19:PR*20261102*WQ*250` — acknowledged (A1), entity acknowledged (19), by the payer (PR) —
/// means the claim went on to adjudication; `STC*A3:21:85*20261102*U*250` — returned as
/// unprocessable (A3), missing or invalid information (21), about the billing provider (85) — is a
/// rejection to fix and send again. In a 277 claim status response, `STC*F1:1*20261129**1315.09*259.94*
/// 20261129**20261129*SBX000000001` says the claim was finalized and paid 259.94 on the 835 whose
/// trace number (TRN02) is `SBX000000001`.
///
/// ```swift
/// let accepted = ClaimStatus(.init(category: "A1", code: "20"), date: today, action: .workQueue, amount: 25_000)
/// accepted.isRejection   // false
/// let paid = ClaimStatus(.init(category: "F1", code: "1"), date: today, amount: 131_509, paidAmount: 25_994,
///                        adjudicationDate: today, remittanceDate: today, remittanceTrace: "SBX000000001")
/// paid.isFinalized       // true
/// ```
public struct ClaimStatus: Sendable, Hashable {
    /// STC01, STC10 and STC11: a category, a status code and the entity it is about.
    public struct Code: Sendable, Hashable {
        /// The claim status category: `A1` acknowledged, `A2` accepted into adjudication, `A3`
        /// returned as unprocessable, `A4` not found, `A6` rejected for missing information, `A7`
        /// rejected for invalid information, `A8` rejected for relational field error, `F1`
        /// finalized/payment, `F2` finalized/denial, `P1` pending/in process.
        public var category: String
        /// The claim status code (`1` see the remittance advice, `19` entity acknowledged, `20`
        /// accepted for processing, `21` missing or invalid information, `35` claim not found, `562`
        /// entity's NPI).
        public var code: String
        /// The entity the status is about (`85` billing provider, `QC` patient, `IL` subscriber, `PR` payer).
        public var entity: String?

        public init(category: String, code: String, entity: String? = nil) {
            self.category = category
            self.code = code
            self.entity = entity
        }

        var element: X12Element {
            X12Element(components: [category, code] + (entity.map { [$0] } ?? []))
        }

        init?(reading stc: X12Segment, _ position: Int) throws(X12Error) {
            let element = stc.element(position)
            guard !element.isEmpty else { return nil }
            guard !element[1].isEmpty, !element[2].isEmpty else {
                throw X12Error(
                    .invalidValue,
                    "\(stc.name(position)) lacks a category or a status code; expected a composite such as A1:20",
                    at: stc.location(element: position))
            }
            self.init(category: element[1], code: element[2], entity: element[3].isEmpty ? nil : element[3])
        }
    }

    /// STC03: what happens to the claims next (277CA only; a 277 claim status response leaves it out).
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// `WQ`: accepted; the claims go on to adjudication.
        case workQueue = "WQ"
        /// `U`: rejected; the claims were not processed.
        case unprocessed = "U"
    }

    /// STC01.
    public var code: Code
    /// STC02, the day the status took effect (not used at the 277CA billing provider level).
    public var date: X12Date?
    /// STC03.
    public var action: Action?
    /// STC04, the charges the status covers (the claim's total charge), in cents.
    public var amount: Int64?
    /// STC05, what the payer paid on the claim, in cents (277 claim status response only).
    public var paidAmount: Int64?
    /// STC06, the day the claim was finalized (277 claim status response only).
    public var adjudicationDate: X12Date?
    /// STC08, the day of the check or EFT that paid the claim (277 claim status response only).
    public var remittanceDate: X12Date?
    /// STC09, the check or EFT trace number: the 835's TRN02 (277 claim status response only).
    public var remittanceTrace: String?
    /// STC10 and STC11, further statuses of the same claims.
    public var additionalCodes: [Code]
    /// STC12, free text (277CA claim level only).
    public var message: String?

    public init(
        _ code: Code, date: X12Date? = nil, action: Action? = nil, amount: Int64? = nil, paidAmount: Int64? = nil,
        adjudicationDate: X12Date? = nil, remittanceDate: X12Date? = nil, remittanceTrace: String? = nil,
        additionalCodes: [Code] = [], message: String? = nil
    ) {
        self.code = code
        self.date = date
        self.action = action
        self.amount = amount
        self.paidAmount = paidAmount
        self.adjudicationDate = adjudicationDate
        self.remittanceDate = remittanceDate
        self.remittanceTrace = remittanceTrace
        self.additionalCodes = additionalCodes
        self.message = message
    }

    /// Whether the status rejects the claims: action `U`, or a category of A3, A4, A6, A7 or A8.
    public var isRejection: Bool {
        action == .unprocessed || ["A3", "A4", "A6", "A7", "A8"].contains(code.category)
    }

    /// Whether the payer has finished with the claim: a category starting with `F` (finalized, paid,
    /// denied or revised).
    public var isFinalized: Bool { code.category.hasPrefix("F") }

    /// Whether the payer is still working on the claim: a category starting with `P`.
    public var isPending: Bool { code.category.hasPrefix("P") }

    var segment: X12Segment {
        let cents = { (amount: Int64?) in X12Element(amount.map(X12Decimal.dollars(cents:)) ?? "") }
        var elements = [
            code.element, X12Element(date?.x12 ?? ""), X12Element(action?.rawValue ?? ""), cents(amount),
            cents(paidAmount), X12Element(adjudicationDate?.x12 ?? ""), "", X12Element(remittanceDate?.x12 ?? ""),
            X12Element(remittanceTrace ?? ""),
        ]
        elements += additionalCodes.prefix(2).map(\.element)
        elements += Array(repeating: "", count: 2 - min(2, additionalCodes.count))
        elements.append(X12Element(message ?? ""))
        while elements.last?.isEmpty == true { elements.removeLast() }
        return X12Segment("STC", elements)
    }

    init(reading stc: X12Segment) throws(X12Error) {
        guard let code = try Code(reading: stc, 1) else {
            throw X12Error(
                .invalidValue, "STC01 is empty; expected a status such as A1:20", at: stc.location(element: 1))
        }
        self.init(
            code, date: try stc.date(2, "the status date"),
            action: try stc.optional(3).map { (_) throws(X12Error) in
                try stc.code(3, Action.self, expected: "WQ (accepted) or U (rejected)")
            },
            amount: try stc.cents(4), paidAmount: try stc.cents(5),
            adjudicationDate: try stc.date(6, "the day the claim was finalized"),
            remittanceDate: try stc.date(8, "the check or EFT date"), remittanceTrace: stc.optional(9),
            message: stc.optional(12))
        for position in [10, 11] {
            if let additional = try Code(reading: stc, position) { additionalCodes.append(additional) }
        }
    }
}
