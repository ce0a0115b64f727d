public import RevCycleCore

/// A card typed or swiped at a desk as one line on standard input, `NUMBER MM/YY [CVC]` (the number
/// may keep its spaces: `4242 4242 4242 4242 12/29 123`), exchanged at once for the gateway's token:
/// the number goes no further (PCI DSS).
public enum CardLine {
    /// - Throws: `invalidInput` naming `option` when there is no line or it is not a card line; the
    ///   gateway's refusal of the card.
    public static func tokenize(_ line: String?, with gateway: any PaymentGateway, option: String = "--card-stdin") throws -> CardToken {
        guard let line else {
            throw RevCycleError(.invalidInput, "No card on standard input; expected one line \"NUMBER MM/YY [CVC]\".", at: option)
        }
        let parts = line.split(separator: " ").map(String.init)
        guard let expiry = parts.firstIndex(where: { $0.contains("/") }), expiry > 0, parts.count - expiry <= 2 else {
            throw RevCycleError(.invalidInput, "Expected \"NUMBER MM/YY [CVC]\" on standard input.", at: option)
        }
        return try gateway.tokenize(try CardEntry(number: parts[..<expiry].joined(), expiry: parts[expiry],
                                                  securityCode: expiry + 1 < parts.count ? parts[expiry + 1] : nil))
    }
}
