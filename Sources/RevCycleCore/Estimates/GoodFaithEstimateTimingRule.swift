/// When a good-faith estimate is due, as data: the No Surprises Act's business-day counts.
///
/// The counts come from 45 CFR 149.610(b) (the timing of a good-faith estimate for an uninsured
/// or self-pay individual). They are values, not code, so a change in the rule is a change of data.
///
/// ```swift
/// let rule = GoodFaithEstimateTimingRule.noSurprisesAct
/// rule.longNoticeBusinessDays      // 10: scheduled this far ahead → 3 business days to deliver
/// rule.shortNoticeBusinessDays     // 3: scheduled this far ahead → 1 business day to deliver
/// ```
public struct GoodFaithEstimateTimingRule: Sendable, Hashable {
    /// A service scheduled at least this many business days ahead gets the long window
    /// (45 CFR 149.610(b): "at least 10 business days before").
    public var longNoticeBusinessDays: Int
    /// Business days after scheduling to deliver the estimate when the long notice applies (3).
    public var longNoticeDeliveryBusinessDays: Int
    /// A service scheduled at least this many business days ahead needs an estimate at all
    /// (45 CFR 149.610(b): "at least 3 business days before"); sooner than this, none is required.
    public var shortNoticeBusinessDays: Int
    /// Business days after scheduling to deliver the estimate when only the short notice applies (1).
    public var shortNoticeDeliveryBusinessDays: Int
    /// Business days after a request (no service scheduled) to deliver the estimate (3).
    public var onRequestDeliveryBusinessDays: Int

    public init(longNoticeBusinessDays: Int, longNoticeDeliveryBusinessDays: Int, shortNoticeBusinessDays: Int,
                shortNoticeDeliveryBusinessDays: Int, onRequestDeliveryBusinessDays: Int) {
        self.longNoticeBusinessDays = longNoticeBusinessDays
        self.longNoticeDeliveryBusinessDays = longNoticeDeliveryBusinessDays
        self.shortNoticeBusinessDays = shortNoticeBusinessDays
        self.shortNoticeDeliveryBusinessDays = shortNoticeDeliveryBusinessDays
        self.onRequestDeliveryBusinessDays = onRequestDeliveryBusinessDays
    }

    /// The rule in force since 2022-01-01: 10 → 3, 3 → 1, on request → 3.
    public static let noSurprisesAct = GoodFaithEstimateTimingRule(
        longNoticeBusinessDays: 10, longNoticeDeliveryBusinessDays: 3,
        shortNoticeBusinessDays: 3, shortNoticeDeliveryBusinessDays: 1,
        onRequestDeliveryBusinessDays: 3)
}
