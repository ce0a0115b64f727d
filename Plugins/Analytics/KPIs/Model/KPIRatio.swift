import RevCycleCore

/// A KPI's value held exactly: the numerator and denominator as the ledger or the records give them
/// (cents or counts), and the one rounded figure shown to people.
///
/// The shown figure is computed in integers only, rounded once, half away from zero: a percentage to
/// hundredths (basis points, `12.34%`) or a number of days to tenths (`10.0 days`). No `Double` touches a
/// money ratio. A ratio can't exist with a denominator of zero or less, so no KPI ever divides by zero:
/// ``init(_:over:unit:)`` returns `nil` and the KPI reports "no data" with its reason instead.
///
/// ```swift
/// let rate = KPIRatio(.count(19), over: .count(20), unit: .percent)   // 95.00%
/// let days = KPIRatio(.money(Money(cents: 1_234_500)), over: .money(Money(cents: 3_703_500)),
///                     unit: .days(per: 30))                              // 10.0 days
/// ```
struct KPIRatio: Sendable, Hashable, CustomStringConvertible {
    /// One side of the ratio: an amount of money or a count (of claims, encounters, plans, days).
    enum Quantity: Sendable, Hashable, CustomStringConvertible {
        case money(Money)
        case count(Int)

        /// Cents or the count, for integer arithmetic.
        var integer: Int64 {
            switch self {
            case .money(let amount): amount.cents
            case .count(let count): Int64(count)
            }
        }

        var description: String {
            switch self {
            case .money(let amount): amount.description
            case .count(let count): String(count)
            }
        }
    }

    /// How the ratio is shown.
    enum Unit: Sendable, Hashable {
        /// numerator ÷ denominator as a percentage, to hundredths (held as basis points: 1% = 100).
        case percent
        /// numerator ÷ (denominator ÷ `per` days), to tenths of a day: how many days of an average day's
        /// denominator the numerator holds (net days in A/R with `per` = days in the range). With `per` = 1
        /// it is a plain average of day counts (total days ÷ balances).
        case days(per: Int)
    }

    let numerator: Quantity
    let denominator: Quantity
    let unit: Unit
    /// Basis points for ``Unit/percent``, tenths of a day for ``Unit/days(per:)``, rounded half away from
    /// zero, once.
    let rounded: Int64

    /// `nil` when the denominator is zero or less (or `per` days is): the caller reports "no data".
    init?(_ numerator: Quantity, over denominator: Quantity, unit: Unit) {
        let divisor = denominator.integer
        guard divisor > 0 else { return nil }
        switch unit {
        case .percent:
            rounded = KPIRatio.divideRoundingHalfUp(numerator.integer, times: 10_000, by: divisor)
        case .days(let per):
            guard per > 0 else { return nil }
            rounded = KPIRatio.divideRoundingHalfUp(numerator.integer, times: Int64(per) * 10, by: divisor)
        }
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
    }

    /// `12.34%` or `10.0 days`.
    var description: String {
        switch unit {
        case .percent: KPIRatio.decimalText(rounded, places: 2) + "%"
        case .days: KPIRatio.decimalText(rounded, places: 1) + " days"
        }
    }

    // MARK: - Integer arithmetic

    /// `value × factor ÷ divisor`, rounded half away from zero, without overflow in the product.
    static func divideRoundingHalfUp(_ value: Int64, times factor: Int64, by divisor: Int64) -> Int64 {
        precondition(divisor > 0, "divisor must be positive")
        let product = value.multipliedFullWidth(by: factor)
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        guard remainder != 0, remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
        return quotient + (remainder < 0 ? -1 : 1)
    }

    /// `1234` with 2 places as `12.34`; `-5` with 1 place as `-0.5`.
    static func decimalText(_ value: Int64, places: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let magnitude = value.magnitude
        var fraction = String(magnitude % scale)
        while fraction.count < places { fraction = "0" + fraction }
        return (value < 0 ? "-" : "") + String(magnitude / scale) + (places > 0 ? "." + fraction : "")
    }
}
