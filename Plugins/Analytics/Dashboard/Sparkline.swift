import RevCycleCore

/// A KPI's value over recent periods, oldest first, drawn as a small line with the last point marked.
///
/// Values are whole numbers in the ``unit`` given (cents, basis points, tenths of a day…), so no
/// `Double` carries a figure; the unit turns each one into the text of its tooltip.
struct Sparkline: Sendable, Hashable {
    /// One period: its label (such as `"2026-07"`) and the indicator's value then.
    struct Point: Sendable, Hashable {
        var label: String
        var value: Int64
    }

    var points: [Point]
    var unit: SeriesUnit

    /// Pairs values with labels; extra values or labels beyond the shorter list are dropped,
    /// since a value without its period cannot be read.
    init(values: [Int64], labels: [String], unit: SeriesUnit) {
        points = zip(labels, values).map { Point(label: $0, value: $1) }
        self.unit = unit
    }

    init(points: [Point], unit: SeriesUnit) {
        self.points = points
        self.unit = unit
    }
}

/// What a series' whole numbers count, and how one is printed.
enum SeriesUnit: Sendable, Hashable {
    /// Cents, printed as money: `123456` → `$1,234.56`.
    case cents
    /// Basis points, printed as a percentage: `1234` → `12.34%`.
    case basisPoints
    /// A count or measure with `places` implied decimals and a suffix: `(423, places: 1, " days")` → `42.3 days`.
    case decimal(places: Int, suffix: String)

    /// The value as a person reads it, exact (nothing rounded away).
    func text(_ value: Int64) -> String {
        switch self {
        case .cents:
            return Money(cents: value).description
        case .basisPoints:
            return ChartNumber.fixed(value, places: 2) + "%"
        case .decimal(let places, let suffix):
            return ChartNumber.fixed(value, places: places) + suffix
        }
    }
}
