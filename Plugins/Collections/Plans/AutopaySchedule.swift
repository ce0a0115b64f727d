import RevCycleCore

/// Where autopay stands for one installment on one day.
enum InstallmentAutopay: Sendable, Hashable {
    /// Autopay does not collect this installment (no authorization in force, or due before it).
    case notCovered
    /// An approved charge was made for it.
    case settled
    /// The retries are used up, or the last decline cannot be fixed by retrying.
    case exhausted(DeclineReason)
    /// The payment method was declined on another installment for a reason retrying cannot fix.
    case methodUnusable(DeclineReason)
    /// Its collection window closed without a charge (the daily run did not reach it in time); the
    /// patient pays it by other means.
    case lapsed(windowEndedOn: CalendarDate)
    /// The next attempt is on a later day.
    case scheduled(attempt: Int, on: CalendarDate)
    /// The next attempt waits for an amount-change notice to take effect.
    case heldForNotice(attempt: Int, until: CalendarDate)
    /// Charge it today.
    case due(AutopayCharge)

    /// Whether autopay will still try to collect the installment.
    var isPending: Bool {
        switch self {
        case .scheduled, .heldForNotice, .due: true
        case .notCovered, .settled, .exhausted, .methodUnusable, .lapsed: false
        }
    }
}

/// Autopay's view of a plan on one day: which installments to charge, retry or hold, and which amounts
/// the patient has been told of (Regulation E).
///
/// An installment is covered when an authorization in force dates from on or before its due date. Its
/// first charge is on the due date, retries follow `policy.autopayRetryDays` after the first decline
/// (never two attempts on one day), and every attempt waits until the installment's scheduled amount is
/// the one disclosed and in effect: the authorization's from its date, a notice's from its
/// ``AmountChangeNotice/effectiveOn``. A run that missed days catches up one attempt a day, but only
/// within the installment's collection window (grace plus the last retry day, 17 days by default, from
/// ``collectionStart(of:)``): autopay never sweeps up months of installments at once.
struct AutopaySchedule: Sendable {
    let history: PaymentPlanHistory
    let policy: PaymentPlanPolicy
    let today: CalendarDate
    /// Whether the authorization allows charges today.
    let isActive: Bool
    /// A decline on the current payment method that retrying cannot fix, if any.
    let unusableReason: DeclineReason?
    /// The attempts with the current payment method, by installment, in date order.
    private let attemptsByInstallment: [Int: [AutopayAttempt]]
    /// The authorization and the amount-change notices, oldest first.
    private let disclosures: [Disclosure]

    init(history: PaymentPlanHistory, policy: PaymentPlanPolicy, today: CalendarDate) {
        self.history = history
        self.policy = policy
        self.today = today
        let authorization = history.autopay
        isActive = authorization?.isInForce(on: today) ?? false
        let current = history.autopayAttempts.filter { $0.token == authorization?.paymentMethod.token }
        unusableReason =
            current.lazy.compactMap { attempt -> DeclineReason? in
                guard case .declined(let reason) = attempt.outcome, !reason.isRetryable else { return nil }
                return reason
            }.first
        attemptsByInstallment = Dictionary(grouping: current, by: \.installment)
            .mapValues { $0.sorted { ($0.on, $0.attempt) < ($1.on, $1.attempt) } }
        disclosures =
            authorization.map { authorization in
                [
                    Disclosure(
                        sentOn: authorization.authorizedOn, effectiveOn: authorization.authorizedOn, order: 0,
                        transfers: authorization.authorizedTransfers)
                ]
                    + authorization.amountChangeNotices.enumerated().map { index, notice in
                        Disclosure(
                            sentOn: notice.sentOn, effectiveOn: notice.effectiveOn, order: index + 1,
                            transfers: notice.transfers)
                    }
            } ?? []
    }

    private var authorization: AutopayAuthorization? { history.autopay }

    /// The attempts on `installment` with the current payment method, in date order.
    func attempts(for installment: PlanInstallment) -> [AutopayAttempt] {
        attemptsByInstallment[installment.number] ?? []
    }

    /// Whether the authorization (in force or not) dates from on or before the installment's due date.
    func covers(_ installment: PlanInstallment) -> Bool {
        authorization.map { installment.dueDate >= $0.authorizedOn } ?? false
    }

    // MARK: - Disclosed amounts

    /// One disclosure of amounts: the authorization or a notice.
    private struct Disclosure {
        var sentOn: CalendarDate
        var effectiveOn: CalendarDate
        var order: Int
        var transfers: [ScheduledTransfer]

        func amount(of installment: Int) -> Money? {
            transfers.first { $0.installment == installment }?.amount
        }
    }

    /// The amount in effect for `installment` on `date`: the latest disclosure in effect that names it.
    private func amountInEffect(for installment: Int, on date: CalendarDate) -> Money? {
        disclosures.filter { $0.effectiveOn <= date && $0.amount(of: installment) != nil }
            .max { ($0.effectiveOn, $0.order) < ($1.effectiveOn, $1.order) }?
            .amount(of: installment)
    }

