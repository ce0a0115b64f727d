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
        moneyTable(title: "Open balance by payer and age", cssClass: "aging", rowHeading: "Payer", columns: AgingBucket.allCases.map(\.label),
                   rows: rows.map { row in (row.name, AgingBucket.allCases.map { row.amount(in: $0) }) },
                   empty: "No open balances.", totalLabel: "All payers", figure: "aging-total")
    }

    /// Cash by month and source, with each month's total and the period's totals.
    static func cashTable(_ months: [CashMonth]) -> String {
        moneyTable(title: "Cash collected by month and source", cssClass: "cash", rowHeading: "Month", columns: CashSource.allCases.map(\.label),
                   rows: months.map { month in (month.month, CashSource.allCases.map { month.amount(from: $0) }) },
                   empty: "No cash in this period.", totalLabel: "All months", figure: "cash-total")
    }

    /// A table of amounts: one row per name with its total, and a footer of column totals and the grand total.
    static func moneyTable(title: String, cssClass: String, rowHeading: String, columns: [String], rows: [(name: String, amounts: [Money])],
                           empty: String, totalLabel: String, figure: String) -> String {
        let e = HTMLText.escape
        let heading = columns.map { "<th class=\"num\">\(e($0))</th>" }.joined()
        let body =
            rows.isEmpty
            ? "<tr><td colspan=\"\(columns.count + 2)\">\(e(empty))</td></tr>"
            : rows.map { row in
                "<tr><td>\(e(row.name))</td>"
                    + row.amounts.map { "<td class=\"num\">\(e($0.description))</td>" }.joined()
                    + "<td class=\"num total\">\(e(row.amounts.reduce(.zero, +).description))</td></tr>"
            }.joined(separator: "\n")
        let columnTotals = columns.indices.map { index in rows.reduce(Money.zero) { $0 + $1.amounts[index] } }
        let foot =
            "<tr><th>\(e(totalLabel))</th>" + columnTotals.map { "<td class=\"num\">\(e($0.description))</td>" }.joined()
            + "<td class=\"num total\" data-figure=\"\(figure)\">\(e(columnTotals.reduce(.zero, +).description))</td></tr>"
        return """
            <section class="card wide"><h2>\(e(title))</h2>
            <table class="figures \(cssClass)">
            <thead><tr><th>\(e(rowHeading))</th>\(heading)<th class="num">Total</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            <tfoot>\(foot)</tfoot>
            </table>
            </section>
            """
    }
}
