/// A card processor behind RevCycle's payment boundary.
///
/// RevCycle never holds a card number: the desk's ``CardEntry`` goes straight to ``tokenize(_:)``
/// and only the ``CardToken`` (token, brand, last four) is kept. Charges and refunds are keyed by
/// the caller's idempotency key, so a retried command never charges or refunds twice. The sandbox
/// gateway (RevCycleSandbox) implements this for demos and tests; a site plugs in its real
/// processor by conforming to the same protocol.
///
/// ```swift
/// let card = try gateway.tokenize(try CardEntry(number: "4242424242424242", expiry: "12/29"))
/// let charge = try gateway.charge(ChargeRequest(token: card.token, amount: Money(cents: 3_000),
///                                               idempotencyKey: "checkin:V12", reference: "A7"))
/// if case .declined(let reason) = charge.outcome { print(reason.explanation) }
/// ```
public protocol PaymentGateway: Sendable {
    /// Exchanges a card for a token; the card number goes no further.
    ///
    /// - Throws: `invalidInput` for a card the processor refuses to store (expired, unknown).
    func tokenize(_ card: CardEntry) throws -> CardToken

    /// The card a token stands for (brand, last four, expiry), to show and to recognise a retry.
    ///
    /// - Throws: `notFound` for a token the gateway did not issue.
    func card(_ token: String) throws -> CardToken

    /// Charges a token. A decline is an answer, not an error; errors mean the request never reached
    /// a decision (unknown token, an amount out of range).
    func charge(_ request: ChargeRequest) throws -> GatewayCharge

    /// The approved charges made under `reference` (an appointment, an account), oldest first, so a
    /// desk can see a charge approved by an attempt whose posting never happened.
    func approvedCharges(reference: String) throws -> [GatewayCharge]

    /// Refunds part or all of an approved charge; the same key returns the first refund.
    ///
    /// - Throws: `conflict` when the refunds would exceed the charge, `notFound` for an unknown charge.
    func refund(chargeID: String, amount: Money, idempotencyKey: String) throws -> GatewayRefund
}
