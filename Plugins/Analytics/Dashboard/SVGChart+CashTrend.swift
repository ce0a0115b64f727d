import RevCycleCore

extension SVGChart {
    /// The cash trend: one stacked column per month (oldest on the left), split by source in the
    /// sources' fixed colours, with the month's total above the column when it fits.
    ///
    /// Months print as "Jul" with the year under the first month and each January; when columns
    /// are too narrow for every label, every second (third…) month is labelled, always including
    /// the latest. A negative part (refunds larger than receipts) is drawn below the zero line.
    static func cashTrend(
        _ months: [CashMonth], title: String = "Cash collected by month and source", id: String = "cash-trend"
    ) -> String {
        let height: Double = 390
        var canvas = ChartCanvas(id: id, width: width, height: height)
        let legendTop = canvas.drawTitle(title) + 6
        let legendBottom = canvas.drawLegend(CashSource.allCases.map { ($0.label, .box($0.colour)) }, top: legendTop)
        // The axis title sits level above the value axis; month totals need room above the tallest column.
        let plotTop = legendBottom + 36
        guard !months.isEmpty else {
            canvas.drawEmptyPlot(top: legendBottom + 14)
            return canvas.document(title: title, description: "Cash by month: \(ChartCanvas.emptyMessage).")
        }
        let plotBottom = height - 64
        let extents = months.map { stackExtent(CashSource.allCases.map($0.amount(from:))) }
        let scale = AxisScale.fitting(
            minimum: extents.map(\.negative.cents).min() ?? 0,
            maximum: extents.map(\.positive.cents).max() ?? 0,
            length: plotBottom - plotTop, maxTicks: 6
        ) { _ in 24 }
        let tickLabels = scale.ticks.map { ChartNumber.compactMoney(Money(cents: $0), maxDecimals: 2) }
        let tickWidth = tickLabels.map { ChartText.width($0, fontSize: ChartCanvas.labelSize) }.max() ?? 0
        let plotLeft = ChartCanvas.margin + tickWidth + 6
        let plotRight = width - ChartCanvas.margin
        canvas.drawHorizontalGridlines(scale, labels: tickLabels, left: plotLeft, right: plotRight, bottom: plotBottom, top: plotTop)
        canvas.append(
            SVGMarkup.line(
                x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom, stroke: ChartPalette.axis,
                className: "axis"))

        let band = (plotRight - plotLeft) / Double(months.count)
        let columnWidth = min(44, band * 0.66)
        let totals = months.map { ChartNumber.compactMoney($0.total) }
        let totalsFit = totals.allSatisfy { ChartText.width($0, fontSize: Self.totalSize) <= band - 3 }
        for (index, month) in months.enumerated() {
            let center = plotLeft + band * (Double(index) + 0.5)
            let amounts = CashSource.allCases.map(month.amount(from:))
            let spans = stackSpans(amounts, scale: scale, start: plotBottom, end: plotTop)
            for (source, (amount, span)) in zip(CashSource.allCases, zip(amounts, spans)) where !amount.isZero {
                canvas.append(
                    SVGMarkup.rect(
                        x: center - columnWidth / 2, y: min(span.from, span.to), width: columnWidth,
                        height: abs(span.to - span.from), fill: source.colour, stroke: ChartPalette.separator,
                        className: "bar",
                        data: [("month", month.month), ("source", source.rawValue), ("cents", String(amount.cents))],
                        tooltip: "\(month.month) — \(source.label): \(amount.description) "
                            + "(\(share(amount, of: month.total)) of \(month.total.description))"))
            }
            if totalsFit {
                let top = min(
                    spans.map { min($0.from, $0.to) }.min() ?? plotBottom,
                    scale.position(0, from: plotBottom, to: plotTop))
                canvas.append(
                    SVGMarkup.text(
                        totals[index], x: center, y: top - 5, size: Self.totalSize, anchor: .middle,
                        fill: ChartPalette.secondaryText, className: "bar-total",
                        tooltip: "\(month.month): \(month.total.description) collected"))
            }
        }
        drawMonthLabels(months.map(\.month), band: band, plotLeft: plotLeft, baseline: plotBottom + 16, on: &canvas)
        canvas.append(
            SVGMarkup.text(
                "Cash collected (USD)", x: ChartCanvas.margin, y: plotTop - 20, bold: true,
                fill: ChartPalette.secondaryText, className: "axis-title"))
        canvas.append(
            SVGMarkup.text(
                "Month", x: (plotLeft + plotRight) / 2, y: plotBottom + 50, anchor: .middle,
                bold: true, fill: ChartPalette.secondaryText, className: "axis-title"))
        return canvas.document(title: title, description: cashDescription(months))
    }

    /// The size of the month totals over the columns: a little under the labels', to stay quiet.
    private static let totalSize: Double = 10.5

    /// Month labels under the columns, thinned to every `step`-th month (counting back from the
    /// latest) so that no two labels touch; the year goes on a second line where it changes.
    private static func drawMonthLabels(
        _ labels: [String], band: Double, plotLeft: Double, baseline: Double, on canvas: inout ChartCanvas
    ) {
        let size = ChartCanvas.labelSize
        let shown = labels.map { ChartText.monthParts($0)?.month ?? $0 }
        let widest = shown.map { ChartText.width($0, fontSize: size) }.max() ?? 0
        let widestYear =
            labels.contains { ChartText.monthParts($0) != nil } ? ChartText.width("2026", fontSize: size) : 0
        // A label longer than 80 units is cut rather than allowed to thin out all the others.
        let step = max(1, Int((min(80, max(widest, widestYear)) + 8) / band) + 1)
        var lastYear: String?
        for index in labels.indices where (labels.count - 1 - index) % step == 0 {
            let center = plotLeft + band * (Double(index) + 0.5)
            let parts = ChartText.monthParts(labels[index])
            let text = ChartText.fit(shown[index], maxWidth: band * Double(step) - 6, fontSize: size)
            canvas.append(
                SVGMarkup.text(
                    text, x: center, y: baseline, anchor: .middle, className: "category-label",
                    fullText: labels[index]))
            if let parts, parts.year != lastYear {
                canvas.append(
                    SVGMarkup.text(
                        parts.year, x: center, y: baseline + 14, anchor: .middle,
                        fill: ChartPalette.secondaryText, className: "category-label year-label"))
                lastYear = parts.year
            }
        }
    }

    private static func cashDescription(_ months: [CashMonth]) -> String {
        let total = months.reduce(Money.zero) { $0 + $1.total }
        var text =
            "Stacked columns of cash collected in each of \(months.count) months, split into insurance, "
            + "patient statements, point of service, payment plans and collection agency. "
            + "\(total.description) in all."
        if let first = months.first, let last = months.last, months.count > 1 {
            text += " \(first.month): \(first.total.description); \(last.month): \(last.total.description)."
        }
        return text
    }
}
