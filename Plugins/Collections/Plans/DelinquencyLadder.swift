import RevCycleCore

/// The steps a payment plan walks when an installment is declined or not paid: autopay charge, retries,
/// grace, delinquency notice, default; and back to current when a payment catches it up.
///
/// A pure function of what is recorded (``PaymentPlanHistory``), the site's ``PaymentPlanPolicy`` and
/// `today`; it reads no clock. It returns the plan's ``PlanStanding`` and the ``PlanAction``s due today
/// that are not recorded yet, so a loop can call it every day, or twice on one day, and never charge or
/// notify twice: the same history and day give the same answer, and an action once recorded is not
/// returned again.
///
/// The rules, with the defaults of ``PaymentPlanPolicy``:
/// - Autopay (``AutopaySchedule``) charges each installment due on or after the authorization's date,
///   on its due date, for what is left of that installment (never arrears); after a decline it retries
///   3 and 7 days later, never twice a day, and stops at a decline retrying cannot fix. It asks first for
///   the patient's copy of the authorization, and charges only amounts the patient was told of: a
///   changed amount waits 10 days after its notice (Regulation E), and the installment's grace starts
///   from then. Days the run missed are caught up within 17 days, never later.
/// - An installment unpaid more than 10 days after it was due (``AutopaySchedule/collectionStart(of:)``)
///   is missed. Once an installment is missed and its retries are over, the delinquency notice goes
///   out, once for each stretch of delinquency.
/// - The plan defaults when 30 days have passed since that notice and 2 installments (or all those
///   left, if fewer) are missed and unpaid.
/// - A payment that leaves no installment missed returns the plan to current; the next delinquency
///   gets a new notice.
///
/// ```swift
/// let review = DelinquencyLadder(policy: policy).review(history, on: today)
/// review.standing   // .retrying(installment: 4, nextRetryOn: 2027-02-04)
/// review.actions    // [.chargeAutopay(…)]
/// ```
struct DelinquencyLadder: Sendable {
    var policy: PaymentPlanPolicy

    /// The plan's standing on `today` and what to do about it.
    ///
    /// - Precondition: nothing in `history` is dated after `today`.
    func review(_ history: PaymentPlanHistory, on today: CalendarDate) -> PlanReview {
        let schedule = history.schedule
        if schedule.isPaidOff { return PlanReview(standing: .paidOff) }
        if let defaulted = history.defaultedOn, defaulted <= today {
            return PlanReview(standing: .defaulted(on: defaulted))
        }

        let autopay = AutopaySchedule(history: history, policy: policy, today: today)
        // Installments are numbered 1…n, so installment k's collection start is starts[k − 1].
        let starts = schedule.installments.map(autopay.collectionStart(of:))
        let graceEnd = { (installment: PlanInstallment) in
            starts[installment.number - 1].adding(days: self.policy.graceDays)
        }
        let open = schedule.openInstallments
        let missed = open.filter { graceEnd($0) < today }
        let statuses = Dictionary(uniqueKeysWithValues: open.map { ($0.number, autopay.status(of: $0)) })
        let retry = { (installments: [PlanInstallment]) in
            installments.lazy.compactMap { self.pendingAttempt($0, statuses[$0.number], today: today) }
                .first { $0.attempt > 1 }
        }
        var review = PlanReview(
            standing: .current(nextDueOn: open.first?.dueDate),
            actions: routineActions(autopay, open: open, statuses: statuses),
            autopayHold: autopay.hold(statuses: statuses))

        /// The earliest day the plan may default after a notice sent on `noticeDate`, if nothing more is paid.
        func defaultDate(afterNoticeOn noticeDate: CalendarDate) -> CalendarDate {
            let required = min(policy.missedInstallmentsToDefault, open.count)
            let enoughMissed = open.map(graceEnd).sorted()[required - 1].adding(days: 1)
            return max(noticeDate.adding(days: policy.noticeToDefaultDays), enoughMissed)
        }

        guard !missed.isEmpty else {
            if let retry = retry(open.filter { starts[$0.number - 1] <= today }) {
                review.standing = .retrying(installment: retry.installment, nextRetryOn: retry.on)
            } else if let late = open.first(where: { starts[$0.number - 1] < today }) {
                review.standing = .inGrace(installment: late.number, graceEndsOn: graceEnd(late))
            }
            return review
        }

        let since = delinquentSince(schedule.installments, starts: starts, today: today)
        let amountMissed = missed.reduce(Money.zero) { $0 + $1.unpaid }
        if let notice = history.delinquencyNotices.last(where: { $0.sentOn >= since && $0.sentOn <= today }) {
            let defaultsOn = defaultDate(afterNoticeOn: notice.sentOn)
            review.standing = .noticeSent(on: notice.sentOn, defaultsOn: defaultsOn)
            if defaultsOn <= today {
                // Default ends the plan: nothing else is done today.
                review.actions = [
                    .declareDefault(
                        PlanDefault(
                            on: today, missedInstallments: missed.map(\.number), amountMissed: amountMissed,
                            remaining: schedule.remaining))
                ]
            }
        } else if let retry = retry(missed) {
            review.standing = .retrying(installment: retry.installment, nextRetryOn: retry.on)
        } else {
            review.standing = .missed(installments: missed.map(\.number), since: since)
            // The notice waits while autopay may still collect a missed installment.
            if !missed.contains(where: { statuses[$0.number]?.isPending ?? false }) {
                review.actions.append(
                    .sendDelinquencyNotice(
                        DelinquencyNotice(
                            sentOn: today, missedInstallments: missed.map(\.number), amountMissed: amountMissed,
                            defaultsOn: defaultDate(afterNoticeOn: today))))
            }
        }
        return review
    }

