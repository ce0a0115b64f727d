import RevCycleCore

/// A facility's AGB percentage by the look-back method, with its working.
struct AGBCalculation: Sendable, Hashable {
    let facility: String
    let period: LookBackPeriod
    let payerSet: AGBPayerSet
    /// Claims allowed in the period by a counted payer.
    let claimsCounted: Int
    /// Claims in the period left out because their payer does not count (self-pay, say), by payer.
    let claimsExcludedByPayer: [AGBPayerKind: Int]
    /// Claims allowed outside the period.
    let claimsOutsidePeriod: Int
    let totalAllowed: Money
    let totalGross: Money
    /// `totalAllowed ÷ totalGross` in basis points (61.23% = 6,123), rounded DOWN.
    let basisPoints: Int64
    /// The calculation as it is shown to staff and auditors, one step a line.
    let lines: [String]
}

/// The 501(r) limit on what a financial-assistance-eligible patient may be charged for emergency or
/// medically necessary care: no more than the amounts generally billed (AGB) to insured patients.
///
/// The look-back method (26 CFR 1.501(r)-5(b)(3)) divides the sum of the amounts allowed on a
/// facility's claims during a prior twelve months, by the payers the facility chose (``AGBPayerSet``),
/// by the sum of the gross charges on the same claims. The allowed amount includes the patient's share
/// (co-payment, co-insurance, deductible). The percentage is computed at least yearly, per facility,
/// and applied from no later than the 120th day after the period ends.
///
/// Rounding, decided here: the percentage is rounded DOWN to the basis point, and a cap is rounded
/// DOWN to the cent. A lower AGB caps a bill lower, so both roundings favour the patient, by less
/// than 0.01% and one cent.
///
/// ```swift
/// let agb = try AmountsGenerallyBilled.lookBack(
///     facility: "North Campus", claims: claims, period: LookBackPeriod(endingBefore: today))
/// agb.basisPoints   // 6_123 (61.23%)
/// try AmountsGenerallyBilled.cap(charges: Money(cents: 1_000_00), agbBasisPoints: agb.basisPoints)   // $612.30
/// ```
enum AmountsGenerallyBilled {
    /// Computes the facility's AGB percentage over `period` from `claims` (claims outside the period,
    /// or from payers the set does not count, are listed and left out).
    ///
    /// - Throws: `invalidInput` for a claim with negative charges or allowed amount, or when allowed
    ///   amounts reach the gross charges (AGB must be below 100%); `notFound` when no counted claim with
    ///   gross charges falls in the period (no data, rather than a division by zero).
    static func lookBack(
        facility: String,
        claims: [AGBClaim],
        period: LookBackPeriod,
        payers: AGBPayerSet = .medicareAndPrivateInsurers
    ) throws -> AGBCalculation {
        var totalAllowed = Money.zero
        var totalGross = Money.zero
        var counted = 0
        var outside = 0
        var excluded: [AGBPayerKind: Int] = [:]
        for claim in claims {
            guard !claim.grossCharges.isNegative, !claim.allowedAmount.isNegative else {
                throw RevCycleError(
                    .invalidInput,
                    "Claim \(claim.claimID) has gross charges \(claim.grossCharges) and allowed amount \(claim.allowedAmount); neither may be negative.",
                    remedy: "Correct the claim in the ledger extract, then compute AGB again.")
            }
            guard period.contains(claim.allowedOn) else { outside += 1; continue }
            guard payers.counts(claim.payer) else { excluded[claim.payer, default: 0] += 1; continue }
            counted += 1
            totalAllowed += claim.allowedAmount
            totalGross += claim.grossCharges
        }
        guard counted > 0, !totalGross.isZero else {
            throw RevCycleError(
                .notFound,
                "No claims allowed by \(payers.displayName) from \(period) at \(facility) have gross charges: there is no data to compute AGB from.",
                remedy: "Check the facility and the period, or load the facility's adjudicated claims for those months.")
        }
        guard totalAllowed < totalGross else {
            throw RevCycleError(
                .invalidInput,
                "Allowed amounts of \(totalAllowed) reach the gross charges of \(totalGross) at \(facility) for \(period); AGB must be below 100%.",
                remedy: "Check that the claims carry gross charges, not expected payments.")
        }

        let basisPoints = ExactArithmetic.floorOfProduct(totalAllowed.cents, 10_000, dividedBy: totalGross.cents)
        let exactPercent = PolicyText.decimal(totalAllowed.cents * 100, over: totalGross.cents, places: 8)
        var lines = [
            "Amounts generally billed, look-back method (26 CFR 1.501(r)-5(b)(3)), facility \(facility)",
            "Period: claims allowed \(period) (the 12 months ending the day before \(period.last.adding(days: 1)))",
            "Payers counted: \(payers.displayName)",
            "Claims counted: \(counted)",
        ]
        let left = AGBPayerKind.allCases.compactMap { payer in excluded[payer].map { "\($0) \(payer.displayName)" } }
        if !left.isEmpty || outside > 0 {
            var parts = left
            if outside > 0 { parts.append("\(outside) allowed outside the period") }
            lines.append("Claims left out: " + parts.joined(separator: ", "))
        }
        lines += [
            "Sum of allowed amounts: \(totalAllowed)",
            "Sum of gross charges: \(totalGross)",
            "AGB % = \(totalAllowed) ÷ \(totalGross) × 100 = \(exactPercent)% → \(PolicyText.percent(basisPoints: basisPoints)) (rounded down to the basis point)",
            "Apply from no later than \(period.mustApplyBy) (the 120th day after the period ends)",
        ]
        return AGBCalculation(
            facility: facility, period: period, payerSet: payers, claimsCounted: counted,
            claimsExcludedByPayer: excluded, claimsOutsidePeriod: outside, totalAllowed: totalAllowed,
            totalGross: totalGross, basisPoints: basisPoints, lines: lines)
    }

    /// The most an eligible patient may be charged for emergency or medically necessary care with gross
    /// `charges`: charges × AGB%, rounded DOWN to the cent.
    ///
    /// - Throws: `invalidInput` when `agbBasisPoints` is not 0 to 10,000.
    static func cap(charges: Money, agbBasisPoints: Int64) throws -> Money {
        guard (0...10_000).contains(agbBasisPoints) else {
            throw RevCycleError(
                .invalidInput, "An AGB of \(agbBasisPoints) basis points is out of range; expected 0 to 10000 (0% to 100%).")
        }
        return charges.percent(basisPoints: agbBasisPoints, rounding: .down)
    }
}
