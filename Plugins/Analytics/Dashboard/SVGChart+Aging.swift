import RevCycleCore

extension SVGChart {
    /// The aging chart: one horizontal bar per payer (in the given order), split into the five age
    /// buckets in their fixed colours, with the payer's total at the bar's end.
    ///
    /// A negative bucket (a credit balance) is drawn to the left of the zero line, so the bars
    /// never hide money owed back. The chart grows taller with the number of rows.
    static func aging(
        _ rows: [AgingRow], title: String = "Open A/R by payer and age", id: String = "aging-chart"
    ) -> String {
        let layout = AgingLayout(rows: rows)
        var canvas = ChartCanvas(id: id, width: width, height: layout.height)
        let legendTop = canvas.drawTitle(title) + 6
        canvas.drawLegend(AgingBucket.allCases.map { ($0.label, .box($0.colour)) }, top: legendTop)
        guard !rows.isEmpty else {
            canvas.drawEmptyPlot(top: AgingLayout.plotTop)
            return canvas.document(title: title, description: "Aging by payer: \(ChartCanvas.emptyMessage).")
        }
        let scale = layout.scale
        // Gridlines and ticks first, so bars and labels sit above them.
        for tick in scale.ticks {
            let x = scale.position(tick, from: layout.plotLeft, to: layout.plotRight)
            canvas.append(
                SVGMarkup.line(
                    x1: x, y1: AgingLayout.plotTop, x2: x, y2: layout.plotBottom,
                    stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                    className: tick == 0 ? "zero-line" : "gridline", data: [("tick", String(tick))]))
            canvas.append(
                SVGMarkup.text(
                    ChartNumber.compactMoney(Money(cents: tick), maxDecimals: 2), x: x,
                    y: layout.plotBottom + 16, anchor: .middle, fill: ChartPalette.secondaryText,
                    className: "tick-label"))
        }
        canvas.append(
            SVGMarkup.line(
                x1: layout.plotLeft, y1: layout.plotBottom, x2: layout.plotRight, y2: layout.plotBottom,
                stroke: ChartPalette.axis, className: "axis"))
        canvas.append(
            SVGMarkup.text(
                "Payer", x: layout.plotLeft - 8, y: AgingLayout.plotTop - 4, anchor: .end,
                bold: true, fill: ChartPalette.secondaryText, className: "axis-title"))
        for (index, row) in rows.enumerated() {
            drawAgingRow(row, index: index, layout: layout, on: &canvas)
        }
        canvas.append(
            SVGMarkup.text(
                "Open balance (USD)", x: (layout.plotLeft + layout.plotRight) / 2, y: layout.plotBottom + 36,
                anchor: .middle, bold: true, fill: ChartPalette.secondaryText,
                className: "axis-title"))
        return canvas.document(title: title, description: agingDescription(rows))
    }

    private static func drawAgingRow(_ row: AgingRow, index: Int, layout: AgingLayout, on canvas: inout ChartCanvas) {
        let top = layout.rowTop(index)
        let amounts = AgingBucket.allCases.map(row.amount(in:))
        let spans = stackSpans(amounts, scale: layout.scale, start: layout.plotLeft, end: layout.plotRight)
        for (bucket, (amount, span)) in zip(AgingBucket.allCases, zip(amounts, spans)) where !amount.isZero {
            canvas.append(
                SVGMarkup.rect(
                    x: min(span.from, span.to), y: top, width: abs(span.to - span.from), height: AgingLayout.barHeight,
                    fill: bucket.colour, stroke: ChartPalette.separator, className: "bar",
                    data: [("row", String(index)), ("bucket", bucket.rawValue), ("cents", String(amount.cents))],
                    tooltip:
                        "\(row.name) — \(bucket.label): \(amount.description) (\(share(amount, of: row.total)) of \(row.total.description))"
                ))
        }
        let baseline = top + AgingLayout.barHeight / 2 + 4
        let label = ChartText.fit(row.name, maxWidth: AgingLayout.labelWidth, fontSize: ChartCanvas.labelSize)
        canvas.append(
            SVGMarkup.text(
                label, x: layout.plotLeft - 8, y: baseline, anchor: .end,
                className: "row-label", fullText: row.name))
        let barEnd = max(
            spans.map { max($0.from, $0.to) }.max() ?? layout.plotLeft,
            layout.scale.position(0, from: layout.plotLeft, to: layout.plotRight))
        canvas.append(
            SVGMarkup.text(
                ChartNumber.compactMoney(row.total), x: barEnd + 5, y: baseline,
                fill: ChartPalette.secondaryText, className: "bar-total",
                tooltip: "\(row.name): \(row.total.description) open"))
    }

    private static func agingDescription(_ rows: [AgingRow]) -> String {
        let total = rows.reduce(Money.zero) { $0 + $1.total }
        let oldest = rows.reduce(Money.zero) { $0 + $1.over120 }
        var text =
            "Horizontal stacked bars, one for each of \(rows.count) payer rows, split into five age buckets "
            + "from 0–30 days to over 120 days. Total open balance \(total.description); "
            + "over 120 days \(oldest.description) (\(share(oldest, of: total)))."
        if let largest = rows.max(by: { $0.total < $1.total }) {
            text += " Largest: \(largest.name), \(largest.total.description)."
        }
        return text
    }
}

/// Where the aging chart's parts go: a column of payer names on the left, the bars, and room on
/// the right for each bar's total; rows 28 units apart.
struct AgingLayout {
    static let plotTop: Double = 98
    static let labelWidth: Double = 170
    static let rowPitch: Double = 28
    static let barHeight: Double = 18

    let rowCount: Int
    let plotLeft: Double = ChartCanvas.margin + labelWidth + 8
    let plotRight: Double
    let scale: AxisScale

    init(rows: [AgingRow]) {
        rowCount = rows.count
        let totalsRoom =
            rows.map { ChartText.width(ChartNumber.compactMoney($0.total), fontSize: ChartCanvas.labelSize) }
            .max() ?? 0
        plotRight = SVGChart.width - ChartCanvas.margin - max(40, totalsRoom + 10)
        let extents = rows.map { SVGChart.stackExtent(AgingBucket.allCases.map($0.amount(in:))) }
        let left = plotLeft
        scale = AxisScale.fitting(
            minimum: extents.map(\.negative.cents).min() ?? 0, maximum: extents.map(\.positive.cents).max() ?? 0,
            length: plotRight - left, maxTicks: 6
        ) { tick in
            ChartText.width(
                ChartNumber.compactMoney(Money(cents: tick), maxDecimals: 2),
                fontSize: ChartCanvas.labelSize) + 12
        }
    }

    var plotBottom: Double { Self.plotTop + Double(rowCount) * Self.rowPitch + 6 }
    var height: Double { rowCount == 0 ? 260 : plotBottom + 50 }

    func rowTop(_ index: Int) -> Double { Self.plotTop + 6 + Double(index) * Self.rowPitch }
}
