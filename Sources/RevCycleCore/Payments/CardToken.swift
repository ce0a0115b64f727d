/// What RevCycle keeps of a card: the processor's token, the brand and the last four digits.
///
/// A token stands for the card at one gateway; charge it with ``PaymentGateway/charge(_:)``.
public struct CardToken: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The gateway's opaque token (`tok_…` at the sandbox gateway).
    public let token: String
    public let brand: CardBrand
    public let lastFour: String
    public let expiryMonth: Int
    public let expiryYear: Int

    public init(token: String, brand: CardBrand, lastFour: String, expiryMonth: Int, expiryYear: Int) {
        self.token = token
        self.brand = brand
        self.lastFour = lastFour
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
    }

    /// The card without its number: brand, last four and expiry. Two tokens for the same card share
    /// it, so a retried payment can be recognised without ever comparing card numbers.
    public var fingerprint: String { "\(brand.rawValue)-\(lastFour)-\(expiryMonth)/\(expiryYear)" }

    /// `Visa ending 4242`.
    public var description: String { "\(brand.rawValue) ending \(lastFour)" }
}
