import RevCycleCore
import Testing

@testable import Counseling

private func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }
private func state(_ code: String) -> StateCode { try! StateCode(parsing: code) }
private func dollars(_ whole: Int64) -> Money { Money(cents: whole * 100) }
private func money(_ text: String) -> Money { try! Money(parsing: text) }

private let adopted2026 = try! AdoptedGuidelines([.init(year: 2026, adoptedOn: date("2026-02-01"))])
private let march = date("2026-03-02")
private let four = try! HouseholdSize(4)   // 2026 contiguous line: $33,000

struct AssistancePolicyValidationTests {
    @Test(
        "tier problems name the offending tier by number and bound",
        arguments: [
            (
                [200, 150, 300], [10_000, 5_000, 2_500],
                "Tier 2 (through 150%) does not go above tier 1 (through 200%); list tiers in ascending order without overlap."
            ),
            (
                [200, 200], [10_000, 5_000],
                "Tier 2 (through 200%) does not go above tier 1 (through 200%); list tiers in ascending order without overlap."
            ),
            (
                [200, 300, 400], [10_000, 7_500, 12_000],
                "Tier 3 (through 400%) has a discount of 12000 basis points; a discount is 0 to 10000 (0% to 100%)."
            ),
            ([0, 200], [10_000, 5_000], "Tier 1 (through 0%) must reach above 0% of the poverty line."),
            ([200], [-1], "Tier 1 (through 200%) has a discount of -1 basis points; a discount is 0 to 10000 (0% to 100%)."),
        ] as [([Int], [Int64], String)])
    func tierProblems(bounds: [Int], discounts: [Int64], message: String) {
        let tiers = zip(bounds, discounts).map { AssistanceTier(throughPercent: $0, discount: .fixed(basisPoints: $1)) }
        #expect(AssistancePolicy.problems(tiers: tiers, adoptedGuidelines: adopted2026) == [message])
        #expect {
            try AssistancePolicy(tiers: tiers, adoptedGuidelines: adopted2026)
        } throws: { error in
            let error = error as? RevCycleError
            return error?.code == .configuration
                && error?.message == "The financial-assistance policy is not valid: \(message)"
        }
    }

    @Test("a sliding tier's ends are checked too, and a policy needs at least one tier")
    func slidingAndEmpty() {
        let sliding = [AssistanceTier(throughPercent: 400, discount: .sliding(fromBasisPoints: 10_001, toBasisPoints: 0))]
        #expect(AssistancePolicy.problems(tiers: sliding, adoptedGuidelines: adopted2026) == [
            "Tier 1 (through 400%) has a discount of 10001 basis points; a discount is 0 to 10000 (0% to 100%)."
        ])
        #expect(AssistancePolicy.problems(tiers: [], adoptedGuidelines: adopted2026) == [
            "The policy has no tiers; list at least one, such as full assistance through 200%."
        ])
    }

    @Test("the default policy is valid: full through 200%, 75% through 300%, 50% through 400%")
    func defaultPolicy() throws {
        let policy = try AssistancePolicy(adoptedGuidelines: adopted2026)
        #expect(policy.tiers.map(\.throughPercent) == [200, 300, 400])
        #expect(policy.tiers.map(\.discount) == [.fixed(basisPoints: 10_000), .fixed(basisPoints: 7_500), .fixed(basisPoints: 5_000)])
    }
}

struct AssistanceDecisionTests {
    private let policy = try! AssistancePolicy(adoptedGuidelines: adopted2026)

    @Test("a decision states the guideline, the measurement and the tier in words")
    func reasonsInWords() throws {
        let decision = try policy.decide(income: dollars(66_000), household: four, state: state("IL"), assets: nil, on: march)
        #expect(decision.reasons == [
            "On 2026-03-02 the site uses the 2026 poverty guidelines (adopted 2026-02-01).",
            "household of 4 in IL (48 contiguous states and DC), 2026 guideline $33,000; income $66,000 is exactly 200.00% of it.",
            "Tier 1 (at or below 200%) → full assistance.",
        ])
        #expect(decision.isEligible && decision.discountBasisPoints == 10_000 && decision.stateRule == nil)
    }

    @Test("an inexact share is said to be rounded down, and the tier range is given")
    func inexactReason() throws {
        let decision = try policy.decide(income: money("66001.00"), household: four, state: state("IL"), assets: nil, on: march)
        #expect(decision.reasons[1] == "household of 4 in IL (48 contiguous states and DC), 2026 guideline $33,000; income $66,001 is 200.00% (rounded down) of it.")
        #expect(decision.reasons[2] == "Tier 2 (over 200% through 300%) → 75.00% discount.")
    }

    @Test("income above the highest tier gets no assistance under the site's policy")
    func aboveAllTiers() throws {
        let decision = try policy.decide(income: money("132000.01"), household: four, state: state("IL"), assets: nil, on: march)
        #expect(decision.tier == nil && !decision.isEligible && decision.discountBasisPoints == 0)
        #expect(decision.reasons.last == "Income is above the policy's highest tier (through 400%) → no assistance under the site's policy.")
        let atTop = try policy.decide(income: dollars(132_000), household: four, state: state("IL"), assets: nil, on: march)
        #expect(atTop.tier?.number == 3 && atTop.discountBasisPoints == 5_000)
    }
}

