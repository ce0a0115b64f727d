import X12

/// Walks a ``RemittanceStream`` payment by payment, for a caller that handles each payment's claims in
/// turn: ``nextPayment()`` moves to the next 835's header, ``nextClaim()`` hands out its claims one at
/// a time (`nil` after the last), and ``providerAdjustments`` holds its PLBs once the claims are done.
/// Only one claim is in memory at a time.
///
/// ```swift
/// var reader = RemittancePaymentReader(try RemittanceStream(contentsOf: path))
/// while let payment = try reader.nextPayment() {
///     while let claim = try reader.nextClaim() { post(claim, of: payment) }
///     post(reader.providerAdjustments, of: payment)
/// }
/// ```
struct RemittancePaymentReader {
    private var stream: RemittanceStream
    /// The PLB pairs of the current payment, set when ``nextClaim()`` has returned `nil`.
    private(set) var providerAdjustments: [ProviderAdjustment] = []
    private var isInPayment = false

    init(_ stream: RemittanceStream) { self.stream = stream }

    /// The next payment's header (claims and PLBs empty), skipping what is left of the current one;
    /// `nil` after the last.
    mutating func nextPayment() throws(X12Error) -> RemittanceAdvice? {
        while let event = try stream.next() {
            if case .payment(let header) = event {
                isInPayment = true
                providerAdjustments = []
                return header
            }
        }
        return nil
    }

    /// The current payment's next claim, or `nil` once its claims are done (its PLBs are then read).
    mutating func nextClaim() throws(X12Error) -> RemittanceClaim? {
        guard isInPayment else { return nil }
        while let event = try stream.next() {
            switch event {
            case .claim(let claim): return claim
            case .providerAdjustments(let adjustments): providerAdjustments = adjustments
            case .endOfPayment:
                isInPayment = false
                return nil
            case .payment: preconditionFailure("RemittanceStream starts a payment only after the previous one ended")
            }
        }
        isInPayment = false
        return nil
    }
}
