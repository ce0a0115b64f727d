/// An amount of US dollars held as whole cents in an `Int64`.
///
/// No `Double` or `Decimal` ever carries a balance. Text is parsed exactly (`"12.30"`, `"-5"`,
/// `"$1,204.07"`), and every operation that could lose a cent names its rounding rule.
///
/// ```swift
/// let charge = try Money(parsing: "125.00")
/// let discount = charge.percent(basisPoints: 3_333, rounding: .halfUp)   // $41.66
/// let parts = charge.split(into: 3)                                      // 41.67, 41.67, 41.66
/// ```
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    public static let zero = Money(cents: 0)

    /// The largest amount RevCycle accepts in one posting: $100,000,000.00.
    public static let postingLimit = Money(cents: 10_000_000_000)

    // MARK: - Arithmetic (traps on overflow, as Int64 does: amounts are bounded long before that)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
    public static func * (lhs: Money, rhs: Int64) -> Money { Money(cents: lhs.cents * rhs) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public var isZero: Bool { cents == 0 }
    public var isNegative: Bool { cents < 0 }
    public var magnitude: Money { Money(cents: abs(cents)) }

    // MARK: - Rounding

    /// How a fraction of a cent becomes a whole cent.
    public enum Rounding: String, Sendable, CaseIterable {
        /// Half a cent and more rounds away from zero (the usual rule on a patient's bill).
        case halfUp
        /// Half a cent rounds to the even cent (banker's rounding).
        case halfEven
        /// Always toward zero (never over-discount).
        case down
        /// Always away from zero.
        case up
    }

    /// This amount times `numerator / denominator`, rounded once by `rounding`.
    public func scaled(by numerator: Int64, over denominator: Int64, rounding: Rounding) -> Money {
        precondition(denominator > 0, "denominator must be positive")
        let product = cents.multipliedFullWidth(by: numerator)
        let (quotient, remainder) = denominator.dividingFullWidth(product)
        if remainder == 0 { return Money(cents: quotient) }
        let negative = (cents < 0) != (numerator < 0)
        let twiceRemainder = remainder.magnitude * 2
        let away: Bool
        switch rounding {
        case .down: away = false
        case .up: away = true
        case .halfUp: away = twiceRemainder >= denominator.magnitude
        case .halfEven:
            away = twiceRemainder > denominator.magnitude
                || (twiceRemainder == denominator.magnitude && quotient % 2 != 0)
        }
        return Money(cents: away ? quotient + (negative ? -1 : 1) : quotient)
    }

    /// A percentage of this amount given in basis points (1% = 100), rounded once.
    public func percent(basisPoints: Int64, rounding: Rounding) -> Money {
        scaled(by: basisPoints, over: 10_000, rounding: rounding)
    }

    /// Splits the amount into `count` parts that add up exactly; the first parts carry the extra cents.
    public func split(into count: Int) -> [Money] {
        precondition(count > 0, "count must be positive")
        let base = cents / Int64(count)
        let extra = Int(cents % Int64(count))
        return (0..<count).map { index in
            Money(cents: base + (index < abs(extra) ? (extra > 0 ? 1 : -1) : 0))
        }
    }

    // MARK: - Text

    /// Parses dollars and cents exactly: `12`, `12.3`, `12.30`, `-0.05`, `$1,204.07`.
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) for anything else, including a third decimal digit.
    public init(parsing text: String) throws {
        var body = Substring(text.trimmingWhitespace())
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        if body.hasPrefix("$") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let invalid = RevCycleError(
            .invalidInput, "\"\(text)\" is not an amount; expected dollars and cents such as 125.00 or 1,204.07.")
        guard (1...2).contains(parts.count) else { throw invalid }
        let dollarsText = parts[0].filter { $0 != "," }
        guard !dollarsText.isEmpty, dollarsText.count <= 12, dollarsText.allSatisfy(\.isASCIIDigit),
              let dollars = Int64(dollarsText) else { throw invalid }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let centsText = parts[1]
            guard (1...2).contains(centsText.count), centsText.allSatisfy(\.isASCIIDigit),
                  let value = Int64(centsText) else { throw invalid }
            fraction = centsText.count == 1 ? value * 10 : value
        }
        let magnitude = dollars * 100 + fraction
        self.init(cents: negative ? -magnitude : magnitude)
    }

    /// `1234.5` dollars as `"1234.50"`, `-0.05` as `"-0.05"`: plain, for CSV and JSON.
    public var plainText: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `$1,234.50`, `-$0.05`: for people.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let fraction = absolute % 100
        return "\(sign)$\((absolute / 100).groupedDigits).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public init(from decoder: any Decoder) throws {
        self.init(cents: try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
