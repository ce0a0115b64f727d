/// The card network, read from the number's leading digits (IIN ranges).
public enum CardBrand: String, Sendable, Hashable, Codable, CaseIterable {
    case visa = "Visa"
    case mastercard = "Mastercard"
    case americanExpress = "American Express"
    case discover = "Discover"
    case other = "Card"

    init(number: String) {
        let two = Int(number.prefix(2)) ?? 0
        let four = Int(number.prefix(4)) ?? 0
        switch true {
        case number.hasPrefix("4"): self = .visa
        case (51...55).contains(two) || (2221...2720).contains(four): self = .mastercard
        case two == 34 || two == 37: self = .americanExpress
        case number.hasPrefix("6011") || number.hasPrefix("65") || (644...649).contains(Int(number.prefix(3)) ?? 0):
            self = .discover
        default: self = .other
        }
    }
}
