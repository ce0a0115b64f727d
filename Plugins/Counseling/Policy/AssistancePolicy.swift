import RevCycleCore

/// A site's financial-assistance policy as data: income tiers, an optional asset test, the poverty
/// guidelines it has adopted, and the state laws that set floors under it.
///
/// A policy is validated when it is built, so a policy value is always usable: tiers ascend without
/// overlap, discounts are 0% to 100%, and every adopted guideline year is on file and adopted no earlier
/// than HHS made it effective. ``decide(income:household:state:assets:on:)`` then places a household in
/// a tier and says why, in words.
///
/// ```swift
/// let policy = try AssistancePolicy(
///     adoptedGuidelines: try AdoptedGuidelines([.init(year: 2026, adoptedOn: try CalendarDate(parsing: "2026-02-01"))]))
/// let decision = try policy.decide(income: Money(cents: 6_600_000), household: try HouseholdSize(4),
///                                  state: try StateCode(parsing: "IL"), assets: nil,
///                                  on: try CalendarDate(parsing: "2026-03-02"))
/// decision.discountBasisPoints   // 10_000: full assistance at exactly 200%
/// ```
struct AssistancePolicy: Sendable, Hashable {
    /// ≤ 200% full assistance; over 200% through 300%, 75%; over 300% through 400%, 50%.
    static let defaultTiers: [AssistanceTier] = [
        AssistanceTier(throughPercent: 200, discount: .fixed(basisPoints: 10_000)),
        AssistanceTier(throughPercent: 300, discount: .fixed(basisPoints: 7_500)),
        AssistanceTier(throughPercent: 400, discount: .fixed(basisPoints: 5_000)),
    ]

    let tiers: [AssistanceTier]
    let assetTest: AssetTest?
    let adoptedGuidelines: AdoptedGuidelines
    let guidelines: PovertyGuidelines
    let stateRules: [StateAssistanceRule]

    /// - Throws: `configuration` listing every problem ``problems(tiers:assetTest:adoptedGuidelines:guidelines:)`` finds.
    init(
        tiers: [AssistanceTier] = AssistancePolicy.defaultTiers,
        assetTest: AssetTest? = nil,
        adoptedGuidelines: AdoptedGuidelines,
        guidelines: PovertyGuidelines = .hhsPublished,
        stateRules: [StateAssistanceRule] = StateAssistanceRule.confirmed
    ) throws {
        let problems = Self.problems(
            tiers: tiers, assetTest: assetTest, adoptedGuidelines: adoptedGuidelines, guidelines: guidelines)
        guard problems.isEmpty else {
            throw RevCycleError(
                .configuration, "The financial-assistance policy is not valid: " + problems.joined(separator: " "),
                remedy: "Correct the site's financial-assistance tiers and guideline adoptions, then reload the policy.")
        }
        self.tiers = tiers
        self.assetTest = assetTest
        self.adoptedGuidelines = adoptedGuidelines
        self.guidelines = guidelines
        self.stateRules = stateRules
    }

    // MARK: - Validation

    /// Every problem with a policy's configuration, one sentence each, naming the tier at fault by
    /// number (1 = the first listed) and bound. Empty when the policy is valid.
    static func problems(
        tiers: [AssistanceTier],
        assetTest: AssetTest? = nil,
        adoptedGuidelines: AdoptedGuidelines,
        guidelines: PovertyGuidelines = .hhsPublished
    ) -> [String] {
        var problems: [String] = []
        if tiers.isEmpty {
            problems.append("The policy has no tiers; list at least one, such as full assistance through 200%.")
        }
        var previous: (number: Int, throughPercent: Int)?
        for (offset, tier) in tiers.enumerated() {
            let number = offset + 1
            let name = "Tier \(number) (through \(tier.throughPercent)%)"
            if let previous, tier.throughPercent <= previous.throughPercent {
                problems.append(
                    "\(name) does not go above tier \(previous.number) (through \(previous.throughPercent)%); "
                        + "list tiers in ascending order without overlap.")
            } else if previous == nil, tier.throughPercent <= 0 {
                problems.append("\(name) must reach above 0% of the poverty line.")
            }
            let discounts: [Int64] = switch tier.discount {
            case .fixed(let basisPoints): [basisPoints]
            case .sliding(let from, let to): [from, to]
            }
            for basisPoints in discounts where !(0...10_000).contains(basisPoints) {
                problems.append(
                    "\(name) has a discount of \(basisPoints) basis points; a discount is 0 to 10000 (0% to 100%).")
            }
            if tier.throughPercent > previous?.throughPercent ?? Int.min {
                previous = (number, tier.throughPercent)
            }
        }
        if let assetTest, assetTest.limit.isNegative {
            problems.append("The asset limit \(assetTest.limit) is negative; expected zero or more.")
        }
        problems += adoptedGuidelines.problems(against: guidelines)
        return problems
    }
}
