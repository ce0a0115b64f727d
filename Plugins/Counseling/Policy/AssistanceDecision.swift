import RevCycleCore

/// What a site's policy grants one household on one date, with every reason in words.
///
/// ``tier`` is set when the household is eligible under the site's policy (income in a tier and, if the
/// policy has one, within the asset limit); eligibility is what caps charges for emergency and medically
/// necessary care at AGB, even in a tier whose discount is 0%. ``stateRule`` is set when a state law's
/// protections apply as well. ``discountBasisPoints`` is what a site's `counseling.fa.discount` script
/// receives as the requested discount.
struct AssistanceDecision: Sendable, Hashable {
    /// The tier the household falls in, numbered from 1 as the policy lists them.
    struct PlacedTier: Sendable, Hashable {
        let number: Int
        let tier: AssistanceTier
        /// The tier's exclusive lower bound in percent of poverty (nil for the first tier).
        let abovePercent: Int?
    }

    let decidedFor: CalendarDate
    let state: StateCode
    /// The guideline year the site had adopted on ``decidedFor``, and since when.
    let adoption: AdoptedGuidelines.Adoption
    /// Income measured against the poverty line used (year, region, household, amount).
    let povertyLevel: PovertyLevel
    let tier: PlacedTier?
    /// The discount under the site's policy in basis points (10,000 = 100%); 0 when not eligible.
    let discountBasisPoints: Int64
    /// A state law whose protections apply too (Colorado at or below 250%).
    let stateRule: StateAssistanceRule?
    /// Every step of the decision, in order, in words.
    let reasons: [String]

    /// Eligible under the site's own policy (and so capped at AGB for emergency and medically necessary care).
    var isEligible: Bool { tier != nil }
    /// Income as a percent of the poverty line, in basis points, rounded down.
    var percentOfPovertyBasisPoints: Int64 { povertyLevel.basisPoints }
    /// The poverty line used.
    var povertyLine: Money { povertyLevel.line }

    /// The discount on `charges`, rounded UP to the cent: the fraction of a cent goes to the patient.
    func discount(on charges: Money) -> Money {
        charges.percent(basisPoints: discountBasisPoints, rounding: .up)
    }

    /// What the patient owes on `charges` after the discount, capped at AGB when the household is
    /// eligible and `agbBasisPoints` is given (pass it only for emergency or medically necessary care).
    ///
    /// - Throws: `invalidInput` when `agbBasisPoints` is not 0 to 10,000.
    func assistedCharges(_ charges: Money, agbBasisPoints: Int64?) throws -> AssistedCharges {
        let afterDiscount = charges - discount(on: charges)
        let cap = try isEligible ? agbBasisPoints.map { try AmountsGenerallyBilled.cap(charges: charges, agbBasisPoints: $0) } : nil
        return AssistedCharges(
            charges: charges, discountBasisPoints: discountBasisPoints, afterDiscount: afterDiscount,
            agbBasisPoints: isEligible ? agbBasisPoints : nil, agbCap: cap)
    }
}

/// Charges after a financial-assistance decision: the discount, then the AGB cap, whichever leaves less.
struct AssistedCharges: Sendable, Hashable {
    let charges: Money
    let discountBasisPoints: Int64
    /// Charges less the discount (the discount rounded up to the cent).
    let afterDiscount: Money
    let agbBasisPoints: Int64?
    /// Charges × AGB%, rounded down to the cent; nil when no cap applies.
    let agbCap: Money?

    /// What the patient owes: the lesser of ``afterDiscount`` and ``agbCap``.
    var patientOwes: Money {
        guard let agbCap else { return afterDiscount }
        return min(afterDiscount, agbCap)
    }

    /// The adjustment to post: charges less what the patient owes.
    var adjustment: Money { charges - patientOwes }

    /// The arithmetic in words, one line per step.
    var lines: [String] {
        var lines = [
            "Charges \(charges)",
            "Discount \(PolicyText.percent(basisPoints: discountBasisPoints)) = \(charges - afterDiscount) (rounded up to the cent) → \(afterDiscount)",
        ]
        if let agbCap, let agbBasisPoints {
            lines.append("AGB cap \(PolicyText.percent(basisPoints: agbBasisPoints)) of \(charges) = \(agbCap) (rounded down to the cent)")
        }
        lines.append("Patient owes \(patientOwes); adjustment \(adjustment)")
        return lines
    }
}

