import RevCycleCore

/// An amount charged by one provider or facility: a line of a good-faith estimate or of a bill.
///
/// Providers are matched by NPI on both sides. Several lines for one provider are summed, since the
/// dispute threshold applies to each provider's total.
struct ProviderCharge: Sendable, Hashable {
    let npi: NationalProviderID
    let providerName: String
    let amount: Money
}

/// One provider's billed total set against its total on the good-faith estimate.
///
/// Under 45 CFR 149.620(a)(2) a bill is "substantially in excess" when the provider's total billed
/// charges are at least $400 more than the total expected charges the estimate lists for that provider
/// or facility; exactly $400.00 more counts. Each provider is judged on its own totals, so one
/// provider's overrun is not offset by another's savings.
struct EstimateComparison: Sendable, Hashable {
    let npi: NationalProviderID
    let providerName: String
    /// The provider's total expected charges on the estimate ($0.00 if it was not on it).
    let estimated: Money
    /// The provider's total billed charges ($0.00 if it has not billed).
    let billed: Money
    /// Whether the provider appears on the good-faith estimate at all.
    let wasOnEstimate: Bool
    /// The threshold and window in force.
    let rule: GoodFaithEstimateDisputeRule

    /// Billed less estimated (negative when the bill is below the estimate).
    var excess: Money { billed - estimated }

    /// At least the threshold ($400.00) above the estimate: the account is flagged and the patient may dispute.
    var isSubstantiallyInExcess: Bool { rule.isDisputable(billed: billed, estimated: estimated) }

    /// The comparison in words for the account's notes.
    var summary: String {
        let onEstimate = wasOnEstimate ? "estimated \(estimated)" : "not on the good-faith estimate"
        let verdict = isSubstantiallyInExcess
            ? "at least \(rule.threshold) above the estimate: the patient may dispute"
            : "below the \(rule.threshold) dispute threshold"
        return "\(providerName) (NPI \(npi)): \(onEstimate), billed \(billed), difference \(excess) → \(verdict)"
    }

    /// What the patient is told about the dispute right when the bill is substantially in excess.
    func patientNotice(lastDayToFile: CalendarDate) -> String {
        "The bill from \(providerName) is \(excess) more than the good-faith estimate you were given "
            + "(\(estimated) estimated, \(billed) billed). Because it is at least \(rule.threshold) more, you may "
            + "start the federal patient-provider dispute resolution process within \(rule.disputeWindowDays) "
            + "calendar days of the date on the bill, that is by \(lastDayToFile). While the dispute is open, "
            + "this bill will not be sent to collections and no late fees will be added."
    }
}
