import RevCycleCore

/// The dashboard's charts as SVG: pure functions from figures to an inline `<svg>` string.
///
/// Every chart is a card 640 units wide (sparklines 200) that scales to its container through its
/// `viewBox`. Each has a visible title, labelled axes with round ticks (money as `$12.3k`, `$1.2M`),
/// a legend, and the exact amount of every bar or point in its tooltip. Each also describes itself
/// in words (`<desc>`) for screen readers. Empty data draws the frame with
/// "No data for this period"; long labels are cut with "…" and keep their full text as a tooltip.
///
/// ```swift
/// let svg = SVGChart.aging(model.aging)
/// try svg.write(to: folder.appendingPathComponent("aging.svg"), atomically: true, encoding: .utf8)
/// ```
///
/// Every `id` must be unique on the page the chart is placed in (its title and description are
/// referenced by id).
enum SVGChart {
    /// The width of the aging, Pareto and cash charts in `viewBox` units.
    static let width: Double = 640

    /// The sum of the negative parts and the sum of the positive parts of a stacked bar.
    static func stackExtent(_ amounts: [Money]) -> (negative: Money, positive: Money) {
        amounts.reduce((Money.zero, Money.zero)) { sums, amount in
            amount.isNegative ? (sums.0 + amount, sums.1) : (sums.0, sums.1 + amount)
        }
    }

    /// The x (or y) span of each part of a stacked bar: positive parts stack away from zero toward
    /// `end`, negative parts toward `start`, each beginning where the previous one of its sign ended.
    /// A zero part has an empty span (and is not drawn).
    static func stackSpans(_ amounts: [Money], scale: AxisScale, start: Double, end: Double)
        -> [(from: Double, to: Double)]
    {
        var positive = Money.zero
        var negative = Money.zero
        return amounts.map { amount in
            if amount.isNegative {
                let from = scale.position(negative.cents, from: start, to: end)
                negative += amount
                return (from, scale.position(negative.cents, from: start, to: end))
            }
            let from = scale.position(positive.cents, from: start, to: end)
            positive += amount
            return (from, scale.position(positive.cents, from: start, to: end))
        }
    }

    /// The part of the whole as a percentage with one decimal (`"32.1%"`); `"0%"` of nothing.
    static func share(_ part: Money, of whole: Money) -> String {
        guard whole.cents > 0 else { return "0%" }
        return ChartNumber.percent(basisPoints: part.scaled(by: 10_000, over: whole.cents, rounding: .halfUp).cents)
    }
}
