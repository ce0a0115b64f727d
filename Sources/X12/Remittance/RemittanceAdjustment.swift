/// One adjustment of a claim or service line: a group code, a claim adjustment reason code (CARC), an
/// amount in cents and an optional quantity — one triplet of a CAS segment.
///
/// A positive amount lowers what is paid; a negative one raises it. A reversal (claim status `22`)
/// negates every amount of the claim it reverses.
///
/// ```swift
/// let contractual = RemittanceAdjustment(.contractualObligation, reason: "45", amount: 2_500)   // CO-45
/// let deductible = RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 5_000)    // PR-1
/// ```
///
/// Writing groups the adjustments of a claim or line by group code, in the order each group first
/// appears, into CAS segments of at most six triplets; reading gives them back in segment order.
public struct RemittanceAdjustment: Sendable, Hashable {
    /// CAS01, who bears the adjustment.
    public enum Group: String, Sendable, Hashable, CaseIterable {
        /// `CO`: contractual obligation; the provider writes it off.
        case contractualObligation = "CO"
        /// `PR`: patient responsibility; bill the patient or the secondary payer.
        case patientResponsibility = "PR"
        /// `OA`: other adjustment.
        case otherAdjustment = "OA"
        /// `PI`: payer-initiated reduction.
        case payerInitiatedReduction = "PI"
        /// `CR`: correction and reversal (4010; accepted on input).
        case correctionAndReversal = "CR"
    }

    /// CAS01.
    public var group: Group
    /// CAS02 (05, 08…), the claim adjustment reason code: `45` charge exceeds fee schedule, `1`
    /// deductible, `2` coinsurance, `3` copay, `16` missing information, `96` non-covered.
    public var reason: String
    /// CAS03 (06, 09…) in cents.
    public var amount: Int64
    /// CAS04 (07, 10…), the units adjusted, when sent.
    public var quantity: X12Decimal?

    public init(_ group: Group, reason: String, amount: Int64, quantity: X12Decimal? = nil) {
        self.group = group
        self.reason = reason
        self.amount = amount
        self.quantity = quantity
    }
}

// MARK: - Segments

extension RemittanceAdjustment {
    /// CAS segments: one per group code (in order of first appearance), six triplets at most each.
    static func segments(for adjustments: [RemittanceAdjustment]) -> [X12Segment] {
        var groups: [Group] = []
        for adjustment in adjustments where !groups.contains(adjustment.group) { groups.append(adjustment.group) }
        return groups.flatMap { group in
            let triplets = adjustments.filter { $0.group == group }
            return stride(from: 0, to: triplets.count, by: 6).map { start in
                let values = triplets[start..<min(start + 6, triplets.count)].flatMap { adjustment -> [String?] in
                    [adjustment.reason, X12Decimal.dollars(cents: adjustment.amount), adjustment.quantity?.x12]
                }
                return X12Segment("CAS", values: [group.rawValue] + values)
            }
        }
    }

    /// The triplets of one CAS segment; each needs a reason and an amount.
    static func reading(_ cas: X12Segment) throws(X12Error) -> [RemittanceAdjustment] {
        var adjustments: [RemittanceAdjustment] = []
        try read(cas, into: &adjustments)
        return adjustments
    }

    /// Appends the triplets of one CAS segment to `adjustments` (no array per segment).
    static func read(_ cas: X12Segment, into adjustments: inout [RemittanceAdjustment]) throws(X12Error) {
        let group = try cas.code(1, Group.self, expected: "a group code: CO, PR, OA or PI")
        for reasonPosition in stride(from: 2, through: 17, by: 3) {
            guard let reason = cas.optional(reasonPosition) else {
                if reasonPosition == 2 {
                    throw X12Error(
                        .invalidValue, "CAS02 is empty; expected a claim adjustment reason code such as 45",
                        at: cas.location(element: 2))
                }
                continue
            }
            adjustments.append(
                RemittanceAdjustment(
                    group, reason: reason, amount: try cas.requiredCents(reasonPosition + 1, "the adjustment amount"),
                    quantity: try cas.decimal(reasonPosition + 2, "the adjusted quantity")))
        }
    }
}
