extension ClaimAcknowledgment {
    /// One STC segment: what happened to a batch, a provider's claims or one claim.
    ///
    /// `STC*A1:19:PR*20261102*WQ*250` — acknowledged (A1), entity acknowledged (19), by the payer (PR) —
    /// means the claim went on to adjudication; `STC*A3:21:85*20261102*U*250` — returned as
    /// unprocessable (A3), missing or invalid information (21), about the billing provider (85) — is a
    /// rejection to fix and send again.
    ///
    /// ```swift
    /// let accepted = ClaimAcknowledgment.Status(.init(category: "A1", code: "20"), date: today, action: .workQueue, amount: 25_000)
    /// accepted.isRejection   // false
    /// ```
    public struct Status: Sendable, Hashable {
        /// STC01, STC10 and STC11: a category, a status code and the entity it is about.
        public struct Code: Sendable, Hashable {
            /// The claim status category: `A1` acknowledged, `A2` accepted into adjudication, `A3`
            /// returned as unprocessable, `A4` not found, `A6` rejected for missing information, `A7`
            /// rejected for invalid information, `A8` rejected for relational field error.
            public var category: String
            /// The claim status code (`19` entity acknowledged, `20` accepted for processing, `21`
            /// missing or invalid information, `562` entity's NPI).
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

        /// STC03: what happens to the claims next.
        public enum Action: String, Sendable, Hashable, CaseIterable {
            /// `WQ`: accepted; the claims go on to adjudication.
            case workQueue = "WQ"
            /// `U`: rejected; the claims were not processed.
            case unprocessed = "U"
        }

        /// STC01.
        public var code: Code
        /// STC02, the day the status took effect (not used at the billing provider level).
        public var date: X12Date?
        /// STC03.
        public var action: Action?
        /// STC04, the charges the status covers, in cents.
        public var amount: Int64?
        /// STC10 and STC11, further statuses of the same claims.
        public var additionalCodes: [Code]
        /// STC12, free text (claim level only).
        public var message: String?

        public init(
            _ code: Code, date: X12Date? = nil, action: Action? = nil, amount: Int64? = nil, additionalCodes: [Code] = [],
            message: String? = nil
        ) {
            self.code = code
            self.date = date
            self.action = action
            self.amount = amount
            self.additionalCodes = additionalCodes
            self.message = message
        }

        /// Whether the status rejects the claims: action `U`, or a category of A3, A4, A6, A7 or A8.
        public var isRejection: Bool {
            action == .unprocessed || ["A3", "A4", "A6", "A7", "A8"].contains(code.category)
        }

        var segment: X12Segment {
            var elements = [
                code.element, X12Element(date?.x12 ?? ""), X12Element(action?.rawValue ?? ""),
                X12Element(amount.map(X12Decimal.dollars(cents:)) ?? ""),
            ]
            if !additionalCodes.isEmpty || message != nil {
                elements += Array(repeating: "", count: 5)
                elements += additionalCodes.prefix(2).map(\.element)
                elements += Array(repeating: "", count: 2 - min(2, additionalCodes.count))
                elements.append(X12Element(message ?? ""))
            }
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
                amount: try stc.cents(4), message: stc.optional(12))
            for position in [10, 11] {
                if let additional = try Code(reading: stc, position) { additionalCodes.append(additional) }
            }
        }
    }

    /// QTY and AMT of the receiver and provider levels: how many claims, and how much in charges, were
    /// accepted and rejected.
    public struct Totals: Sendable, Hashable {
        /// `QTY*90` (receiver) or `QTY*QA` (provider).
        public var acceptedCount: Int?
        /// `QTY*AA` (receiver) or `QTY*QC` (provider).
        public var rejectedCount: Int?
        /// `AMT*YU`, in cents.
        public var acceptedAmount: Int64?
        /// `AMT*YY`, in cents.
        public var rejectedAmount: Int64?

        public init(
            acceptedCount: Int? = nil, rejectedCount: Int? = nil, acceptedAmount: Int64? = nil, rejectedAmount: Int64? = nil
        ) {
            self.acceptedCount = acceptedCount
            self.rejectedCount = rejectedCount
            self.acceptedAmount = acceptedAmount
            self.rejectedAmount = rejectedAmount
        }

        /// QTY and AMT segments, with the count qualifiers of the level (`90`/`AA` or `QA`/`QC`).
        func segments(accepted: String, rejected: String) -> [X12Segment] {
            let counts = [(accepted, acceptedCount), (rejected, rejectedCount)].compactMap { qualifier, count in
                count.map { X12Segment("QTY", values: [qualifier, String($0)]) }
            }
            let amounts = [("YU", acceptedAmount), ("YY", rejectedAmount)].compactMap { qualifier, amount in
                amount.map { X12Segment("AMT", values: [qualifier, X12Decimal.dollars(cents: $0)]) }
            }
            return counts + amounts
        }

        /// Reads one QTY or AMT of a level; returns whether it was one.
        mutating func read(_ segment: X12Segment, accepted: String, rejected: String) throws(X12Error) -> Bool {
            switch (segment.id, segment[1]) {
            case ("QTY", accepted): acceptedCount = try segment.requiredCount(2, "the number of claims accepted")
            case ("QTY", rejected): rejectedCount = try segment.requiredCount(2, "the number of claims rejected")
            case ("AMT", "YU"): acceptedAmount = try segment.requiredCents(2, "the accepted charges")
            case ("AMT", "YY"): rejectedAmount = try segment.requiredCents(2, "the rejected charges")
            default: return false
            }
            return true
        }
    }
}
