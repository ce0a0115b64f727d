extension ClaimAcknowledgment {
    /// One STC segment: what happened to a batch, a provider's claims or one claim. The 277 claim
    /// status response (``ClaimStatusResponse``) shares it.
    public typealias Status = ClaimStatus

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
