/// A value axis with "nice" round ticks (1, 2 or 5 times a power of ten) that always include zero,
/// and the mapping from a value to a position along the axis.
///
/// Ticks are whole numbers in the series' unit (cents for money), worked out in `Int64` so a tick
/// label is exactly the value it marks. The axis runs from the first tick to the last, so every bar
/// ends inside the plot and can be read against a labelled gridline.
struct AxisScale: Sendable, Hashable {
    /// Tick values, ascending; the first is at most zero and the last at least zero.
    let ticks: [Int64]

    var lower: Int64 { ticks.first ?? 0 }
    var upper: Int64 { ticks.last ?? 0 }

    /// The scale for values from `minimum` to `maximum` with about `targetTicks` intervals.
    ///
    /// When every value is zero the axis still has a height, up to `emptyUpper`, so the frame and
    /// the zero-height bars can be drawn.
    init(minimum: Int64, maximum: Int64, targetTicks: Int, emptyUpper: Int64 = 10_000) {
        let low = min(minimum, 0)
        var high = max(maximum, 0)
        if low == 0 && high == 0 { high = emptyUpper }
        let raw = (Double(high) - Double(low)) / Double(max(1, targetTicks))
        let step = AxisScale.niceStep(near: raw)
        let first = AxisScale.floor(low, to: step)
        let last = AxisScale.ceiling(high, to: step)
        var ticks: [Int64] = []
        var value = first
        while true {
            ticks.append(value)
            guard value < last else { break }
            let (next, overflow) = value.addingReportingOverflow(step)
            guard !overflow else { break }
            value = next
        }
        self.ticks = ticks
    }

    /// The scale with the most ticks (at most `maxTicks` intervals) whose labels do not crowd: each
    /// tick's label needs `room(tick)` units along an axis `length` long (its width plus a gap on a
    /// horizontal axis, its line height on a vertical one). Falls back to the fewest ticks.
    static func fitting(
        minimum: Int64, maximum: Int64, length: Double, maxTicks: Int, room: (Int64) -> Double
    ) -> AxisScale {
        for target in stride(from: maxTicks, through: 1, by: -1) {
            let scale = AxisScale(minimum: minimum, maximum: maximum, targetTicks: target)
            let spacing = length / Double(max(1, scale.ticks.count - 1))
            if scale.ticks.allSatisfy({ room($0) <= spacing }) { return scale }
        }
        return AxisScale(minimum: minimum, maximum: maximum, targetTicks: 1)
    }

    /// The position of `value` on an axis drawn from `start` (at ``lower``) to `end` (at ``upper``);
    /// `end` may be smaller than `start`, as on a vertical axis where values grow upwards.
    func position(_ value: Int64, from start: Double, to end: Double) -> Double {
        let span = Double(upper) - Double(lower)
        guard span > 0 else { return start }
        return start + (Double(value) - Double(lower)) / span * (end - start)
    }

    /// The round step (1, 2 or 5 times a power of ten, at least 1) nearest `raw`: a fraction of the
    /// power below 1.5 rounds to 1, below 3 to 2, below 7 to 5, otherwise to 10 (Heckbert, "Nice
    /// numbers for graph labels", Graphics Gems, 1990).
    static func niceStep(near raw: Double) -> Int64 {
        guard raw > 1 else { return 1 }
        var power: Int64 = 1
        while Double(power) * 10 <= raw, power <= Int64.max / 10 { power *= 10 }
        let fraction = raw / Double(power)
        let multiple: Int64 = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        let (step, overflow) = multiple.multipliedReportingOverflow(by: power)
        return overflow ? power : step
    }

    /// The multiple of `step` at or below `value`; the value itself if that overflows.
    private static func floor(_ value: Int64, to step: Int64) -> Int64 {
        let quotient = value / step
        let rounded = value % step != 0 && value < 0 ? quotient - 1 : quotient
        let (result, overflow) = rounded.multipliedReportingOverflow(by: step)
        return overflow ? value : result
    }

    /// The multiple of `step` at or above `value`; the value itself if that overflows.
    private static func ceiling(_ value: Int64, to step: Int64) -> Int64 {
        let quotient = value / step
        let rounded = value % step != 0 && value > 0 ? quotient + 1 : quotient
        let (result, overflow) = rounded.multipliedReportingOverflow(by: step)
        return overflow ? value : result
    }
}