struct SlidingTierTests {
    /// Full through 200%; then a line from 75% at 200% down to 25% at 400%.
    private let policy = try! AssistancePolicy(
        tiers: [
            AssistanceTier(throughPercent: 200, discount: .fixed(basisPoints: 10_000)),
            AssistanceTier(throughPercent: 400, discount: .sliding(fromBasisPoints: 7_500, toBasisPoints: 2_500)),
        ],
        adoptedGuidelines: adopted2026)

    @Test(
        "the sliding discount is exact on the line and rounds up to the basis point between points",
        arguments: [
            // income, discount basis points (worked by hand against the $33,000 line)
            ("99000.00", 5_000),     // 300%: halfway, exactly 50%
            ("100000.00", 4_925),    // 7500 − 5000 × 340,000,000 / 660,000,000 = 7500 − 2575.76 → 4924.24… rounds up to 4925
            ("132000.00", 2_500),    // 400%: the end of the line
            ("66000.01", 7_500),     // a cent over 200%: 7500 − 0.00075… → 7500
            ("131999.99", 2_501),    // a cent under 400%: 7500 − ⌊4999.99924…⌋ = 2501
        ] as [(String, Int64)])
    func slidingBasisPoints(income: String, expected: Int64) throws {
        let decision = try policy.decide(income: money(income), household: four, state: state("IL"), assets: nil, on: march)
        #expect(decision.tier?.number == 2)
        #expect(decision.discountBasisPoints == expected, "income \(income): \(decision.discountBasisPoints)")
    }

    @Test("the sliding discount on charges is exact to the cent: the discount rounds up, the patient owes the rest")
    func slidingCents() throws {
        let halfway = try policy.decide(income: dollars(99_000), household: four, state: state("IL"), assets: nil, on: march)
        // $1,234.57 × 50% = $617.285 → discount $617.29, owes $617.28.
        let charges = money("1234.57")
        #expect(halfway.discount(on: charges) == money("617.29"))
        let assisted = try halfway.assistedCharges(charges, agbBasisPoints: nil)
        #expect(assisted.patientOwes == money("617.28") && assisted.adjustment == money("617.29"))

        let between = try policy.decide(income: dollars(100_000), household: four, state: state("IL"), assets: nil, on: march)
        // $1,000.01 × 49.25% = $492.504925 → discount $492.51, owes $507.50.
        let other = try between.assistedCharges(money("1000.01"), agbBasisPoints: nil)
        #expect(other.afterDiscount == money("507.50") && other.patientOwes == money("507.50"))
        #expect(between.reasons.last == "Tier 2 (over 200% through 400%) → sliding discount 75.00% to 25.00%: 49.25% at this income (rounded up to the basis point).")
    }

    @Test("a rising sliding line rounds up too")
    func risingLine() throws {
        let rising = try AssistancePolicy(
            tiers: [AssistanceTier(throughPercent: 300, discount: .sliding(fromBasisPoints: 0, toBasisPoints: 1_000))],
            adoptedGuidelines: adopted2026)
        // $10,000 on a $33,000 line: 0 + 1000 × 100,000,000 / 990,000,000 = 101.01… → 102.
        let decision = try rising.decide(income: dollars(10_000), household: four, state: state("IL"), assets: nil, on: march)
        #expect(decision.discountBasisPoints == 102)
    }
}

struct AssetTestTests {
    private let policy = try! AssistancePolicy(
        assetTest: AssetTest(limit: dollars(10_000)), adoptedGuidelines: adopted2026)

