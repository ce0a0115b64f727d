import RevCycleCore

extension SVGChart {
    /// One bar of the Pareto chart: a reason code, or "Other" for the reasons past the last bar.
    struct ParetoBar: Sendable, Hashable {
        var label: String
        var words: String
        var amount: Money
        var count: Int
        /// The share of all denied dollars up to and including this bar, in basis points; the last
        /// bar's is exactly 10,000 whenever anything was denied.
        var cumulativeBasisPoints: Int64
        var isOther: Bool
    }

    /// The Pareto bars: reasons by amount, largest first (ties by count, then code), the reasons past
    /// `maxBars - 1` folded into one "Other" bar at the end, and each bar's cumulative share of the
    /// denied dollars worked out exactly from cents. Reasons with a negative amount (more reversed
    /// than denied) are left out: a share of a Pareto total cannot be negative.
    static func paretoBars(_ reasons: [DenialReason], maxBars: Int = 10) -> [ParetoBar] {
        let sorted = reasons.filter { !$0.amount.isNegative }.sorted {
            ($0.amount, $0.count, $1.code) > ($1.amount, $1.count, $0.code)
        }
        var bars = sorted.map {
            ParetoBar(
                label: $0.code, words: $0.words, amount: $0.amount, count: $0.count, cumulativeBasisPoints: 0,
                isOther: false)
        }
        let limit = max(2, maxBars)
        if bars.count > limit {
            let rest = bars[(limit - 1)...]
            let other = ParetoBar(
                label: "Other", words: "\(rest.count) other reason codes",
                amount: rest.reduce(.zero) { $0 + $1.amount }, count: rest.reduce(0) { $0 + $1.count },
                cumulativeBasisPoints: 0, isOther: true)
            bars = Array(bars[..<(limit - 1)]) + [other]
        }
        let total = bars.reduce(Money.zero) { $0 + $1.amount }
        var running = Money.zero
        for index in bars.indices {
            running += bars[index].amount
            bars[index].cumulativeBasisPoints =
                total.isZero
                ? 0 : running.scaled(by: 10_000, over: total.cents, rounding: .halfUp).cents
        }
        return bars
    }

