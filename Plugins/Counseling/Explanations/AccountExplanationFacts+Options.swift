import RevCycleCore

extension AccountExplanationFacts {
    /// What the patient can do next, and the number to call for it (financial counseling).
    struct Options: Sendable, Hashable {
        /// The number that takes assistance applications, plans and disputes.
        var phone: String
        /// Financial assistance can still be applied for (every bill offers it under IRS 501(r)).
        var financialAssistance: AssistanceOffer? = nil
        /// A payment plan can be set up for what is owed.
        var offersPaymentPlan: Bool = false
        /// The good-faith estimate the patient was given before the visit, if any. The dispute option
        /// is shown only when the bill is far enough above it (``GoodFaithEstimateFacts/isDisputable``)
        /// and the window to dispute is still open on the explanation's date.
        var goodFaithEstimate: GoodFaithEstimateFacts? = nil
    }

    /// The financial-assistance offer.
    struct AssistanceOffer: Sendable, Hashable {
        /// The last day an application is accepted (at least 240 days after the first
        /// post-discharge statement, IRS 501(r)), when known.
        var applyBy: CalendarDate? = nil
    }

    /// A self-pay patient's good-faith estimate against this facility's bill (No Surprises Act,
    /// 45 CFR 149.620): Policy's ``EstimateComparison`` for the facility, plus the bill's date.
    ///
    /// The dispute threshold and window are Core's ``GoodFaithEstimateDisputeRule`` ($400, 120 days),
    /// not numbers of this module.
    struct GoodFaithEstimateFacts: Sendable, Hashable {
        /// The estimate's total expected charges.
        var estimated: Money
        /// The billed charges the estimate is compared with.
        var billed: Money
        /// The date on the first bill for these charges; the dispute window counts from it.
        var billedOn: CalendarDate
        var rule: GoodFaithEstimateDisputeRule = .noSurprisesAct

        /// How far the bill is above the estimate.
        var excess: Money { billed - estimated }

        /// Whether the patient may dispute the bill: at least the rule's threshold above the estimate.
        var isDisputable: Bool { rule.isDisputable(billed: billed, estimated: estimated) }

        /// The last day to start a dispute.
        var lastDayToDispute: CalendarDate { rule.lastDayToDispute(billedOn: billedOn) }

        /// Whether the patient can still start a dispute on `day`: far enough above the estimate, and
        /// the window open.
        func canDispute(on day: CalendarDate) -> Bool { isDisputable && day <= lastDayToDispute }
    }
}
