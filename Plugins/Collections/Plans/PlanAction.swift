import RevCycleCore

/// Something the ``DelinquencyLadder`` says to do today, in the order it lists them.
enum PlanAction: Sendable, Hashable {
    /// Send the patient a copy of the autopay authorization (Regulation E), then record it with
    /// ``PaymentPlanHistory/recordAuthorizationCopySent(on:)``.
    case sendAuthorizationCopy
    /// Send this notice of new autopay amounts, then record it.
    case sendAmountChangeNotice(AmountChangeNotice)
    /// Charge this installment through the gateway, then record the answer.
    case chargeAutopay(AutopayCharge)
    /// Send the delinquency notice, then record it.
    case sendDelinquencyNotice(DelinquencyNotice)
    /// Declare the plan in default, then record it: the remaining balance returns to regular collections.
    case declareDefault(PlanDefault)
}

/// The notice that a plan has missed installments and will default unless brought current.
struct DelinquencyNotice: Sendable, Hashable, Codable {
    var sentOn: CalendarDate
    /// The installments missed (past due and past grace) when it was sent.
    var missedInstallments: [Int]
    /// What those installments still owe: paying it brings the plan current.
    var amountMissed: Money
    /// The earliest day the plan defaults if nothing more is paid: at least the policy's notice days
    /// after ``sentOn``, and not before enough installments are missed.
    var defaultsOn: CalendarDate
}

/// A plan's default, as declared.
struct PlanDefault: Sendable, Hashable, Codable {
    var on: CalendarDate
    var missedInstallments: [Int]
    var amountMissed: Money
    /// What the plan still owed, now due in full under regular collections.
    var remaining: Money
}