    /// The denial Pareto chart: denied amount by reason code as bars, largest first, with the
    /// cumulative share of denied dollars as a line on a second axis from 0% to 100% and a dashed
    /// line at 80%, where the few reasons worth working first end.
    static func denialPareto(
        _ reasons: [DenialReason], title: String = "Denied amount by reason code (Pareto)",
        id: String = "denial-pareto", maxBars: Int = 10
    ) -> String {
        let bars = paretoBars(reasons, maxBars: maxBars)
        let height: Double = 400
        var canvas = ChartCanvas(id: id, width: width, height: height)
        let legendTop = canvas.drawTitle(title) + 6
        let legendBottom = canvas.drawLegend(
            [
                ("Denied amount", .box(ChartPalette.blue)),
                ("Cumulative share of denied amount", .line(ChartPalette.vermillion)),
                ("80% mark", .dashed(ChartPalette.axis)),
            ], top: legendTop)
        // Axis titles sit level above each value axis, between the legend and the plot.
        let plotTop = legendBottom + 30
        guard !bars.isEmpty else {
            canvas.drawEmptyPlot(top: plotTop)
            return canvas.document(title: title, description: "Denials by reason code: \(ChartCanvas.emptyMessage).")
        }
        let plotBottom = height - 62
        let scale = AxisScale.fitting(
            minimum: 0, maximum: bars.map(\.amount.cents).max() ?? 0,
            length: plotBottom - plotTop, maxTicks: 6
        ) { _ in 24 }
        let tickLabels = scale.ticks.map { ChartNumber.compactMoney(Money(cents: $0), maxDecimals: 2) }
        let tickWidth = tickLabels.map { ChartText.width($0, fontSize: ChartCanvas.labelSize) }.max() ?? 0
        let plotLeft = ChartCanvas.margin + tickWidth + 6
        let plotRight = width - ChartCanvas.margin - ChartText.width("100%", fontSize: ChartCanvas.labelSize) - 7
        let percentY = { (basisPoints: Int64) in plotBottom + (plotTop - plotBottom) * Double(basisPoints) / 10_000 }

        canvas.drawHorizontalGridlines(scale, labels: tickLabels, left: plotLeft, right: plotRight, bottom: plotBottom, top: plotTop)
        for basisPoints in stride(from: Int64(0), through: 10_000, by: 2_000) {
            let y = percentY(basisPoints)
            canvas.append(
                SVGMarkup.line(
                    x1: plotRight, y1: y, x2: plotRight + 4, y2: y, stroke: ChartPalette.axis,
                    className: "percent-tick", data: [("basis-points", String(basisPoints))]))
            canvas.append(
                SVGMarkup.text(
                    ChartNumber.percent(basisPoints: basisPoints), x: plotRight + 7, y: y + 4,
                    fill: ChartPalette.secondaryText, className: "tick-label percent-label"))
        }
        canvas.append(
            SVGMarkup.line(
                x1: plotRight, y1: plotTop, x2: plotRight, y2: plotBottom, stroke: ChartPalette.axis,
                className: "axis"))

        let total = bars.reduce(Money.zero) { $0 + $1.amount }
        let band = (plotRight - plotLeft) / Double(bars.count)
        let barWidth = min(56, band * 0.66)
        var points: [(x: Double, y: Double)] = []
        for (index, bar) in bars.enumerated() {
            let center = plotLeft + band * (Double(index) + 0.5)
            let top = scale.position(bar.amount.cents, from: plotBottom, to: plotTop)
            if !bar.amount.isZero {
                canvas.append(
                    SVGMarkup.rect(
                        x: center - barWidth / 2, y: top, width: barWidth, height: plotBottom - top,
                        fill: bar.isOther ? ChartPalette.other : ChartPalette.blue, className: "bar",
                        data: [("code", bar.label), ("cents", String(bar.amount.cents))],
                        tooltip: "\(bar.label) \(bar.words): \(bar.amount.description) denied on \(bar.count) "
                            + "line\(bar.count == 1 ? "" : "s") (\(share(bar.amount, of: total)) of \(total.description))"
                    ))
            }
            let label = ChartText.fit(bar.label, maxWidth: band - 3, fontSize: ChartCanvas.labelSize)
            canvas.append(
                SVGMarkup.text(
                    label, x: center, y: plotBottom + 16, anchor: .middle, className: "category-label",
                    tooltip: "\(bar.label): \(bar.words)"))
            points.append((center, percentY(bar.cumulativeBasisPoints)))
        }
        if !total.isZero {
            canvas.append(
                SVGMarkup.line(
                    x1: plotLeft, y1: percentY(8_000), x2: plotRight, y2: percentY(8_000),
                    stroke: ChartPalette.axis, width: 1.2, dashed: true, className: "reference-80"))
            canvas.append(
                SVGMarkup.polyline(
                    points, stroke: ChartPalette.vermillion, width: 2.5,
                    className: "cumulative-line"))
            for (bar, point) in zip(bars, points) {
                let percent = ChartNumber.percent(basisPoints: bar.cumulativeBasisPoints)
                canvas.append(
                    SVGMarkup.circle(
                        x: point.x, y: point.y, radius: 3.5, fill: ChartPalette.vermillion,
                        stroke: ChartPalette.background,
                        className: "cumulative-point", data: [("basis-points", String(bar.cumulativeBasisPoints))],
                        tooltip: "Through \(bar.label): \(percent) of \(total.description) denied"))
            }
        }
        canvas.append(
            SVGMarkup.text(
                "Denied amount (USD)", x: ChartCanvas.margin, y: plotTop - 14, bold: true,
                fill: ChartPalette.secondaryText, className: "axis-title"))
        canvas.append(
            SVGMarkup.text(
                "Cumulative share", x: width - ChartCanvas.margin, y: plotTop - 14, anchor: .end,
                bold: true, fill: ChartPalette.secondaryText, className: "axis-title"))
        canvas.append(
            SVGMarkup.text(
                "Reason code (group and CARC)", x: (plotLeft + plotRight) / 2, y: plotBottom + 42,
                anchor: .middle, bold: true, fill: ChartPalette.secondaryText,
                className: "axis-title"))
        return canvas.document(title: title, description: paretoDescription(bars, total: total))
    }

    private static func paretoDescription(_ bars: [ParetoBar], total: Money) -> String {
        guard !total.isZero else {
            return "Bars of denied amount by reason code: \(bars.count) reasons, all with no denied amount."
        }
        let firstOver80 = bars.firstIndex { $0.cumulativeBasisPoints >= 8_000 } ?? bars.count - 1
        let leaders = bars[...firstOver80].map(\.label).joined(separator: ", ")
        return "Bars of denied amount by reason code, largest first, with a line of the cumulative share. "
            + "\(total.description) denied in all; \(leaders) account for "
            + "\(ChartNumber.percent(basisPoints: bars[firstOver80].cumulativeBasisPoints)) of it."
    }
}
