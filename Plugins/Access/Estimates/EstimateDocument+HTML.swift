import RevCycleHost
import RevCycleCore

extension EstimateDocument {
    /// A self-contained, print-ready page (no scripts, no external files).
    var html: String {
        let e = HTMLText.escape
        var body = """
            <header><h1>\(e(title))</h1>
            <p class="facility"><strong>\(e(facility.name))</strong><br>\(e(facility.address.singleLine))\(facility.phone.map { " · \(e($0.description))" } ?? "")<br>
            NPI \(e(facility.npi.digits)) · TIN \(e(facility.tin.description))</p></header>
            <section class="facts"><dl>
            <dt>Patient</dt><dd>\(e(patientName))</dd><dt>Date of birth</dt><dd>\(e(patientBirthDate.description))</dd>
            <dt>Visit</dt><dd>\(e("\(appointment.date) \(appointment.time)")) with \(e(providerName)), \(e(appointment.location))</dd>
            <dt>Issued</dt><dd>\(e(issuedOn.description))</dd>
            """
        switch content {
        case .insured(let estimate, let payer, let verifiedOn):
            body += "<dt>Insurance</dt><dd>\(e(payer)), benefits verified \(e(verifiedOn.description))</dd></dl></section>\n"
            body += Self.htmlTable(
                ["Code", "Service", "Charge", "Plan allows", "Copay", "Deductible", "Coinsurance", "You pay"],
                estimate.lines.map { line in
                    [line.line.serviceCode, line.line.description, line.line.grossCharge.description, line.allowed.description,
                     line.copay.description, line.deductible.description, line.coinsurance.description, line.patientTotal.description]
                }, numericFrom: 2, unbroken: [0])
            body += "<ul class=\"why\">" + estimate.lines.map { "<li><b>\(e($0.line.serviceCode))</b>: \(e($0.explanation))</li>" }.joined() + "</ul>\n"
            body += "<p>Your plan is expected to pay <strong>\(e(estimate.insuranceExpected.description))</strong>.</p>\n"
        case .goodFaith(let estimate):
            body += """
                <dt>Primary service</dt><dd>\(e(estimate.serviceDescription)) (\(e(estimate.primaryServiceCode))), \(e(estimate.serviceDateText))</dd>
                <dt>Diagnosis codes</dt><dd>\(e(estimate.diagnosisCodes.isEmpty ? "none given" : estimate.diagnosisCodes.joined(separator: ", ")))</dd>
                </dl><p class="deadline">\(e(estimate.deadline.explanation))</p></section>

                """
            body += Self.htmlTable(
                ["Provider or facility", "NPI", "TIN", "Code", "Service", "Qty", "Expected charge"],
                estimate.items.map { item in
                    [item.providerName, item.npi.digits, item.tin.description, item.serviceCode, item.description,
                     String(item.quantity), item.expectedCharge.description]
                }, numericFrom: 5, unbroken: [1, 2, 3])
            body += "<p>Total expected charges: <strong>\(e(estimate.total.description))</strong></p>\n"
        }
        if !adjustment.amount.isZero {
            body += "<p>Adjustment: <strong>\(e(adjustment.amount.description))</strong> \(e(adjustment.note))</p>\n"
        }
        body += "<p class=\"total\">You are expected to pay <strong>\(e(patientShare.description))</strong></p>\n"
        body += "<section class=\"notes\"><h2>Please read</h2><ul>" + disclaimers.map { "<li>\(e($0))</li>" }.joined() + "</ul></section>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(e(title)) — \(e(patientName))</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; font-size: 14px; }
            header { border-bottom: 3px solid #1f4e79; margin-bottom: 1rem; }
            h1 { color: #1f4e79; margin: 0 0 .4rem; font-size: 1.7rem; }
            .facility { margin: 0 0 .8rem; color: #333; }
            dl { display: grid; grid-template-columns: 10rem 1fr; gap: .25rem 1rem; margin: 0; }
            dt { font-weight: bold; color: #444; }
            dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            th, td { border-bottom: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #e8eef5; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.id { white-space: nowrap; }
            .deadline { background: #fff8e1; padding: .5rem .7rem; border-left: 4px solid #f0b400; }
            .total { font-size: 1.3rem; background: #e8f3ea; padding: .7rem; border-left: 5px solid #2e7d32; }
            .notes { font-size: .9rem; color: #333; border-top: 1px solid #ccc; margin-top: 1.5rem; }
            @media print { body { margin: 0; max-width: none; } }
            </style></head>
            <body>
            \(body)</body></html>

            """
    }

    /// A table whose columns from `firstNumeric` on are right-aligned amounts, and whose `unbroken`
    /// columns (identifiers such as NPI and TIN) never wrap.
    static func htmlTable(_ header: [String], _ rows: [[String]], numericFrom firstNumeric: Int, unbroken: Set<Int> = []) -> String {
        let e = HTMLText.escape
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let classes = (column >= firstNumeric ? ["num"] : []) + (unbroken.contains(column) ? ["id"] : [])
            return "<\(tag)\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(e(text))</\(tag)>"
        }
        let head = "<tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table>\n<thead>\(head)</thead>\n<tbody>\n\(body)\n</tbody></table>\n"
    }
}
