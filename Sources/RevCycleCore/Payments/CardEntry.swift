/// A card as keyed or swiped at the desk, on its way to the gateway and nowhere else.
///
/// PCI DSS forbids keeping a card number (PAN) or security code: a `CardEntry` is never stored,
/// logged, encoded or printed. Its ``description`` shows only the brand and last four digits, and
/// the type is deliberately neither `Codable` nor `Hashable`. Hand it to
/// ``PaymentGateway/tokenize(_:)`` and keep the returned ``CardToken``.
///
/// ```swift
/// let entry = try CardEntry(number: "4242 4242 4242 4242", expiry: "12/29", securityCode: "123")
/// let token = try gateway.tokenize(entry)   // tok_…, Visa, 4242
/// ```
public struct CardEntry: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The digits of the card number, kept only until the gateway answers.
    public let number: String
    public let expiryMonth: Int
    /// Four-digit year.
    public let expiryYear: Int
    public let securityCode: String?

    /// Checks the number's length and Luhn check digit, and the expiry's shape (`MM/YY` or `MM/YYYY`).
    ///
    /// - Throws: `invalidInput` that never repeats the number.
    public init(number: String, expiry: String, securityCode: String? = nil) throws {
        let digits = number.filter { $0 != " " && $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), (13...19).contains(digits.count) else {
            throw RevCycleError(.invalidInput, "The card number must be 13 to 19 digits (spaces and dashes are ignored).", at: "card number")
        }
        guard Self.passesLuhnCheck(digits) else {
            throw RevCycleError(.invalidInput, "The card number fails its check digit; it was probably mistyped.", at: "card number")
        }
        let parts = expiry.split(separator: "/")
        guard parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), let year = Int(parts[1]),
              parts[1].count == 2 || parts[1].count == 4 else {
            throw RevCycleError(.invalidInput, "\"\(expiry)\" is not a card expiry; expected MM/YY, such as 09/28.", at: "expiry")
        }
        if let securityCode {
            guard securityCode.allSatisfy({ $0.isASCII && $0.isNumber }), (3...4).contains(securityCode.count) else {
                throw RevCycleError(.invalidInput, "The security code must be 3 or 4 digits.", at: "security code")
            }
        }
        self.number = digits
        self.expiryMonth = month
        self.expiryYear = parts[1].count == 2 ? 2000 + year : year
        self.securityCode = securityCode
    }

    public var brand: CardBrand { CardBrand(number: number) }
    public var lastFour: String { String(number.suffix(4)) }

    /// Whether the card can still be used in `month` of `year`.
    public func isExpired(asOf date: CalendarDate) -> Bool {
        (expiryYear, expiryMonth) < (date.year, date.month)
    }

    public var description: String { "\(brand.rawValue) ending \(lastFour)" }
    public var debugDescription: String { description }

    /// The Luhn (mod 10) check used by card numbers.
    static func passesLuhnCheck(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
