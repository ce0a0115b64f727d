/// An exact decimal number as X12 writes it (data element type `R`): `125`, `12.5`, `.2`, `-40`.
///
/// X12 amounts, percentages and quantities are decimal text; reading them through `Double` would
/// round. An `X12Decimal` keeps the digits as an integer ``significand`` and a ``scale`` (the number
/// of digits after the decimal point), and converts to cents or basis points only when that is exact.
///
/// ```swift
/// let copay = X12Decimal(x12: "25.5")        // significand 255, scale 1
/// copay?.scaled(to: 2)                       // 2550 (cents)
/// X12Decimal(x12: "12.345")?.scaled(to: 2)   // nil: it has a third decimal place
/// X12Decimal(x12: ".2")?.scaled(to: 4)       // 2000 (basis points of a fraction: 20 %)
/// X12Decimal(significand: 2000, scale: 4).x12 // ".2"
/// ```
/// Equality is numeric: `12.50` equals `12.5`.
public struct X12Decimal: Sendable, Hashable, CustomStringConvertible {
    /// The digits as an integer: `12.5` has significand 125.
    public let significand: Int64
    /// How many of the significand's digits stand after the decimal point: `12.5` has scale 1.
    public let scale: Int

    public init(significand: Int64, scale: Int = 0) {
        self.significand = significand
        self.scale = max(0, scale)
    }

    /// Parses an optional `-`, digits, and an optional `.` with more digits (at least one digit in
    /// all, at most 18); `nil` for anything else, such as `1,000`, `1e3`, `$5` or ` 5`.
    public init?(x12 text: String) {
        // One pass over the UTF-8 view, without copying it into an array: amounts are read by the
        // hundred thousand when an 835 is parsed.
        var magnitude: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var isNegative = false
        var hasPoint = false
        var isFirst = true
        for byte in text.utf8 {
            defer { isFirst = false }
            if byte.isASCIIDigit {
                digits += 1
                guard digits <= 18 else { return nil }
                magnitude = magnitude * 10 + Int64(byte &- 0x30)
                if hasPoint { fractionDigits += 1 }
            } else if byte == 0x2E, !hasPoint {
                hasPoint = true
            } else if byte == 0x2D, isFirst {
                isNegative = true
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        self.init(significand: isNegative ? -magnitude : magnitude, scale: fractionDigits)
    }

    /// The value as a whole number of `1/10^scale` units (`scaled(to: 2)` gives cents), or `nil`
    /// when that would drop a non-zero digit or overflow.
    public func scaled(to target: Int) -> Int64? {
        guard target >= 0 else { return nil }
        var value = significand
        if target >= scale {
            for _ in scale..<target {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product
            }
            return value
        }
        for _ in target..<scale {
            guard value % 10 == 0 else { return nil }
            value /= 10
        }
        return value
    }

    /// The shortest X12 form: no trailing zeros after the point, no leading zero before it
    /// (`.2`, `25`, `12.05`, `-3.5`).
    public var x12: String {
        let (significand, scale) = normalized
        var digits = String(significand.magnitude)
        if scale > 0 {
            if digits.count < scale { digits = String(repeating: "0", count: scale - digits.count) + digits }
            let whole = digits.dropLast(scale)
            digits = (whole == "0" ? "" : String(whole)) + "." + digits.suffix(scale)
        }
        return (significand < 0 ? "-" : "") + digits
    }

    public var description: String { x12 }

    /// The same number without trailing zeros after the point.
    private var normalized: (significand: Int64, scale: Int) {
        var (significand, scale) = (significand, scale)
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        return (significand, scale)
    }

    public static func == (lhs: X12Decimal, rhs: X12Decimal) -> Bool {
        lhs.normalized == rhs.normalized
    }

    public func hash(into hasher: inout Hasher) {
        let normalized = normalized
        hasher.combine(normalized.significand)
        hasher.combine(normalized.scale)
    }
}

extension X12Decimal {
    /// An amount in cents written as dollars (`2550` → `25.5`).
    static func dollars(cents: Int64) -> String {
        X12Decimal(significand: cents, scale: 2).x12
    }

    /// A percentage in basis points written as an X12 fraction (`2000` → `.2`, `10000` → `1`).
    static func fraction(basisPoints: Int) -> String {
        X12Decimal(significand: Int64(basisPoints), scale: 4).x12
    }
}
