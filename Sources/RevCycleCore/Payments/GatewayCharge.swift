/// A request to charge a tokenized card.
///
/// The ``idempotencyKey`` makes a retry safe: the gateway answers the same key with the first
/// result and never charges twice, so a command that failed after the charge can be run again.
public struct ChargeRequest: Sendable, Hashable {
    public let token: String
    public let amount: Money
    public let idempotencyKey: String
    /// Shown on the processor's records (the account or appointment, never patient data).
    public let reference: String

    public init(token: String, amount: Money, idempotencyKey: String, reference: String) {
        self.token = token
        self.amount = amount
        self.idempotencyKey = idempotencyKey
        self.reference = reference
    }
}

/// The gateway's answer to a charge: approved with a charge id, or declined with the reason.
public struct GatewayCharge: Sendable, Hashable, Codable {
    public enum Outcome: Sendable, Hashable, Codable {
        case approved(authorizationCode: String)
        case declined(DeclineReason)
    }

    /// The processor's id for this attempt (`ch_…`); a payment posts under it.
    public let chargeID: String
    public let amount: Money
    public let card: CardToken
    public let outcome: Outcome

    public init(chargeID: String, amount: Money, card: CardToken, outcome: Outcome) {
        self.chargeID = chargeID
        self.amount = amount
        self.card = card
        self.outcome = outcome
    }

    public var isApproved: Bool { if case .approved = outcome { true } else { false } }
}

/// Why a processor declined a card, in codes staff and scripts can act on.
public enum DeclineReason: String, Sendable, Hashable, Codable, CaseIterable {
    case doNotHonor = "do_not_honor"
    case insufficientFunds = "insufficient_funds"
    case expiredCard = "expired_card"
    case incorrectSecurityCode = "incorrect_cvc"
    case lostOrStolen = "lost_or_stolen"
    case processingError = "processing_error"

    /// What to tell the patient at the desk.
    public var explanation: String {
        switch self {
        case .doNotHonor: "The card issuer declined the payment; the patient may call the number on the card or use another card."
        case .insufficientFunds: "The card has insufficient funds; ask for another card or a smaller amount."
        case .expiredCard: "The card has expired; ask for a current card."
        case .incorrectSecurityCode: "The security code did not match; re-enter it or use another card."
        case .lostOrStolen: "The card is reported lost or stolen; do not retry it."
        case .processingError: "The processor could not complete the payment; try again in a moment."
        }
    }
}

/// A refund of all or part of an approved charge.
public struct GatewayRefund: Sendable, Hashable, Codable {
    public let refundID: String
    public let chargeID: String
    public let amount: Money

    public init(refundID: String, chargeID: String, amount: Money) {
        self.refundID = refundID
        self.chargeID = chargeID
        self.amount = amount
    }
}