extension AssistancePolicy {
    /// Places a household in the site's policy on `date`.
    ///
    /// Steps, each recorded as a reason: the guideline year the site had adopted on `date` (by the
    /// patient's state: Alaska, Hawaii, else the contiguous table); income as a percent of the line; the
    /// tier, compared exactly (`income × 100 ≤ line × bound`); the asset test when the policy has one;
    /// any state law whose protections apply.
    ///
    /// - Parameters:
    ///   - income: the household's annual income.
    ///   - state: the patient's state of residence (chooses the HHS table and any state rule).
    ///   - assets: countable assets, already net of the policy's exclusions; required when the policy
    ///     has an asset test, ignored otherwise.
    ///   - date: the date the determination is for (the application date, usually).
    /// - Throws: `configuration` when the site had adopted no guidelines by `date`; `invalidInput` for a
    ///   negative income or assets, or missing assets under an asset test.
    func decide(
        income: Money, household: HouseholdSize, state: StateCode, assets: Money?, on date: CalendarDate
    ) throws -> AssistanceDecision {
        let adoption = try adoptedGuidelines.adoption(on: date)
        let guideline = try guidelines.year(adoption.year).guideline(for: PovertyGuidelineRegion(state: state))
        let level = try PovertyLevel(income: income, household: household, guideline: guideline)
        var reasons = [
            "On \(date) the site uses the \(adoption.year) poverty guidelines (adopted \(adoption.adoptedOn)).",
            level.explanation(state: state) + ".",
        ]

        var placed: AssistanceDecision.PlacedTier?
        var lowerPercent: Int?
        for (offset, tier) in tiers.enumerated() {
            if level.isAtOrBelow(percent: tier.throughPercent) {
                placed = .init(number: offset + 1, tier: tier, abovePercent: lowerPercent)
                break
            }
            lowerPercent = tier.throughPercent
        }

        var discount: Int64 = 0
        if let placed {
            discount = placed.tier.discountBasisPoints(for: level, abovePercent: placed.abovePercent ?? 0)
            var sentence = "Tier \(placed.number) (\(placed.tier.rangeText(abovePercent: placed.abovePercent))) → "
                + "\(placed.tier.label)"
            if case .sliding = placed.tier.discount {
                sentence += ": \(PolicyText.percent(basisPoints: discount)) at this income (rounded up to the basis point)"
            }
            reasons.append(sentence + ".")
        } else if let highest = tiers.last {
            reasons.append("Income is above the policy's highest tier (through \(highest.throughPercent)%) → no assistance under the site's policy.")
        }

        if let assetTest {
            guard let assets else {
                throw RevCycleError(
                    .invalidInput, "This site's policy has an asset test, and no countable assets were given.",
                    remedy: "Enter the household's countable assets, \(assetTest.exclusionsText).")
            }
            guard !assets.isNegative else {
                throw RevCycleError(.invalidInput, "Countable assets of \(assets) are negative; expected zero or more.")
            }
            if assetTest.passes(countableAssets: assets) {
                reasons.append("Countable assets \(PolicyText.dollars(assets)) (\(assetTest.exclusionsText)) are within the limit \(PolicyText.dollars(assetTest.limit)).")
            } else {
                reasons.append("Countable assets \(PolicyText.dollars(assets)) (\(assetTest.exclusionsText)) exceed the limit \(PolicyText.dollars(assetTest.limit)) → no assistance under the site's policy.")
                placed = nil
                discount = 0
            }
        }

        let stateRule = stateRules.first { $0.applies(state: state, on: date, level: level) }
        if let stateRule {
            var sentence = "\(stateRule.program) applies (income at or below \(stateRule.appliesThroughPercent)% of the guideline; \(stateRule.source)): \(stateRule.requirement)"
            if placed == nil || discount == 0 {
                sentence += "; the site's own tiers give no discount here, so the state's rate cap governs the bill"
            }
            reasons.append(sentence + ".")
        }

        return AssistanceDecision(
            decidedFor: date, state: state, adoption: adoption, povertyLevel: level, tier: placed,
            discountBasisPoints: discount, stateRule: stateRule, reasons: reasons)
    }
}
