import RevCycleCore

/// Everything recorded about one payment plan that the ``DelinquencyLadder`` reads: the schedule with
/// its payments, the autopay authorization and its notices, the autopay attempts, the delinquency
/// notices sent, and the default if declared.
///
/// The ladder only reads it; the caller carries out the actions the ladder returns and records them
/// here (and in storage), so the next review sees them and does not repeat them.
///
/// ```swift
/// for action in ladder.review(history, on: today).actions {
///     switch action {
///     case .chargeAutopay(let charge):
///         let answer = try gateway.charge(ChargeRequest(token: charge.paymentMethod.token, amount: charge.amount,
///                                                       idempotencyKey: charge.idempotencyKey(plan: "P12"), reference: "P12"))
///         if let applied = try history.record(charge.recorded(on: today, outcome: AutopayOutcome(answer))) {
///             // post `applied.payment` to the ledger
///         }
///     case .sendDelinquencyNotice(let notice): history.record(notice)
///     …
///     }
/// }
/// ```
struct PaymentPlanHistory: Sendable, Hashable, Codable {
    var schedule: PaymentPlanSchedule
    var autopay: AutopayAuthorization?
    var autopayAttempts: [AutopayAttempt] = []
    var delinquencyNotices: [DelinquencyNotice] = []
    var defaultedOn: CalendarDate?

    init(schedule: PaymentPlanSchedule, autopay: AutopayAuthorization? = nil) {
        self.schedule = schedule
        self.autopay = autopay
    }

    // MARK: - Recording what was done

    /// Records an autopay attempt; an approved one is also applied to the schedule as a payment under
    /// its charge id.
    ///
    /// - Returns: where the payment went (to post to the ledger), or `nil` for a decline.
    /// - Throws: ``RevCycleError`` (`conflict`) when this installment's attempt is already recorded;
    ///   (`invalidInput`) for an amount that is not positive.
    mutating func record(_ attempt: AutopayAttempt) throws -> AppliedPayment? {
        guard
            !autopayAttempts.contains(where: {
                $0.installment == attempt.installment && $0.attempt == attempt.attempt && $0.token == attempt.token
            })
        else {
            throw RevCycleError(
                .conflict,
                "Autopay attempt \(attempt.attempt) for installment \(attempt.installment) is already recorded.")
        }
        autopayAttempts.append(attempt)
        guard case .approved(let chargeID) = attempt.outcome else { return nil }
        return try schedule.apply(PlanPayment(receivedOn: attempt.on, amount: attempt.amount, reference: chargeID))
    }

    /// Records that the copy of the autopay authorization went to the patient.
    mutating func recordAuthorizationCopySent(on date: CalendarDate) {
        autopay?.copySentOn = date
    }

    /// Records an amount-change notice as sent.
    mutating func record(_ notice: AmountChangeNotice) {
        autopay?.amountChangeNotices.append(notice)
    }

    /// Records a delinquency notice as sent.
    mutating func record(_ notice: DelinquencyNotice) {
        delinquencyNotices.append(notice)
    }

    /// Records the plan's default.
    mutating func record(_ planDefault: PlanDefault) {
        defaultedOn = planDefault.on
    }
}
