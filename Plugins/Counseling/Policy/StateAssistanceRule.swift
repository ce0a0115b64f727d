import RevCycleCore

/// A state law that sets a floor under a hospital's own financial-assistance policy.
///
/// Kept as data: the state, the income line at or below which the law's protections apply, the date
/// it took effect, its source, and what it requires of billing in words. The decision reports the rule
/// alongside the site's own tier; the law's rate caps are applied by billing, not computed here.
///
/// Only rules confirmed against a published source are listed. Colorado is the one so far; other states
/// with hospital financial-assistance laws (New York, Washington, Illinois, California, Maryland, …) are
/// left out until their thresholds are checked against the statute.
struct StateAssistanceRule: Sendable, Hashable {
    let state: StateCode
    /// The program's name as the state uses it.
    let program: String
    /// The law applies at or below this percent of the poverty line.
    let appliesThroughPercent: Int
    let effectiveOn: CalendarDate
    let source: String
    /// What the law requires, for the counselor.
    let requirement: String

    /// Colorado Hospital Discounted Care (HB21-1198, in force 1 Sep 2022; C.R.S. 25.5-3-501 et seq.).
    ///
    /// Patients with household income at or below 250% of the federal poverty guideline qualify for
    /// discounted care; facilities must screen uninsured patients (insured patients on request), charge
    /// no more than the rates HCPF sets each year, and keep payment plans to 4% of monthly household
    /// income for the facility's bill (Colorado HCPF, "Hospital Discounted Care").
    static let colorado = StateAssistanceRule(
        // "CO" and 2022-09-01 are valid by construction.
        state: try! StateCode(parsing: "CO"),
        program: "Colorado Hospital Discounted Care",
        appliesThroughPercent: 250,
        effectiveOn: try! CalendarDate(year: 2022, month: 9, day: 1),
        source: "Colorado HB21-1198 (C.R.S. 25.5-3-501 et seq.); HCPF Hospital Discounted Care rules",
        requirement: "screen for eligibility, charge no more than the HCPF discounted-care rates, "
            + "and keep a payment plan to 4% of monthly household income for the facility bill")

    /// The state rules RevCycle applies.
    static let confirmed: [StateAssistanceRule] = [colorado]

    /// Whether the rule covers a determination for a patient in `state` on `date` at `level`.
    func applies(state: StateCode, on date: CalendarDate, level: PovertyLevel) -> Bool {
        state == self.state && date >= effectiveOn && level.isAtOrBelow(percent: appliesThroughPercent)
    }
}
