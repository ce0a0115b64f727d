import RevCycleHost
import RevCycleCore

/// A guarantor statement as one self-contained, print-ready HTML page.
///
/// Inline CSS only: no scripts, fonts, images or other files, so the page prints and archives the
/// same anywhere. Printed on US Letter (`@page` half-inch margins) the first page carries the
/// addresses, the amount due and due date (the largest figures on the page), the account summary
/// with balances still with insurance in a separate dashed box marked "not due now", any notice,
/// how to pay, the financial-assistance offer (IRS 501(r) plain-language summary) and, at its foot,
/// a payment slip to detach. The visits follow, one block each that is never split across pages.
/// The first page is a column at least a page tall whose slip is pushed to its foot; if a long
/// notice makes it taller than a page, the slip moves whole to the top of the next page.
/// Every piece of data is escaped (``HTMLText``); every amount sits in a right-aligned cell with
/// tabular figures and carries a `data-figure` name so tests can find it.
///
/// ```swift
/// try StatementHTML.render(statement).write(to: url, atomically: true, encoding: .utf8)
/// ```
enum StatementHTML {
    static func render(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        let title = "\(statement.step.heading) \(statement.number) — \(statement.guarantorName)"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(stylesheet)
            </style></head>
            <body>
            <section class="sheet first">
            \(header(statement))
            \(notices(statement))
            \(account(statement))
            <div class="ways">
            \(paymentOptions(statement))
            \(assistance(statement.assistance))
            </div>
            \(paymentSlip(statement))
            </section>
            <section class="sheet visits">
            <h2>Your visits</h2>
            \(statement.visits.enumerated().map { visitBlock($1, number: $0 + 1) }.joined(separator: "\n"))
            \(glossary(statement))
            </section>
            </body></html>

            """
    }

    // MARK: - First page

    /// The payee and the statement's identity, then the mailing address beside the amount due.
    static func header(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        let facility = statement.facility
        let payee = (["<p class=\"facility-name\">\(e(facility.name))</p>"]
            + facility.addressLines.map { "<p>\(e($0))</p>" }
            + ["<p>Billing questions: <strong>\(e(facility.phone))</strong></p>"]).joined()
        let addressee = ([statement.guarantorName] + statement.mailingAddress).map(e).joined(separator: "<br>")
        let planOffer = statement.plan == nil && !statement.amountDue.isZero
            ? " <span class=\"offer\">\(e(StatementWording.planOffer(statement)))</span>" : ""
        return """
            <header class="top">
            <div class="payee">\(payee)</div>
            <div class="identity"><h1>\(e(statement.step.heading))</h1><dl>
            <dt>Statement number</dt><dd data-figure="number">\(e(statement.number))</dd>
            <dt>Statement date</dt><dd data-figure="statement-date">\(e(StatementWording.date(statement.statementDate)))</dd>
            <dt>Account</dt><dd data-figure="guarantor">\(e(statement.guarantor.description))</dd>
            </dl></div>
            </header>
            <div class="addressing">
            <address class="mail-to" data-figure="guarantor-name">\(addressee)</address>
            <div class="due-box">
            <p class="due-label">\(e(StatementWording.amountDueLabel))</p>
            <p class="amount-due" data-figure="amount-due">\(e(statement.amountDue.description))</p>
            <p class="due-date">\(e(StatementWording.dueDateLabel)): <strong data-figure="due-date">\(e(StatementWording.date(statement.dueDate)))</strong></p>
            </div>
            </div>
            <p class="demand">\(e(StatementWording.demand(statement)))\(planOffer)</p>
            """
    }

    static func notices(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        return statement.notices.map { notice in
            "<section class=\"notice\"><h2>\(e(StatementWording.noticeHeading(statement.step)))</h2><p>\(e(notice))</p></section>"
        }.joined(separator: "\n")
    }

    /// The summary sum beside the box of what is still with insurance (outside the amount due),
    /// then the payment plan on one line.
    static func account(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        var html = "<div class=\"account\">\n<section class=\"summary\"><h2>Your account</h2>\n"
            + figureTable(StatementWording.summaryFigures(statement), prefix: "")
            + "</section>\n"
        if !statement.pendingInsurance.isZero {
            html += """
                <section class="pending"><h2>\(e(StatementWording.pendingLabel))</h2>
                <p class="pending-amount num" data-figure="pending-insurance">\(e(statement.pendingInsurance.description))</p>
                <p>\(e(StatementWording.pendingNotDue))</p></section>

                """
        }
        html += "</div>\n"
        if let plan = statement.plan {
            html += "<p class=\"plan\">\(e(StatementWording.planSummary(plan)))</p>\n"
        }
        return html
    }

    static func paymentOptions(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        let link = statement.payOnlineLink
        let linkHTML = StatementWording.isWebLink(link)
            ? "<a class=\"link\" href=\"\(e(link))\">\(e(link))</a>"
            : "<span class=\"link\">\(e(link))</span>"
        let ways = [
            "<strong>Online:</strong> \(linkHTML)<br><span class=\"small\">\(e(StatementWording.onlineNote))</span>",
            "<strong>By phone:</strong> \(e(StatementWording.byPhone(statement)))",
            "<strong>By mail:</strong> \(e(StatementWording.byMail(statement)))",
        ]
        return "<section class=\"pay\"><h2>How to pay</h2>" + ways.map { "<p>\($0)</p>" }.joined() + "</section>"
    }

    static func assistance(_ assistance: StatementAssistance) -> String {
        let e = HTMLText.escape
        return """
            <section class="help"><h2>\(e(StatementWording.assistanceHeading))</h2>
            <p>\(e(assistance.summary))</p>
            <p><strong>\(e(StatementWording.assistanceContact(assistance)))</strong></p></section>
            """
    }

    /// The slip to cut off and mail back with a check: who, which statement, how much, by when.
    static func paymentSlip(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        let payee = ([statement.facility.name] + statement.facility.addressLines).map(e).joined(separator: "<br>")
        return """
            <section class="slip" aria-label="Payment slip">
            <p class="cut"><span class="scissors" aria-hidden="true">&#9986;</span> \(e(StatementWording.slipHeading))</p>
            <div class="slip-grid">
            <div class="slip-from"><p class="slip-name">\(e(statement.guarantorName))</p>
            <p>Account: <strong>\(e(statement.guarantor.description))</strong></p>
            <p>Statement number: <strong>\(e(statement.number))</strong></p></div>
            <p class="slip-to">Make your check payable to and mail it to:<br><strong>\(payee)</strong></p>
            <table class="slip-figures">
            <tr><th>\(e(StatementWording.amountDueLabel))</th><td class="num" data-figure="slip-amount-due">\(e(statement.amountDue.description))</td></tr>
            <tr><th>\(e(StatementWording.dueDateLabel))</th><td class="num" data-figure="slip-due-date">\(e(StatementWording.date(statement.dueDate)))</td></tr>
            <tr><th>\(e(StatementWording.amountEnclosedLabel))</th><td class="enclosed">$</td></tr>
            </table>
            </div>
            </section>
            """
    }

    // MARK: - Visits

    /// One visit, kept on one page: heading, service lines, the sum down to the balance, and why.
    static func visitBlock(_ visit: StatementVisit, number: Int) -> String {
        let e = HTMLText.escape
        let prefix = "visit-\(number)-"
        var services = ""
        if !visit.services.isEmpty {
            services = "<table class=\"services\"><thead><tr><th>Code</th><th>Service</th><th class=\"num\">Units</th>"
                + "<th class=\"num\">Charge</th></tr></thead><tbody>"
                + visit.services.enumerated().map { index, service in
                    "<tr><td class=\"code\">\(e(service.code))</td><td>\(e(service.description))</td>"
                        + "<td class=\"num\">\(service.units)</td>"
                        + "<td class=\"num\" data-figure=\"\(prefix)service-\(index + 1)\">\(e(service.charge.description))</td></tr>"
                }.joined()
                + "</tbody></table>\n"
        }
        var why = "<p>\(e(StatementWording.shareIntroduction(visit)))</p>"
        if !visit.responsibility.isEmpty {
            why += "<table class=\"figures shares\">" + visit.responsibility.enumerated().map { index, share in
                "<tr><td>\(e(share.reason.words))</td>"
                    + "<td class=\"num\" data-figure=\"\(prefix)share-\(index + 1)\">\(e(share.amount.description))</td></tr>"
            }.joined() + "</table>"
        }
        if let note = StatementWording.creditNote(visit) {
            why += "<p>\(e(note))</p>"
        }
        return """
            <article class="visit">
            <div class="visit-head"><h3>\(e(StatementWording.visitHeading(visit)))</h3><p>\(e(StatementWording.visitSubheading(visit)))</p></div>
            \(services)<div class="visit-body">
            <div class="visit-sum">\(figureTable(StatementWording.visitFigures(visit), prefix: prefix))</div>
            <div class="why">\(why)</div>
            </div>
            </article>
            """
    }

    static func glossary(_ statement: GuarantorStatement) -> String {
        let e = HTMLText.escape
        return "<section class=\"glossary\"><h2>What these words mean</h2><dl>"
            + StatementWording.glossary(statement).map { "<dt>\(e($0.term))</dt><dd>\(e($0.meaning))</dd>" }.joined()
            + "</dl></section>"
    }

    // MARK: - Helpers

    /// Labelled amounts in a two-column table; totals get a rule above, parts are indented, and the
    /// pending part is greyed as "not due now".
    static func figureTable(_ rows: [StatementWording.FigureRow], prefix: String) -> String {
        let e = HTMLText.escape
        return "<table class=\"figures\">" + rows.map { row in
            let rowClass = switch row.kind {
            case .item: "item"
            case .total: "total"
            case .pendingPart: "part pending-part"
            case .patientPart: "part patient-part"
            }
            return "<tr class=\"\(rowClass)\"><td>\(e(row.label))</td>"
                + "<td class=\"num\" data-figure=\"\(prefix)\(row.key)\">\(e(row.amount.description))</td></tr>"
        }.joined() + "</table>\n"
    }

    /// Letter-sized sheets on screen, Letter pages in print; money in right-aligned tabular figures.
    static let stylesheet = """
        @page { size: letter; margin: 0.5in; }
        * { box-sizing: border-box; }
        html { background: #d5dae0; }
        body { margin: 0; padding: 0.25in 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
        h1, h2, h3, p, dl, dd, table, address { margin: 0; }
        .sheet { width: 8.5in; margin: 0 auto 0.25in; padding: 0.5in; background: #fff; }
        .first { min-height: 11in; display: flex; flex-direction: column; gap: 0.11in; }
        h1 { font-size: 18pt; color: #1f4e79; line-height: 1.2; }
        h2 { font-size: 11.5pt; color: #1f4e79; margin-bottom: 0.04in; break-after: avoid; }
        h3 { font-size: 11pt; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .small { font-size: 8.5pt; color: #444; }
        .top { display: flex; justify-content: space-between; gap: 0.3in; border-bottom: 3px solid #1f4e79; padding-bottom: 0.1in; }
        .payee { min-width: 0; overflow-wrap: anywhere; }
        .identity { flex: none; }
        .facility-name { font-weight: bold; font-size: 12pt; }
        .identity { text-align: right; }
        .identity dl { display: grid; grid-template-columns: auto auto; gap: 0 0.6em; justify-content: end; }
        .identity dt { color: #444; }
        .identity dd { font-weight: bold; white-space: nowrap; }
        .addressing { display: flex; justify-content: space-between; align-items: flex-start; gap: 0.3in; }
        .mail-to { font-style: normal; font-size: 11pt; padding: 0.1in 0 0 0.25in; overflow-wrap: anywhere; min-width: 0; }
        .due-box { flex: none; border: 3px solid #1f4e79; border-radius: 6px; padding: 0.1in 0.2in; min-width: 2.9in; text-align: right; background: #eef3f9; }
        .due-label { font-weight: bold; color: #1f4e79; text-transform: uppercase; letter-spacing: 0.05em; }
        .amount-due { font-size: 26pt; font-weight: bold; line-height: 1.2; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .due-date { font-size: 12pt; white-space: nowrap; }
        .demand { font-size: 11pt; font-weight: bold; }
        .demand .offer { font-size: 9.5pt; font-weight: normal; }
        .notice { border: 3px solid #a4001d; background: #fdecee; padding: 0.08in 0.15in; break-inside: avoid; }
        .notice h2 { color: #a4001d; text-transform: uppercase; }
        .account { display: grid; grid-template-columns: 3.9in minmax(0, 1fr); gap: 0.3in; align-items: start; }
        .ways { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 8fr); gap: 0.25in; align-items: start; }
        table { border-collapse: collapse; }
        table.figures { width: 100%; }
        .figures td { padding: 0.02in 0; vertical-align: top; }
        .figures td.num { padding-left: 0.15in; }
        .figures tr.total td { border-top: 1.5px solid #1a1a1a; font-weight: bold; padding-top: 0.04in; }
        .figures tr.part td:first-child { padding-left: 1.2em; }
        .figures tr.pending-part td { color: #555; font-style: italic; }
        .figures tr.patient-part td { font-weight: bold; }
        .pending { border: 2px dashed #6b6b6b; border-radius: 6px; padding: 0.08in 0.15in; background: #f3f3f3; color: #333; }
        .pending h2 { color: #333; }
        .pending-amount { font-size: 15pt; font-weight: bold; text-align: left; }
        .plan { border-left: 4px solid #2e7d32; background: #eef7ef; padding: 0.05in 0.15in; }
        .pay p + p { margin-top: 0.05in; }
        .link { overflow-wrap: anywhere; color: #1f4e79; }
        .help { border-left: 4px solid #1f4e79; background: #f2f6fa; padding: 0.06in 0.15in; }
        .help p + p { margin-top: 0.04in; }
        .slip { margin-top: auto; border-top: 2px dashed #555; padding-top: 0.08in; break-inside: avoid; }
        .cut { font-size: 8.5pt; color: #444; margin-bottom: 0.08in; }
        .scissors { font-size: 11pt; }
        .slip-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr) auto; gap: 0.2in; align-items: start; }
        .slip-from, .slip-to { overflow-wrap: anywhere; }
        .slip-name { font-weight: bold; font-size: 11pt; }
        .slip-figures th { text-align: left; padding: 0.02in 0.12in 0.02in 0; font-weight: normal; white-space: nowrap; }
        .slip-figures td { padding: 0.02in 0; font-weight: bold; font-size: 11pt; min-width: 1.6in; text-align: right; }
        .slip-figures td.enclosed { border: 1.5px solid #1a1a1a; height: 0.34in; padding: 0 0.08in; vertical-align: middle; text-align: left; }
        .visits > h2 { font-size: 14pt; margin-bottom: 0.12in; }
        .visit { break-inside: avoid; border: 1px solid #b9c6d3; border-radius: 6px; padding: 0.1in 0.15in; margin-bottom: 0.16in; }
        .visit-head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.2in; border-bottom: 1px solid #b9c6d3; padding-bottom: 0.04in; margin-bottom: 0.06in; }
        .visit-head h3 { white-space: nowrap; }
        .visit-head p { text-align: right; min-width: 0; overflow-wrap: anywhere; }
        table.services { width: 100%; margin-bottom: 0.08in; }
        .services th { background: #e8eef5; text-align: left; font-weight: bold; padding: 0.03in 0.08in; }
        .services th.num { text-align: right; }
        .services td { border-bottom: 1px solid #dde3ea; padding: 0.03in 0.08in; vertical-align: top; overflow-wrap: anywhere; }
        .services td.code { white-space: nowrap; }
        .visit-body { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 0.3in; }
        .why { overflow-wrap: anywhere; }
        .why p + table, .why table + p { margin-top: 0.04in; }
        .glossary { break-inside: avoid; margin-top: 0.1in; }
        .glossary dl { display: grid; grid-template-columns: 2.3in minmax(0, 1fr); gap: 0.04in 0.2in; }
        .glossary dt { font-weight: bold; }
        @media print {
            html { background: none; }
            body { padding: 0; }
            .sheet { width: auto; margin: 0; padding: 0; }
            .first { min-height: 9.9in; break-after: page; } /* 10in of page less rounding room */
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
