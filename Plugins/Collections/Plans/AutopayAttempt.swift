import RevCycleCore

/// One autopay charge the ladder asked for, to send to the gateway.
///
/// Its ``idempotencyKey(plan:)`` names the plan, installment and attempt, so a charge retried after a
/// crash is answered with the first result and never taken twice.
struct AutopayCharge: Sendable, Hashable {
    var installment: Int
    /// 1 for the charge on the due date, 2… for the retries after a decline.
    var attempt: Int
    /// The unpaid part of the installment at its disclosed amount.
    var amount: Money
    var paymentMethod: CardToken

    var isRetry: Bool { attempt > 1 }

    /// `P12:installment-4:attempt-2`: the gateway idempotency key for this charge on plan `plan`.
    func idempotencyKey(plan: String) -> String { "\(plan):installment-\(installment):attempt-\(attempt)" }

    /// The attempt to record once the gateway has answered.
    func recorded(on date: CalendarDate, outcome: AutopayOutcome) -> AutopayAttempt {
        AutopayAttempt(
            installment: installment, attempt: attempt, on: date, amount: amount,
            token: paymentMethod.token, outcome: outcome)
    }
}

/// What the gateway answered to an autopay charge.
enum AutopayOutcome: Sendable, Hashable, Codable {
    /// Approved; the payment posts under this charge id.
    case approved(chargeID: String)
    case declined(DeclineReason)

    init(_ charge: GatewayCharge) {
        switch charge.outcome {
        case .approved: self = .approved(chargeID: charge.chargeID)
        case .declined(let reason): self = .declined(reason)
        }
    }

    var isApproved: Bool { if case .approved = self { true } else { false } }
}

/// An autopay charge made for a plan installment, and its outcome.
struct AutopayAttempt: Sendable, Hashable, Codable {
    var installment: Int
    var attempt: Int
    var on: CalendarDate
    var amount: Money
    /// The gateway token charged (a new authorization brings a new token and a fresh start).
    var token: String
    var outcome: AutopayOutcome
}

extension DeclineReason {
    /// Whether trying the same payment method again later can succeed.
    ///
    /// Insufficient funds, a generic issuer refusal and a processing error may clear in a few days. An
    /// expired, lost or stolen card, or a card that needs its security code, will not: retrying it only
    /// draws more declines (and card networks penalise repeated retries), so autopay on that method stops
    /// until the patient gives a new one.
    var isRetryable: Bool {
        switch self {
        case .insufficientFunds, .doNotHonor, .processingError: true
        case .expiredCard, .lostOrStolen, .incorrectSecurityCode: false
        }
    }
}
