import RevCycleHost

/// One chart's SVG document being drawn: a white framed card with the chart's visible title at the
/// top, an optional legend under it, and whatever the chart adds below.
///
/// The finished document is an inline `<svg>` with a `viewBox` (it scales to its container), no
/// script and no external font, and is accessible: `role="img"`, labelled by its `<title>` and
/// described by its `<desc>`, which says in words what the bars show.
struct ChartCanvas {
    static let fontFamily = "'DejaVu Sans', Verdana, Arial, sans-serif"
    static let margin: Double = 16
    static let titleSize: Double = 16
    static let labelSize: Double = 12
    static let emptyMessage = "No data for this period"

    /// A unique prefix for the ids inside the document (several charts share one page).
    let id: String
    let width: Double
    var height: Double
    private var elements: [String] = []

    init(id: String, width: Double, height: Double) {
        self.id = id
        self.width = width
        self.height = height
    }

    mutating func append(_ element: String) { elements.append(element) }

    /// Draws the visible title, cut to the card's width, and returns the y below it.
    mutating func drawTitle(_ title: String) -> Double {
        let shown = ChartText.fit(title, maxWidth: width - 2 * Self.margin, fontSize: Self.titleSize, bold: true)
        append(
            SVGMarkup.text(
                shown, x: Self.margin, y: 28, size: Self.titleSize, bold: true,
                className: "chart-title", fullText: title))
        return 40
    }

    /// One legend entry's mark.
    enum Swatch {
        /// A filled square, for bars.
        case box(String)
        /// A short line with a dot, for a line series.
        case line(String)
        /// A short dashed line, for a reference line.
        case dashed(String)
    }

    /// Draws legend entries left to right from `top`, starting a new row when the next entry would
    /// pass the card's right margin; returns the y below the last row.
    @discardableResult
    mutating func drawLegend(_ entries: [(label: String, swatch: Swatch)], top: Double) -> Double {
        let size = Self.labelSize
        let rowHeight: Double = 20
        let maxX = width - Self.margin
        var x = Self.margin
        var row: Double = 0
        for entry in entries {
            let label = ChartText.fit(entry.label, maxWidth: maxX - Self.margin - 24, fontSize: size)
            let itemWidth = 20 + ChartText.width(label, fontSize: size)
            if x > Self.margin && x + itemWidth > maxX {
                x = Self.margin
                row += 1
            }
            let middle = top + row * rowHeight + 10
            switch entry.swatch {
            case .box(let colour):
                append(
                    SVGMarkup.rect(
                        x: x, y: middle - 6, width: 12, height: 12, fill: colour,
                        stroke: ChartPalette.swatchOutline, className: "legend-swatch"))
            case .line(let colour):
                append(SVGMarkup.line(x1: x - 1, y1: middle, x2: x + 13, y2: middle, stroke: colour, width: 2.5))
                append(SVGMarkup.circle(x: x + 6, y: middle, radius: 3, fill: colour))
            case .dashed(let colour):
                append(
                    SVGMarkup.line(
                        x1: x - 1, y1: middle, x2: x + 13, y2: middle, stroke: colour, width: 1.5,
                        dashed: true))
            }
            append(
                SVGMarkup.text(
                    label, x: x + 18, y: middle + 4, size: size, className: "legend-label",
                    fullText: entry.label))
            x += itemWidth + 16
        }
        return entries.isEmpty ? top : top + (row + 1) * rowHeight
    }

    /// Draws a gridline across the plot at each tick of a vertical scale (the zero line darker), with
    /// its label right-aligned left of the plot; draw them first, so bars and lines sit above them.
    mutating func drawHorizontalGridlines(_ scale: AxisScale, labels: [String], left: Double, right: Double, bottom: Double, top: Double) {
        for (tick, label) in zip(scale.ticks, labels) {
            let y = scale.position(tick, from: bottom, to: top)
            append(
                SVGMarkup.line(
                    x1: left, y1: y, x2: right, y2: y,
                    stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                    className: tick == 0 ? "zero-line" : "gridline", data: [("tick", String(tick))]))
            append(
                SVGMarkup.text(
                    label, x: left - 6, y: y + 4, anchor: .end, fill: ChartPalette.secondaryText, className: "tick-label"))
        }
    }

    /// Draws the plot's frame with "No data for this period" in its middle.
    mutating func drawEmptyPlot(top: Double) {
        let bottom = height - Self.margin
        append(
            SVGMarkup.rect(
                x: Self.margin, y: top, width: width - 2 * Self.margin, height: bottom - top,
                fill: "#f6f8fa", stroke: ChartPalette.frame, className: "empty-plot"))
        append(
            SVGMarkup.text(
                Self.emptyMessage, x: width / 2, y: (top + bottom) / 2 + 5, size: 13,
                anchor: .middle, fill: ChartPalette.secondaryText, className: "empty-message"))
    }

    /// The finished `<svg>` element: the frame first (unless `framed` is false, as for a sparkline
    /// inside a tile), then everything drawn, in drawing order.
    func document(title: String, description: String, framed: Bool = true) -> String {
        let e = HTMLText.escape
        let w = SVGMarkup.number(width)
        let h = SVGMarkup.number(height)
        let frame =
            framed
            ? SVGMarkup.rect(
                x: 0.5, y: 0.5, width: width - 1, height: height - 1, fill: ChartPalette.background,
                stroke: ChartPalette.frame, className: "chart-frame")
            : ""
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="\(e(id))" viewBox="0 0 \(w) \(h)" \
            width="\(w)" height="\(h)" role="img" aria-labelledby="\(e(id))-title \(e(id))-desc" \
            font-family="\(e(Self.fontFamily))">
            <title id="\(e(id))-title">\(e(title))</title>
            <desc id="\(e(id))-desc">\(e(description))</desc>
            \(frame)
            \(elements.joined(separator: "\n"))
            </svg>
            """
    }
}
