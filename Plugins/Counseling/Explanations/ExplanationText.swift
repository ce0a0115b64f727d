import RevCycleCore

/// The plain-language explanation of one account's bill, as fixed-width text of at most ``width``
/// columns: what `revcycle counseling explain <account>` prints.
///
/// It reads top down in the order a patient asks: who and which visit; what was charged; what each
/// insurer paid, did not pay and why (reason and remark codes turned into words); what the patient
/// owes and why, as a sum they can check; and what they can do (financial assistance, a payment
/// plan, a good-faith-estimate dispute, whom to call). The words come from the language's catalog
/// (``ExplanationWording``); amounts are `$1,234.56` in every language.
///
/// ```swift
/// print(ExplanationText.render(facts, language: ExplanationLanguage(code: patient.language)))
/// ```
enum ExplanationText {
    /// 80 columns: an 80-column terminal, and a US Letter page at 10 characters per inch, as statements.
    static let width = 80

    /// The amount column: wide enough for `-$100,000,000.00`, the largest posting.
    static let amountWidth = 16

    /// The explanation of `facts` in `language`, lines of at most ``width`` columns, ending in a newline.
    static func render(_ facts: AccountExplanationFacts, language: ExplanationLanguage) -> String {
        let wording = ExplanationWording(catalog: language.catalog, facts: facts)
        let catalog = language.catalog
        var lines = section(catalog.text(.title))
        lines += wording.headerLines(languageUnavailable: language.isSubstitute).flatMap { paragraph($0) }
        lines += [""] + wording.identityLines.flatMap { paragraph($0) }
        lines += [""] + section(catalog.text(.chargesHeading)) + charges(facts, catalog: catalog)
        lines += [""] + section(catalog.text(.insuranceHeading)) + insurance(wording)
        lines += [""] + section(catalog.text(.owedHeading)) + owed(wording)
        lines += [""] + section(catalog.text(.optionsHeading)) + options(wording)
        return ExplanationLayout.finished(lines)
    }

    // MARK: - Parts

    /// The service lines in columns (code, service, charge) and their total under a rule.
    static func charges(_ facts: AccountExplanationFacts, catalog: ExplanationCatalog) -> [String] {
        guard !facts.serviceLines.isEmpty else { return paragraph(catalog.text(.chargesNone)) }
        let codeHeader = catalog.text(.chargesCodeColumn)
        let codeWidth = min(12, max(codeHeader.count, facts.serviceLines.map(\.code.count).max() ?? 0))
        let serviceWidth = width - codeWidth - 2 - amountWidth - 1
        func row(_ code: String, _ service: String, _ amount: String) -> [String] {
            let serviceLines = ExplanationLayout.wrap(service, width: serviceWidth)
            let codeLines = ExplanationLayout.wrap(code, width: codeWidth)
            return (0..<max(serviceLines.count, codeLines.count)).map { index in
                let codePart = ExplanationLayout.padded(index < codeLines.count ? codeLines[index] : "", to: codeWidth)
                let servicePart = ExplanationLayout.padded(
                    index < serviceLines.count ? serviceLines[index] : "", to: serviceWidth)
                let amountPart = ExplanationLayout.rightAligned(index == 0 ? amount : "", to: amountWidth)
                return codePart + "  " + servicePart + " " + amountPart
            }
        }
        var lines = row(codeHeader, catalog.text(.chargesServiceColumn), catalog.text(.chargesAmountColumn))
        for line in facts.serviceLines {
            lines += row(line.code, line.description, line.charge.description)
        }
        lines.append(rule)
        lines += row("", catalog.text(.chargesTotal), facts.totalCharges.description)
        return lines
    }

    /// One block per insurer answer, or the sentence saying there is none.
    static func insurance(_ wording: ExplanationWording) -> [String] {
        var lines: [String] = []
        for (index, block) in wording.answerBlocks.enumerated() {
            if index > 0 { lines.append("") }
            lines += paragraph(block.heading)
            lines += block.sentences.flatMap { paragraph($0, indent: 2) }
        }
        if let sentence = wording.withoutAnswers {
            if !lines.isEmpty { lines.append("") }
            lines += paragraph(sentence)
        }
        if let help = wording.unlistedCodeHelp {
            lines += [""] + paragraph(help)
        }
        return lines
    }

    /// The amount owed first, then the sum that leads to it with each insurance word explained,
    /// then assistance and pending notes.
    static func owed(_ wording: ExplanationWording) -> [String] {
        var lines = paragraph(wording.owedOpening)
        let rows = wording.owedRows
        if !rows.isEmpty {
            lines.append("")
            for row in rows {
                lines += ExplanationLayout.amountRow(row.label, row.amount.description, width: width, indent: 2,
                                                     amountWidth: amountWidth)
                if let meaning = row.meaning {
                    lines += ExplanationLayout.paragraph(meaning, width: width - 8, indent: 6)
                }
            }
            lines.append(rule)
            let total = wording.balanceRow
            lines += ExplanationLayout.amountRow(total.label, total.amount.description, width: width, indent: 2,
                                                 amountWidth: amountWidth)
        }
        for note in wording.owedNotes {
            lines += [""] + paragraph(note)
        }
        return lines
    }

    /// The options as a list, one bullet each.
    static func options(_ wording: ExplanationWording) -> [String] {
        wording.optionParagraphs.enumerated().flatMap { index, text in
            (index > 0 ? [""] : []) + ExplanationLayout.paragraph("- " + text, width: width, hanging: 2)
        }
    }

    // MARK: - Helpers

    /// A heading in capitals, underlined.
    static func section(_ title: String) -> [String] {
        let heading = title.uppercased()
        return [heading, String(repeating: "=", count: min(heading.count, width))]
    }

    /// The rule over a column of amounts.
    static var rule: String {
        String(repeating: " ", count: width - amountWidth) + String(repeating: "-", count: amountWidth)
    }

    static func paragraph(_ text: String) -> [String] { ExplanationLayout.paragraph(text, width: width) }

    static func paragraph(_ text: String, indent: Int) -> [String] {
        ExplanationLayout.paragraph(text, width: width, indent: indent)
    }
}
