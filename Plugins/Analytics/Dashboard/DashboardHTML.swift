import RevCycleHost

/// The manager's dashboard as one self-contained HTML page: the KPI tiles, the charts, the figures
/// behind them and the notes.
///
/// Inline CSS and inline SVG only: no script, font, image or other file, so the page opens the same
/// from a mail attachment, a shared drive or an archive. KPI tiles sit in a grid that fills the
/// width (value large, status in words as well as colour, formula small, sparkline); the charts
/// follow two to a row on a wide screen and one on a narrow one, each under its heading; then
/// the aging and cash tables with exact amounts, and the notes. Printed, it is US Letter landscape,
/// two charts to a row, no card split across pages. Every piece of data is escaped, and the markup
/// is well-formed XML (void elements closed, no named entities) so tests can parse it.
///
/// ```swift
/// try DashboardHTML.render(model).write(to: url, atomically: true, encoding: .utf8)
/// ```
enum DashboardHTML {
    static func render(_ model: DashboardModel) -> String {
        let e = HTMLText.escape
        let title = "Revenue cycle dashboard — \(model.facilityName) — \(model.periodText)"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(e(title))</title>
            <style>
            \(stylesheet)
            </style></head>
            <body>
            <main class="dashboard">
            \(header(model))
            \(kpiSection(model.kpis))
            \(chartSection(model))
            \(agingTable(model.aging))
            \(cashTable(model.cashTrend))
            \(notes(model.notes))
            <footer class="page-foot">\(e(footnote(model)))</footer>
            </main>
            </body></html>

            """
    }

    // MARK: - Header and KPIs

    static func header(_ model: DashboardModel) -> String {
        let e = HTMLText.escape
        return """
            <header class="top">
            <div class="heading"><p class="kicker">Revenue cycle dashboard</p><h1>\(e(model.facilityName))</h1></div>
            <dl class="meta">
            <div><dt>Period</dt><dd data-figure="period">\(e(model.periodText))</dd></div>
            <div><dt>Generated</dt><dd data-figure="generated-on">\(e(model.generatedOnText))</dd></div>
            </dl>
            </header>
            """
    }

    static func kpiSection(_ tiles: [KPITile]) -> String {
        let body =
            tiles.isEmpty
            ? "<p class=\"empty\">No indicators for this period.</p>"
            : "<div class=\"kpi-grid\">\n"
                + tiles.enumerated().map { kpiTile($1, number: $0 + 1) }
                .joined(separator: "\n") + "\n</div>"
        return """
            <section class="kpis" aria-labelledby="kpis-heading">
            <h2 id="kpis-heading">Key indicators</h2>
            \(body)
            </section>
            """
    }

    /// One KPI: name and status on top, the value large, the sparkline, the formula small.
    static func kpiTile(_ tile: KPITile, number: Int) -> String {
        let e = HTMLText.escape
        let statusClass = tile.status.map { "kpi-\($0.rawValue)" } ?? "kpi-none"
        let badge =
            tile.status.map {
                "<span class=\"status status-\($0.rawValue)\">\(e($0.word))</span>"
            } ?? ""
        let spark =
            tile.trend.map {
                "<div class=\"spark\">\(SVGChart.sparkline($0, title: "\(tile.name) trend", id: "kpi-\(number)-trend"))</div>"
            } ?? ""
        return """
            <article class="kpi \(statusClass)" data-kpi="\(number)">
            <div class="kpi-head"><h3>\(e(tile.name))</h3>\(badge)</div>
            <p class="kpi-value\(valueSizeClass(tile.value))" data-figure="kpi-\(number)-value">\(e(tile.value))</p>
            \(spark)
            <p class="kpi-formula">\(e(tile.formula))</p>
            </article>
            """
    }

    /// A smaller size for a long value, so `$14,903,220.45` stays on one line in a narrow tile
    /// rather than breaking inside the number.
    static func valueSizeClass(_ value: String) -> String {
        switch value.count {
        case ...10: ""
        case 11...13: " long"
        default: " longer"
        }
    }

    // MARK: - Charts

    /// The charts two to a row: aging beside cash, the Pareto beside the reasons it names.
    static func chartSection(_ model: DashboardModel) -> String {
        """
        <section class="charts" aria-label="Charts">
        <section class="card"><h2>Receivables by age</h2>
        \(SVGChart.aging(model.aging))
        </section>
        <section class="card"><h2>Cash collected</h2>
        \(SVGChart.cashTrend(model.cashTrend))
        </section>
        <section class="card"><h2>Denials by reason</h2>
        \(SVGChart.denialPareto(model.denials))
        </section>
        <section class="card"><h2>What the denial codes mean</h2>
        \(denialTable(model.denials))
        </section>
        </section>
        """
    }

    static func notes(_ notes: [String]) -> String {
        guard !notes.isEmpty else { return "" }
        let e = HTMLText.escape
        return "<section class=\"notes\"><h2>Notes</h2><ul>"
            + notes.map { "<li>\(e($0))</li>" }.joined() + "</ul></section>"
    }

    static func footnote(_ model: DashboardModel) -> String {
        "\(model.facilityName) · \(model.periodText) · generated \(model.generatedOnText). "
            + "Chart axes are rounded; tooltips and tables show exact amounts."
    }
}
