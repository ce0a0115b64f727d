import RevCycleCore

/// An optional limit on a household's countable assets, applied after the income test.
///
/// The policy names what it leaves out of "countable" (as data, so the application form and the
/// counselor see the same list); the counselor enters assets already net of those exclusions. A household
/// at or below the limit passes; above it, the policy grants no assistance.
struct AssetTest: Sendable, Hashable {
    /// Assets a policy does not count.
    enum Exclusion: String, Sendable, Hashable, CaseIterable, Codable {
        case primaryResidence = "primary-residence"
        case retirementAccounts = "retirement-accounts"

        /// As the application form lists it.
        var displayName: String {
            switch self {
            case .primaryResidence: "the primary home"
            case .retirementAccounts: "retirement accounts (401(k), 403(b), IRA, pension)"
            }
        }
    }

    /// The most countable assets a household may hold and still qualify.
    let limit: Money
    /// What the policy does not count.
    let exclusions: [Exclusion]

    init(limit: Money, exclusions: [Exclusion] = Exclusion.allCases) {
        self.limit = limit
        self.exclusions = exclusions
    }

    /// Whether `countableAssets` is at or below the limit.
    func passes(countableAssets: Money) -> Bool { countableAssets <= limit }

    /// "not counting the primary home and retirement accounts (…)".
    var exclusionsText: String {
        guard !exclusions.isEmpty else { return "counting all assets" }
        return "not counting " + exclusions.map(\.displayName).joined(separator: " and ")
    }
}