    // MARK: - Parts

    /// What autopay needs today, in order: the authorization copy, an amount-change notice, the charges.
    private func routineActions(
        _ autopay: AutopaySchedule, open: [PlanInstallment],
        statuses: [Int: InstallmentAutopay]
    ) -> [PlanAction] {
        var actions: [PlanAction] = []
        if autopay.isActive, autopay.history.autopay?.copySentOn == nil { actions.append(.sendAuthorizationCopy) }
        if let notice = autopay.amountChangeNoticeDue(statuses: statuses) {
            actions.append(.sendAmountChangeNotice(notice))
        }
        for installment in open {
            if case .due(let charge) = statuses[installment.number] { actions.append(.chargeAutopay(charge)) }
        }
        return actions
    }

    /// The next autopay attempt an installment is waiting for, and when.
    private func pendingAttempt(_ installment: PlanInstallment, _ status: InstallmentAutopay?, today: CalendarDate)
        -> (installment: Int, attempt: Int, on: CalendarDate)?
    {
        switch status {
        case .due(let charge): (installment.number, charge.attempt, today)
        case .scheduled(let attempt, let date), .heldForNotice(let attempt, let date):
            (installment.number, attempt, date)
        default: nil
        }
    }

    /// The first day of the unbroken stretch of delinquency that includes `today`.
    ///
    /// Each installment is missed from the day after its grace ends until the day before it is paid in
    /// full; the stretch is the union of those spans that runs, without a day's break, up to `today`.
    /// A notice sent before it belongs to an earlier delinquency that the patient cured.
    private func delinquentSince(
        _ installments: [PlanInstallment], starts: [CalendarDate],
        today: CalendarDate
    ) -> CalendarDate {
        let spans = installments.compactMap { installment -> ClosedRange<Int>? in
            let first = starts[installment.number - 1].adding(days: policy.graceDays + 1).dayNumber
            let last = min(installment.paidInFullOn.map { $0.dayNumber - 1 } ?? today.dayNumber, today.dayNumber)
            return first <= last ? first...last : nil
        }
        // Walk back from today, extending the stretch while a span reaches it.
        var start = today.dayNumber
        var extended = true
        while extended {
            extended = false
            for span in spans where span.lowerBound < start && span.upperBound >= start - 1 {
                start = span.lowerBound
                extended = true
            }
        }
        return CalendarDate(dayNumber: start)
    }
}
