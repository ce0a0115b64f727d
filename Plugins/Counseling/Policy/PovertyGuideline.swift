import RevCycleCore

/// One HHS poverty guideline: a year's figures for one region.
///
/// The guideline for a household is the first-person figure plus the additional-person figure for
/// each further member, in whole dollars, exactly as HHS builds its printed table (the printed rows
/// for 1 to 8 people follow this rule, and HHS tells users to keep adding the increment above 8).
struct PovertyGuideline: Sendable, Hashable, Codable {
    let year: Int
    let region: PovertyGuidelineRegion
    /// The guideline for a household of one.
    let firstPerson: Money
    /// What each additional member adds.
    let eachAdditionalPerson: Money

    /// The poverty line for a household of `household` people.
    func line(for household: HouseholdSize) -> Money {
        firstPerson + eachAdditionalPerson * Int64(household.people - 1)
    }

    /// Income as a share of this guideline, in basis points of poverty (200% = 20,000), rounded down.
    ///
    /// Rounding down keeps an income of exactly 200% at 20,000 and never shows an income as lower than
    /// it is. For tier decisions use ``PovertyLevel/isAtOrBelow(percent:)``, which does not round at all.
    ///
    /// - Throws: `invalidInput` for a negative income.
    func percentOfPoverty(income: Money, household: HouseholdSize) throws -> Int64 {
        try PovertyLevel(income: income, household: household, guideline: self).basisPoints
    }
}
