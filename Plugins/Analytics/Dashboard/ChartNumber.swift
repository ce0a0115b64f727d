import RevCycleCore

/// Numbers as charts print them: money abbreviated for axes and bar ends (`$12.3k`, `$1.2M`),
/// percentages from basis points, and SVG coordinates.
///
/// Money is scaled with ``Money/scaled(by:over:rounding:)`` (whole cents, rounded once, half up),
/// never through `Double`; exact amounts (`$12,345.67`) go in tooltips and tables.
enum ChartNumber {
    /// Abbreviation units, largest first: cents per unit and its suffix.
    private static let units: [(cents: Int64, suffix: String)] = [
        (100_000_000_000_000, "T"), (100_000_000_000, "B"), (100_000_000, "M"), (100_000, "k"),
    ]

    /// `$0`, `$950`, `$2.50`, `$12.3k`, `$1.2M`, `-$4.5B`: at most `maxDecimals` decimals, trailing
    /// zeros dropped. Under $1,000 the dollars are exact; a rounding that reaches 1,000 of a unit
    /// moves to the next unit (`$999,960` is `$1M`, not `$1000k`).
    static func compactMoney(_ money: Money, maxDecimals: Int = 1) -> String {
        let sign = money.isNegative ? "-" : ""
        let magnitude = money.magnitude
        if magnitude.cents < 100_000 {
            let dollars = magnitude.cents / 100
            return magnitude.cents % 100 == 0 ? "\(sign)$\(dollars)" : sign + magnitude.description
        }
        let power = powerOfTen(maxDecimals)
        let index = units.firstIndex { magnitude.cents >= $0.cents } ?? units.count - 1
        var unit = units[index]
        var scaled = magnitude.scaled(by: power, over: unit.cents, rounding: .halfUp).cents
        if scaled >= 1_000 * power, index > 0 {
            unit = units[index - 1]
            scaled = magnitude.scaled(by: power, over: unit.cents, rounding: .halfUp).cents
        }
        return sign + "$" + fixed(scaled, places: maxDecimals, trimmingZeros: true) + unit.suffix
    }

    /// Basis points as a percentage with at most one decimal: `6250` → `62.5%`, `10000` → `100%`.
    static func percent(basisPoints: Int64) -> String {
        let tenths = Money(cents: basisPoints).scaled(by: 1, over: 10, rounding: .halfUp).cents
        return fixed(tenths, places: 1, trimmingZeros: true) + "%"
    }

    /// A whole number with `places` implied decimals: `(4235, 2)` → `42.35`, `(-5, 1)` → `-0.5`.
    static func fixed(_ value: Int64, places: Int, trimmingZeros: Bool = false) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        guard places > 0 else { return sign + String(magnitude) }
        let power = UInt64(powerOfTen(places))
        var fraction = String(magnitude % power)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        if trimmingZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        return sign + String(magnitude / power) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// An SVG coordinate or length to the hundredth of a unit: `12`, `12.5`, `12.35`.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int64((value * 100).rounded())
        return fixed(hundredths, places: 2, trimmingZeros: true)
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        (0..<max(0, exponent)).reduce(1) { result, _ in result * 10 }
    }
}
