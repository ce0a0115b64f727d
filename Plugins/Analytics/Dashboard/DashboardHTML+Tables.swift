import RevCycleHost
import RevCycleCore

/// The figures behind the charts, exact to the cent, for the reader who wants the numbers.
extension DashboardHTML {
    /// The Pareto's bars as rows: code, reason in words, amount, lines, share and cumulative share.
    static func denialTable(_ reasons: [DenialReason]) -> String {
        let e = HTMLText.escape
        let bars = SVGChart.paretoBars(reasons)
        guard !bars.isEmpty else { return "<p class=\"empty\">No denials in this period.</p>" }
        let total = bars.reduce(Money.zero) { $0 + $1.amount }
        let rows = bars.enumerated().map { index, bar in
            "<tr><td class=\"code\">\(e(bar.label))</td><td>\(breakable(bar.words))</td>"
                + "<td class=\"num\" data-figure=\"denial-\(index + 1)-amount\">\(e(bar.amount.description))</td>"
                + "<td class=\"num\">\(bar.count)</td>"
                + "<td class=\"num\">\(e(ChartNumber.percent(basisPoints: bar.cumulativeBasisPoints)))</td></tr>"
        }.joined(separator: "\n")
        return """
            <table class="figures denials">
            <thead><tr><th>Code</th><th>Reason</th><th class="num">Denied</th><th class="num">Lines</th><th class="num">Cumulative</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            <tfoot><tr><th colspan="2">All reasons</th><td class="num" data-figure="denials-total">\(e(total.description))</td><td class="num">\(bars.reduce(0) { $0 + $1.count })</td><td></td></tr></tfoot>
            </table>
            """
    }

    /// Escaped text that may wrap after a slash, so "Precertification/authorization/notification
    /// absent" breaks between words rather than inside one.
    static func breakable(_ text: String) -> String {
        HTMLText.escape(text).reduce(into: "") { html, character in
            html.append(character)
            if character == "/" { html += "<wbr/>" }
        }
    }

    /// Open balance by payer and bucket, with each row's total and the column totals.
    static func agingTable(_ rows: [AgingRow]) -> String {
        let e = HTMLText.escape
        let buckets = AgingBucket.allCases
        let heading = buckets.map { "<th class=\"num\">\(e($0.label))</th>" }.joined()
        let body =
            rows.isEmpty
            ? "<tr><td colspan=\"\(buckets.count + 2)\">No open balances.</td></tr>"
            : rows.map { row in
                "<tr><td>\(e(row.name))</td>"
                    + buckets.map { "<td class=\"num\">\(e(row.amount(in: $0).description))</td>" }.joined()
                    + "<td class=\"num total\">\(e(row.total.description))</td></tr>"
            }.joined(separator: "\n")
        let columnTotals = buckets.map { bucket in rows.reduce(Money.zero) { $0 + $1.amount(in: bucket) } }
        let grandTotal = rows.reduce(Money.zero) { $0 + $1.total }
        let foot =
            "<tr><th>All payers</th>" + columnTotals.map { "<td class=\"num\">\(e($0.description))</td>" }.joined()
            + "<td class=\"num total\" data-figure=\"aging-total\">\(e(grandTotal.description))</td></tr>"
        return """
            <section class="card wide"><h2>Open balance by payer and age</h2>
            <table class="figures aging">
            <thead><tr><th>Payer</th>\(heading)<th class="num">Total</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            <tfoot>\(foot)</tfoot>
            </table>
            </section>
            """
    }

    /// Cash by month and source, with each month's total and the period's totals.
    static func cashTable(_ months: [CashMonth]) -> String {
        let e = HTMLText.escape
        let sources = CashSource.allCases
        let heading = sources.map { "<th class=\"num\">\(e($0.label))</th>" }.joined()
        let body =
            months.isEmpty
            ? "<tr><td colspan=\"\(sources.count + 2)\">No cash in this period.</td></tr>"
            : months.map { month in
                "<tr><td>\(e(month.month))</td>"
                    + sources.map { "<td class=\"num\">\(e(month.amount(from: $0).description))</td>" }.joined()
                    + "<td class=\"num total\">\(e(month.total.description))</td></tr>"
            }.joined(separator: "\n")
        let columnTotals = sources.map { source in months.reduce(Money.zero) { $0 + $1.amount(from: source) } }
        let grandTotal = months.reduce(Money.zero) { $0 + $1.total }
        let foot =
            "<tr><th>All months</th>" + columnTotals.map { "<td class=\"num\">\(e($0.description))</td>" }.joined()
            + "<td class=\"num total\" data-figure=\"cash-total\">\(e(grandTotal.description))</td></tr>"
        return """
            <section class="card wide"><h2>Cash collected by month and source</h2>
            <table class="figures cash">
            <thead><tr><th>Month</th>\(heading)<th class="num">Total</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            <tfoot>\(foot)</tfoot>
            </table>
            </section>
            """
    }
}
