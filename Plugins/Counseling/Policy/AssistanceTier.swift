import RevCycleCore

/// One band of a financial-assistance policy: incomes above the previous tier's bound and at or below
/// ``throughPercent`` of the poverty line get ``discount``.
///
/// Tiers are listed in ascending order and meet edge to edge, so the lower bound of a tier is the upper
/// bound of the one before it (0% for the first). "≤ 200% full, 201–300% 75%" is written as tiers
/// through 200 and through 300; an income of 200.01% falls in the second.
struct AssistanceTier: Sendable, Hashable {
    /// How a tier discounts charges.
    enum Discount: Sendable, Hashable {
        /// The same discount across the tier, in basis points (10,000 = 100%).
        case fixed(basisPoints: Int64)
        /// A straight line from `fromBasisPoints` at the tier's lower bound to `toBasisPoints` at its
        /// upper bound (usually falling as income rises). The exact point on the line is rounded UP to
        /// the whole basis point, toward the larger discount: the patient gets the benefit of the fraction.
        case sliding(fromBasisPoints: Int64, toBasisPoints: Int64)
    }

    /// The highest income in the tier, in whole percent of the poverty line, inclusive.
    let throughPercent: Int
    let discount: Discount
    /// What counselors call the tier ("full assistance", "partial"); shown in reasons.
    let label: String

    init(throughPercent: Int, discount: Discount, label: String? = nil) {
        self.throughPercent = throughPercent
        self.discount = discount
        self.label = label ?? Self.defaultLabel(for: discount)
    }

    /// "full assistance" for 100%, "75% discount", "sliding discount 75% to 25%".
    private static func defaultLabel(for discount: Discount) -> String {
        switch discount {
        case .fixed(let basisPoints) where basisPoints == 10_000: "full assistance"
        case .fixed(let basisPoints): "\(PolicyText.percent(basisPoints: basisPoints)) discount"
        case .sliding(let from, let to):
            "sliding discount \(PolicyText.percent(basisPoints: from)) to \(PolicyText.percent(basisPoints: to))"
        }
    }

    /// The discount for `level`, which lies in this tier: above `lowerPercent` and at or below ``throughPercent``.
    ///
    /// For a sliding tier the point on the line is
    /// `from + (to − from) × (income × 100 − line × lower) ÷ (line × (through − lower))`, computed exactly
    /// and rounded up to the whole basis point.
    func discountBasisPoints(for level: PovertyLevel, abovePercent lowerPercent: Int) -> Int64 {
        switch discount {
        case .fixed(let basisPoints):
            return basisPoints
        case .sliding(let from, let to):
            let line = level.line.cents
            // How far into the tier the income lies, as progress / span (0 < progress ≤ span in the tier).
            let progress = max(0, level.income.cents * 100 - line * Int64(lowerPercent))
            let span = line * Int64(throughPercent - lowerPercent)
            if to <= from {
                // Falling line: subtract as little as the exact value allows (floor), i.e. round the result up.
                return from - ExactArithmetic.floorOfProduct(from - to, progress, dividedBy: span)
            } else {
                return from + ExactArithmetic.ceilingOfProduct(to - from, progress, dividedBy: span)
            }
        }
    }

    /// "over 200% through 300%" or "0% through 200%" (for the first tier).
    func rangeText(abovePercent lowerPercent: Int?) -> String {
        guard let lowerPercent else { return "at or below \(throughPercent)%" }
        return "over \(lowerPercent)% through \(throughPercent)%"
    }
}