    /// Whether the latest disclosure sent that names the installment gives its scheduled amount.
    func isDisclosed(_ installment: PlanInstallment) -> Bool {
        let latest = disclosures.filter { $0.amount(of: installment.number) != nil }
            .max { ($0.sentOn, $0.order) < ($1.sentOn, $1.order) }
        return latest?.amount(of: installment.number) == installment.amount
    }

    /// The first day on or after the due date when the installment's scheduled amount is the amount in
    /// effect; `nil` when no disclosure sent gives it.
    func chargeableFrom(_ installment: PlanInstallment) -> CalendarDate? {
        let candidates = ([installment.dueDate] + disclosures.map(\.effectiveOn).filter { $0 > installment.dueDate })
            .sorted()
        return candidates.first { amountInEffect(for: installment.number, on: $0) == installment.amount }
    }

    /// When a notice not yet sent would let the installment be charged: a notice sent today.
    private var projectedNoticeEffect: CalendarDate { today.adding(days: policy.varyingAmountNoticeDays) }

    // MARK: - Per installment

    /// What autopay does about an open installment today.
    func status(of installment: PlanInstallment) -> InstallmentAutopay {
        guard let authorization, isActive, covers(installment), !installment.isPaid else { return .notCovered }
        let made = attempts(for: installment)
        if made.contains(where: { $0.outcome.isApproved }) { return .settled }
        if let last = made.last, case .declined(let reason) = last.outcome,
            !reason.isRetryable || made.count > policy.autopayRetryDays.count
        {
            return .exhausted(reason)
        }
        if let reason = unusableReason { return .methodUnusable(reason) }
        let windowEnd = collectionStart(of: installment)
            .adding(days: policy.graceDays + (policy.autopayRetryDays.last ?? 0))
        if today > windowEnd { return .lapsed(windowEndedOn: windowEnd) }
        let planned =
            made.first.map { first in
                max(
                    first.on.adding(days: policy.autopayRetryDays[made.count - 1]),
                    made[made.count - 1].on.adding(days: 1))
            } ?? installment.dueDate
        let attempt = made.count + 1
        let allowedFrom = chargeableFrom(installment) ?? projectedNoticeEffect
        if allowedFrom > max(planned, today) { return .heldForNotice(attempt: attempt, until: allowedFrom) }
        if planned > today { return .scheduled(attempt: attempt, on: planned) }
        return .due(
            AutopayCharge(
                installment: installment.number, attempt: attempt, amount: installment.unpaid,
                paymentMethod: authorization.paymentMethod))
    }

    /// The day the patient's obligation for an installment effectively starts, from which grace counts.
    ///
    /// Its due date, unless autopay collects it: then the day autopay first tried, or, before any
    /// attempt, the first day its amount may be charged (a change notice delays it). The patient is
    /// not late because the hospital had to wait 10 days to charge a changed amount.
    func collectionStart(of installment: PlanInstallment) -> CalendarDate {
        if let first = attempts(for: installment).first { return max(installment.dueDate, first.on) }
        guard isActive, covers(installment), unusableReason == nil else { return installment.dueDate }
        let allowedFrom =
            chargeableFrom(installment) ?? (installment.isPaid ? installment.dueDate : projectedNoticeEffect)
        return max(installment.dueDate, allowedFrom)
    }

    // MARK: - Plan-wide

    /// The notice to send today when an installment autopay will still charge has a scheduled amount the
    /// patient was not told of; `nil` when every such amount is disclosed. It lists every installment
    /// autopay will still charge, at its new amount and due date, given each open installment's
    /// ``status(of:)``.
    func amountChangeNoticeDue(statuses: [Int: InstallmentAutopay]) -> AmountChangeNotice? {
        let toCharge = history.schedule.openInstallments.filter { statuses[$0.number]?.isPending ?? false }
        guard toCharge.contains(where: { !isDisclosed($0) }) else { return nil }
        return AmountChangeNotice(
            sentOn: today,
            transfers: toCharge.map {
                ScheduledTransfer(installment: $0.number, dueDate: $0.dueDate, amount: $0.amount)
            },
            effectiveOn: projectedNoticeEffect)
    }

    /// Why autopay is not charging, if it is not, given each open installment's ``status(of:)``.
    func hold(statuses: [Int: InstallmentAutopay]) -> AutopayHold? {
        guard let authorization else { return nil }
        if let revoked = authorization.revokedOn, revoked <= today { return .revoked(on: revoked) }
        if let reason = unusableReason { return .paymentMethodUnusable(reason) }
        for installment in history.schedule.openInstallments {
            if case .heldForNotice(_, let until) = statuses[installment.number] {
                return .awaitingAmountNotice(installment: installment.number, chargeableOn: until)
            }
        }
        return nil
    }
}
