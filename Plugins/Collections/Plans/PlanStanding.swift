import RevCycleCore

/// Where a payment plan stands on a given day.
enum PlanStanding: Sendable, Hashable {
    /// Nothing is late. `nextDueOn` is the oldest open installment's due date.
    case current(nextDueOn: CalendarDate?)
    /// An installment is past its due date but within grace.
    case inGrace(installment: Int, graceEndsOn: CalendarDate)
    /// An autopay charge was declined and will be tried again.
    case retrying(installment: Int, nextRetryOn: CalendarDate)
    /// Installments are missed (past grace), retries are over, and the delinquency notice is due.
    case missed(installments: [Int], since: CalendarDate)
    /// The delinquency notice went out; the plan defaults on `defaultsOn` unless brought current.
    case noticeSent(on: CalendarDate, defaultsOn: CalendarDate)
    case defaulted(on: CalendarDate)
    case paidOff

    /// The plan as the `collections.dunning.next_step` hook names it: `current`, `late`, `defaulted`,
    /// or `none` once paid off. Grace and pending retries are not late yet.
    var dunningPlanState: String {
        switch self {
        case .current, .inGrace, .retrying: "current"
        case .missed, .noticeSent: "late"
        case .defaulted: "defaulted"
        case .paidOff: "none"
        }
    }
}

/// Why autopay is not charging an installment it otherwise would.
enum AutopayHold: Sendable, Hashable {
    /// The amount changed; it may be charged from `chargeableOn`, 10 days after the notice.
    case awaitingAmountNotice(installment: Int, chargeableOn: CalendarDate)
    /// The payment method was declined for a reason retrying cannot fix; a new one is needed.
    case paymentMethodUnusable(DeclineReason)
    /// The patient withdrew the authorization.
    case revoked(on: CalendarDate)
}

/// The ladder's answer for one plan on one day.
struct PlanReview: Sendable, Hashable {
    var standing: PlanStanding
    /// What to do today; empty when everything due today is already recorded.
    var actions: [PlanAction] = []
    var autopayHold: AutopayHold?
}
