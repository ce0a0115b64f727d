/// When a patient may dispute a bill against their good-faith estimate, as data.
///
/// Under the patient-provider dispute resolution process (45 CFR 149.620), an uninsured or
/// self-pay patient may dispute a bill that is at least ``threshold`` ($400) above the estimate
/// from that provider or facility, within ``disputeWindowDays`` (120) calendar days of the initial
/// bill. While the bill is in dispute it is not sent to collections and late fees stop.
///
/// ```swift
/// let rule = GoodFaithEstimateDisputeRule.noSurprisesAct
/// rule.isDisputable(billed: try Money(parsing: "1400.00"), estimated: try Money(parsing: "1000.00"))  // true
/// rule.lastDayToDispute(billedOn: try CalendarDate(parsing: "2026-03-02"))                           // 2026-06-30
/// ```
public struct GoodFaithEstimateDisputeRule: Sendable, Hashable {
    /// A bill this much or more above the estimate may be disputed ($400.00).
    public var threshold: Money
    /// Calendar days, counted from the date on the initial bill, to start a dispute (120). The
    /// rule counts from the day the patient receives the bill, which is never earlier, so the
    /// date this gives is the earliest the window can close.
    public var disputeWindowDays: Int

    public init(threshold: Money, disputeWindowDays: Int) {
        self.threshold = threshold
        self.disputeWindowDays = disputeWindowDays
    }

    /// $400.00 and 120 days, in force since 2022-01-01.
    public static let noSurprisesAct = GoodFaithEstimateDisputeRule(threshold: Money(cents: 40_000), disputeWindowDays: 120)

    /// Whether `billed` is at least ``threshold`` above `estimated`.
    public func isDisputable(billed: Money, estimated: Money) -> Bool {
        billed - estimated >= threshold
    }

    /// The last day to start a dispute about a bill dated `billedOn`.
    public func lastDayToDispute(billedOn: CalendarDate) -> CalendarDate {
        billedOn.adding(days: disputeWindowDays)
    }
}
