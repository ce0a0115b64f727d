extension SVGChart {
    /// A KPI sparkline: a small line of the indicator over its recent periods, oldest on the left,
    /// scaled between the series' own lowest and highest value, with the last point marked and the
    /// first and last periods named under it. Every point's exact value is in its tooltip.
    ///
    /// One point draws as a single marked dot; a flat series as a level line across the middle.
    static func sparkline(_ series: Sparkline, title: String, id: String) -> String {
        let width: Double = 200
        let height: Double = 54
        let left: Double = 6
        let right = width - 6
        let top: Double = 6
        let bottom: Double = 32
        let labelBaseline: Double = 48
        var canvas = ChartCanvas(id: id, width: width, height: height)
        let points = series.points
        guard let last = points.last, let first = points.first else {
            canvas.append(
                SVGMarkup.text(
                    ChartCanvas.emptyMessage, x: width / 2, y: 26, size: 10, anchor: .middle,
                    fill: ChartPalette.secondaryText, className: "empty-message"))
            return canvas.document(title: title, description: "\(title): \(ChartCanvas.emptyMessage).", framed: false)
        }
        let low = points.map(\.value).min() ?? 0
        let high = points.map(\.value).max() ?? 0
        let x = { (index: Int) in
            points.count == 1 ? left : left + (right - left) * Double(index) / Double(points.count - 1)
        }
        let y = { (value: Int64) in
            high == low
                ? (top + bottom) / 2
                : bottom - (bottom - top) * (Double(value) - Double(low)) / (Double(high) - Double(low))
        }
        let coordinates = points.indices.map { (x($0), y(points[$0].value)) }
        canvas.append(
            SVGMarkup.line(
                x1: left, y1: bottom + 3, x2: right, y2: bottom + 3, stroke: ChartPalette.grid,
                className: "baseline"))
        if points.count > 1 {
            canvas.append(SVGMarkup.polyline(coordinates, stroke: ChartPalette.blue, width: 2, className: "spark-line"))
        }
        for (index, point) in points.enumerated() {
            let isLast = index == points.count - 1
            canvas.append(
                SVGMarkup.circle(
                    x: coordinates[index].0, y: coordinates[index].1, radius: isLast ? 3.5 : 1.8,
                    fill: isLast ? ChartPalette.vermillion : ChartPalette.blue,
                    stroke: isLast ? ChartPalette.background : nil, className: isLast ? "last-point" : "point",
                    tooltip: "\(point.label): \(series.unit.text(point.value))"))
        }
        let size: Double = 10
        let half = (right - left) / 2 - 4
        canvas.append(
            SVGMarkup.text(
                ChartText.fit(first.label, maxWidth: half, fontSize: size), x: 2, y: labelBaseline,
                size: size, fill: ChartPalette.secondaryText, className: "spark-label",
                fullText: first.label))
        if points.count > 1 {
            canvas.append(
                SVGMarkup.text(
                    ChartText.fit(last.label, maxWidth: half, fontSize: size), x: width - 2,
                    y: labelBaseline, size: size, anchor: .end, fill: ChartPalette.secondaryText,
                    className: "spark-label", fullText: last.label))
        }
        let description =
            "\(title): \(points.count) period\(points.count == 1 ? "" : "s") from \(first.label) "
            + "(\(series.unit.text(first.value))) to \(last.label) (\(series.unit.text(last.value))); "
            + "lowest \(series.unit.text(low)), highest \(series.unit.text(high))."
        return canvas.document(title: title, description: description, framed: false)
    }
}