    @Test("countable assets at the limit pass; a cent over removes the assistance, with the reason")
    func limit() throws {
        let at = try policy.decide(income: dollars(40_000), household: four, state: state("IL"), assets: dollars(10_000), on: march)
        #expect(at.isEligible && at.discountBasisPoints == 10_000)
        #expect(at.reasons.last == "Countable assets $10,000 (not counting the primary home and retirement accounts (401(k), 403(b), IRA, pension)) are within the limit $10,000.")

        let over = try policy.decide(income: dollars(40_000), household: four, state: state("IL"), assets: money("10000.01"), on: march)
        #expect(!over.isEligible && over.tier == nil && over.discountBasisPoints == 0)
        #expect(over.reasons.last == "Countable assets $10,000.01 (not counting the primary home and retirement accounts (401(k), 403(b), IRA, pension)) exceed the limit $10,000 → no assistance under the site's policy.")
    }

    @Test("a policy with an asset test refuses a decision without assets, naming the exclusions")
    func missingAssets() {
        #expect {
            try policy.decide(income: dollars(40_000), household: four, state: state("IL"), assets: nil, on: march)
        } throws: { error in
            let error = error as? RevCycleError
            return error?.code == .invalidInput
                && error?.remedy == "Enter the household's countable assets, not counting the primary home and retirement accounts (401(k), 403(b), IRA, pension)."
        }
    }

    @Test("a policy without an asset test ignores assets")
    func noAssetTest() throws {
        let plain = try AssistancePolicy(adoptedGuidelines: adopted2026)
        let decision = try plain.decide(income: dollars(40_000), household: four, state: state("IL"), assets: dollars(1_000_000), on: march)
        #expect(decision.discountBasisPoints == 10_000)
    }
}

struct StateFloorAndAGBCapTests {
    /// A site whose own tiers stop at 200%.
    private let narrow = try! AssistancePolicy(
        tiers: [AssistanceTier(throughPercent: 200, discount: .fixed(basisPoints: 10_000))], adoptedGuidelines: adopted2026)

    @Test("Colorado's Hospital Discounted Care applies at or below 250% even where the site's tiers stop")
    func coloradoFloor() throws {
        let at = try narrow.decide(income: dollars(82_500), household: four, state: state("CO"), assets: nil, on: march)
        #expect(at.stateRule == StateAssistanceRule.colorado)
        #expect(at.tier == nil && at.discountBasisPoints == 0)
        #expect(at.reasons.last?.hasPrefix("Colorado Hospital Discounted Care applies (income at or below 250% of the guideline") == true)
        #expect(at.reasons.last?.hasSuffix("the site's own tiers give no discount here, so the state's rate cap governs the bill.") == true)

        let over = try narrow.decide(income: money("82500.01"), household: four, state: state("CO"), assets: nil, on: march)
        #expect(over.stateRule == nil)
        let elsewhere = try narrow.decide(income: dollars(82_500), household: four, state: state("IL"), assets: nil, on: march)
        #expect(elsewhere.stateRule == nil)
    }

    @Test("an eligible patient owes the lesser of the discounted charges and the AGB cap; an ineligible one is not capped")
    func agbCap() throws {
        let policy = try AssistancePolicy(
            tiers: [
                AssistanceTier(throughPercent: 200, discount: .fixed(basisPoints: 10_000)),
                AssistanceTier(throughPercent: 400, discount: .fixed(basisPoints: 2_000)),
                AssistanceTier(throughPercent: 600, discount: .fixed(basisPoints: 0), label: "AGB only"),
            ],
            adoptedGuidelines: adopted2026)
        let twenty = try policy.decide(income: dollars(100_000), household: four, state: state("IL"), assets: nil, on: march)
        let capped = try twenty.assistedCharges(dollars(1_000), agbBasisPoints: 6_123)
        #expect(capped.afterDiscount == dollars(800) && capped.agbCap == money("612.30"))
        #expect(capped.patientOwes == money("612.30") && capped.adjustment == money("387.70"))
        #expect(capped.lines == [
            "Charges $1,000.00",
            "Discount 20.00% = $200.00 (rounded up to the cent) → $800.00",
            "AGB cap 61.23% of $1,000.00 = $612.30 (rounded down to the cent)",
            "Patient owes $612.30; adjustment $387.70",
        ])

        let agbOnly = try policy.decide(income: dollars(190_000), household: four, state: state("IL"), assets: nil, on: march)
        #expect(agbOnly.isEligible && agbOnly.discountBasisPoints == 0)
        #expect(try agbOnly.assistedCharges(dollars(1_000), agbBasisPoints: 6_123).patientOwes == money("612.30"))

        let ineligible = try policy.decide(income: dollars(200_000), household: four, state: state("IL"), assets: nil, on: march)
        let uncapped = try ineligible.assistedCharges(dollars(1_000), agbBasisPoints: 6_123)
        #expect(uncapped.agbCap == nil && uncapped.patientOwes == dollars(1_000))
    }
}
