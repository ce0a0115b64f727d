import RevCycleCore

/// A guarantor statement as fixed-width plain text, for a terminal or a letter printer.
///
/// Lines are at most ``width`` columns and amounts end in the same column. The letter reads top
/// down as a patient needs it: who it is from and for, the amount due and due date in a box with
/// the account summary (balances still with insurance printed there as "not due now", outside the
/// amount due), any notice the dunning step requires, how to pay, the financial-assistance offer
/// (IRS 501(r) plain-language summary and apply-by date), then one block per visit with its service
/// lines, the sum that leads to the patient's balance and the reasons for the patient's share, and
/// last a payment slip to cut off and return.
///
/// ```swift
/// print(StatementText.render(statement))
/// ```
enum StatementText {
    /// 80 columns: an 80-column terminal, and a US Letter page at 10 characters per inch with margins.
    static let width = 80

    static func render(_ statement: GuarantorStatement) -> String {
        var lines = header(statement)
        lines += [""] + summaryBox(statement)
        for notice in statement.notices {
            lines += [""] + FixedWidthText.boxed(
                [StatementWording.noticeHeading(statement.step).uppercased()] + FixedWidthText.wrap(notice, width: width - 4),
                width: width, edge: "*", rule: "*", corner: "*")
        }
        lines += [""] + paymentOptions(statement)
        lines += [""] + assistance(statement.assistance)
        lines += [""] + section("YOUR VISITS")
        for visit in statement.visits {
            lines += [""] + visitBlock(visit)
        }
        lines += [""] + glossary(statement)
        lines += [""] + paymentSlip(statement)
        return lines.map { trimmingTrailingSpaces($0).replacingNoBreakSpaces() }.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    /// The facility (payee and where to call) beside the statement's identity, then the mailing address.
    static func header(_ statement: GuarantorStatement) -> [String] {
        let facility = statement.facility
        let left = ([facility.name] + facility.addressLines + ["Billing questions: \(facility.phone)"])
            .flatMap { FixedWidthText.wrap($0, width: width) }
        let right = [
            statement.step.heading.uppercased(),
            "Statement number: \(statement.number)",
            "Statement date: \(StatementWording.date(statement.statementDate))",
            "Account: \(statement.guarantor)",
        ]
        let addressee = ([statement.guarantorName] + statement.mailingAddress).flatMap { FixedWidthText.wrap($0, width: width) }
        return FixedWidthText.sideBySide(left, right, width: width) + [""] + addressee
    }

    /// The amount due and due date first, then the summary sum and what is still with insurance.
    static func summaryBox(_ statement: GuarantorStatement) -> [String] {
        let inner = width - 4
        var lines = FixedWidthText.amountRow(
            StatementWording.amountDueLabel.uppercased(), statement.amountDue.description, width: inner)
        lines += FixedWidthText.amountRow(
            StatementWording.dueDateLabel.uppercased(), StatementWording.date(statement.dueDate), width: inner,
            amountWidth: 20)
        lines += FixedWidthText.wrap(StatementWording.demand(statement), width: inner)
        lines += [""]
        lines += figureRows(StatementWording.summaryFigures(statement), width: inner)
        if !statement.pendingInsurance.isZero {
            lines += [""]
            lines += FixedWidthText.amountRow(
                StatementWording.pendingLabel, statement.pendingInsurance.description, width: inner)
            lines += FixedWidthText.wrap(StatementWording.pendingNotDue, width: inner - 2).map { "  " + $0 }
        }
        if let plan = statement.plan {
            lines += [""] + FixedWidthText.wrap(StatementWording.planSummary(plan), width: inner)
        }
        return FixedWidthText.boxed(lines, width: width)
    }

    static func paymentOptions(_ statement: GuarantorStatement) -> [String] {
        var lines = section("HOW TO PAY")
        lines += labelled("Online", statement.payOnlineLink)
        lines += labelled("", StatementWording.onlineNote)
        lines += labelled("By phone", StatementWording.byPhone(statement))
        lines += labelled("By mail", StatementWording.byMail(statement))
        if statement.plan == nil, !statement.amountDue.isZero {
            lines += labelled("Plan", StatementWording.planOffer(statement))
        }
        return lines
    }

    static func assistance(_ assistance: StatementAssistance) -> [String] {
        section(StatementWording.assistanceHeading.uppercased())
            + FixedWidthText.wrap(assistance.summary, width: width)
            + FixedWidthText.wrap(StatementWording.assistanceContact(assistance), width: width)
    }

    /// One visit: heading, service lines, the sum down to the patient's balance, and why.
    static func visitBlock(_ visit: StatementVisit) -> [String] {
        let rule = String(repeating: "-", count: width)
        var lines = [rule]
        lines += FixedWidthText.sideBySide(
            [StatementWording.visitHeading(visit).uppercased()], ["Account \(visit.account)"], width: width)
        lines += FixedWidthText.wrap("Patient: \(visit.patientName)", width: width)
        lines += [rule]
        if !visit.services.isEmpty {
            lines += serviceTable(visit.services)
            lines += [""]
        }
        lines += figureRows(StatementWording.visitFigures(visit), width: width, indent: 2)
        lines += [""] + FixedWidthText.wrap(StatementWording.shareIntroduction(visit), width: width - 2).map { "  " + $0 }
        for share in visit.responsibility {
            lines += FixedWidthText.amountRow(share.reason.words, share.amount.description, width: width, indent: 4)
        }
        if let note = StatementWording.creditNote(visit) {
            lines += FixedWidthText.wrap(note, width: width - 2).map { "  " + $0 }
        }
        return lines
    }

    /// Service lines in columns: code, description (wrapped), units, charge.
    static func serviceTable(_ services: [StatementService]) -> [String] {
        let codeWidth = 10, unitsWidth = 6, chargeWidth = 16
        let descriptionWidth = width - 2 - codeWidth - 1 - unitsWidth - 1 - chargeWidth - 1
        func row(_ code: String, _ description: [String], _ units: String, _ charge: String) -> [String] {
            var lines = [
                "  " + FixedWidthText.padded(code, to: codeWidth) + " " + FixedWidthText.padded(description[0], to: descriptionWidth)
                    + " " + FixedWidthText.rightAligned(units, to: unitsWidth) + " "
                    + FixedWidthText.rightAligned(charge, to: chargeWidth),
            ]
            lines += description.dropFirst().map { "  " + String(repeating: " ", count: codeWidth + 1) + $0 }
            return lines
        }
        var lines = row("Code", ["Service"], "Units", "Charge")
        for service in services {
            let code = FixedWidthText.wrap(service.code, width: codeWidth)[0]
            lines += row(
                code, FixedWidthText.wrap(service.description, width: descriptionWidth), String(service.units),
                service.charge.description)
        }
        return lines
    }

    static func glossary(_ statement: GuarantorStatement) -> [String] {
        var lines = section("WHAT THESE WORDS MEAN")
        for entry in StatementWording.glossary(statement) {
            lines += FixedWidthText.wrap("\(entry.term): \(entry.meaning)", width: width - 2)
                .enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }
        return lines
    }

    /// The part to cut off and mail back: who pays, which statement, how much by when, and a
    /// space to write the amount enclosed.
    static func paymentSlip(_ statement: GuarantorStatement) -> [String] {
        let heading = "-- 8< -- " + StatementWording.slipHeading + " "
        let cut = heading.count < width
            ? [heading + String(repeating: "-", count: width - heading.count)]
            : FixedWidthText.wrap(heading, width: width)
        var body = FixedWidthText.sideBySide(
            [statement.guarantorName, "Account: \(statement.guarantor)", "Statement number: \(statement.number)"]
                .flatMap { FixedWidthText.wrap($0, width: 44) },
            [
                "\(StatementWording.amountDueLabel): \(statement.amountDue)",
                "\(StatementWording.dueDateLabel): \(StatementWording.date(statement.dueDate))",
                "\(StatementWording.amountEnclosedLabel): $______________",
            ], width: width - 4)
        body += [""] + FixedWidthText.wrap("Pay to: " + ([statement.facility.name] + statement.facility.addressLines)
            .joined(separator: ", "), width: width - 4)
        return cut + FixedWidthText.boxed(body, width: width)
    }

    // MARK: - Helpers

    static func figureRows(_ rows: [StatementWording.FigureRow], width: Int, indent: Int = 0) -> [String] {
        var lines: [String] = []
        for row in rows {
            switch row.kind {
            case .item:
                lines += FixedWidthText.amountRow(row.label, row.amount.description, width: width, indent: indent)
            case .total:
                lines.append(String(repeating: " ", count: width - 16) + String(repeating: "-", count: 16))
                lines += FixedWidthText.amountRow(row.label.uppercased(), row.amount.description, width: width, indent: indent)
            case .pendingPart:
                lines += FixedWidthText.amountRow(row.label, row.amount.description, width: width, indent: indent + 2)
            case .patientPart:
                lines += FixedWidthText.amountRow(row.label.uppercased(), row.amount.description, width: width, indent: indent + 2)
            }
        }
        return lines
    }

    static func section(_ title: String) -> [String] {
        [title, String(repeating: "=", count: title.count)]
    }

    /// A labelled paragraph: the label in a fixed column, the text wrapped beside it.
    static func labelled(_ label: String, _ text: String) -> [String] {
        let labelWidth = 10
        return FixedWidthText.wrap(text, width: width - labelWidth).enumerated().map { index, line in
            FixedWidthText.padded(index == 0 ? label : "", to: labelWidth) + line
        }
    }

    /// The line without trailing spaces (a letter printer needs none).
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}

extension String {
    /// No-break spaces (which kept words together while wrapping) as plain spaces for the printer.
    fileprivate func replacingNoBreakSpaces() -> String {
        String(map { $0 == "\u{A0}" ? " " : $0 })
    }
}
