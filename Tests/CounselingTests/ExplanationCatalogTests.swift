import RevCycleCore
import Testing
@testable import Counseling

/// The catalogs: English covers every sentence and every code Core knows, Spanish covers every
/// English id with the same placeholders, and a site's partial catalog is reported and filled in.
struct ExplanationCatalogTests {
    @Test("Spanish has a text for every English id, no id English lacks, and the same placeholders in each")
    func spanishIsComplete() {
        let report = ExplanationCatalog.spanish.check()
        #expect(report.missing.isEmpty, "Spanish lacks \(report.missing)")
        #expect(report.unknown.isEmpty, "Spanish has ids English does not: \(report.unknown)")
        #expect(report.placeholderMismatches.isEmpty, "placeholders differ in \(report.placeholderMismatches)")
        #expect(report.isComplete)
    }

    @Test("English has every fixed message, twelve months, and words for every reason and remark code Core knows")
    func englishCoversEverythingTheRendererAndCoreUse() {
        let english = ExplanationCatalog.english
        let messages = ExplanationMessage.allCases.map(\.rawValue).filter { english.messages[$0] == nil }
        #expect(messages.isEmpty, "English lacks \(messages)")
        let months = (1...12).map(ExplanationCatalog.monthID).filter { english.messages[$0] == nil }
        #expect(months.isEmpty, "English lacks \(months)")
        let reasons = AdjustmentReason.meanings.keys.sorted().filter { english.adjustmentReason($0) == nil }
        #expect(reasons.isEmpty, "Core knows CARCs \(reasons) that have no patient words")
        let remarks = AdjustmentReason.remarks.keys.sorted().filter { english.remark($0) == nil }
        #expect(remarks.isEmpty, "Core knows RARCs \(remarks) that have no patient words")
    }

    @Test("English has no id the renderer cannot use: each is a message, a month, or a code Core knows")
    func englishHasNoStrayIDs() {
        let known = Set(ExplanationMessage.allCases.map(\.rawValue))
            .union((1...12).map(ExplanationCatalog.monthID))
            .union(AdjustmentReason.meanings.keys.map(ExplanationCatalog.adjustmentReasonID))
            .union(AdjustmentReason.remarks.keys.map(ExplanationCatalog.remarkID))
        let stray = ExplanationCatalog.english.messages.keys.filter { !known.contains($0) }.sorted()
        #expect(stray.isEmpty, "English ids nothing uses: \(stray)")
    }

    @Test("A site's partial catalog lists exactly the ids it lacks, its typos and its lost placeholders")
    func partialCatalogIsReported() {
        var messages = ExplanationCatalog.spanish.messages
        messages["title"] = nil
        messages[ExplanationCatalog.adjustmentReasonID("45")] = nil
        messages["insurance.paid"] = "Su seguro, {payer}, pagó."  // the amount is lost
        messages["insurance.payed"] = "…"  // a typo of an id
        let report = ExplanationCatalog(languageCode: "xx", messages: messages).check()
        #expect(report.missing == ["carc.45", "title"])
        #expect(report.unknown == ["insurance.payed"])
        #expect(report.placeholderMismatches == ["insurance.paid"])
        #expect(!report.isComplete)
    }

    @Test("A message a catalog lacks is printed in English, and the rest stays in the catalog's language")
    func missingMessageFallsBackToEnglish() {
        var messages = ExplanationCatalog.spanish.messages
        messages["owed.heading"] = nil
        let partial = ExplanationCatalog(languageCode: "es", messages: messages)
        let language = ExplanationLanguage(code: "es", siteCatalogs: [partial])
        let text = ExplanationText.render(ExplanationFixtures.insured.facts, language: language)
        #expect(text.contains("WHAT YOU OWE AND WHY"))
        #expect(text.contains("LO QUE HIZO SU SEGURO"))
        #expect(!language.isSubstitute)
    }

    @Test("Placeholders are filled by name, and one with no value is left in braces so the mistake shows")
    func placeholdersFill() {
        #expect(ExplanationCatalog.fill("{payer} paid {amount}.", with: ["payer": "Aetna", "amount": "$1.00"])
            == "Aetna paid $1.00.")
        #expect(ExplanationCatalog.fill("{payer} paid {amout}.", with: ["payer": "Aetna", "amount": "$1.00"])
            == "Aetna paid {amout}.")
        #expect(ExplanationCatalog.fill("open { brace", with: [:]) == "open { brace")
        #expect(ExplanationCatalog.placeholders(in: "{a} and {b} and {a}") == ["a", "b"])
    }

    @Test("Dates are written out in each language", arguments: [
        ("en", "2026-11-20", "November 20, 2026"), ("es", "2026-11-20", "20 de noviembre de 2026"),
        ("en", "2027-01-01", "January 1, 2027"), ("es", "2027-07-29", "29 de julio de 2027"),
    ])
    func datesAreWrittenOut(_ code: String, _ iso: String, _ expected: String) throws {
        let catalog = ExplanationLanguage(code: code).catalog
        #expect(catalog.date(try CalendarDate(parsing: iso)) == expected)
    }

    /// Spanish words a keyboard without accents gets wrong; none may appear without its accent.
    static let unaccented = [
        "numero", "informacion", "codigo", "telefono", "decision", "reclamacion", "apelacion", "mas ", "tambien",
        "medicamente", "ningun ", "envie", "llamenos", "preguntele", "por que:", "como hacerlo", "enviarsela",
        "aprobo", "indico", "anulo", "habia", "todavia", "dia ", "pago {", "periodo",
    ]

    @Test("Spanish words that need an accent carry it (número, información, código, también, pagó…)")
    func spanishKeepsItsAccents() {
        for (id, text) in ExplanationCatalog.spanish.messages {
            let lowered = text.lowercased()
            for word in Self.unaccented {
                #expect(!lowered.contains(word), "\(id): \"\(word)\" needs its accent in: \(text)")
            }
        }
        let paid = ExplanationCatalog.spanish.text(.insurancePaid, ["payer": "Aetna", "amount": "$63.90"])
        #expect(paid == "Su seguro, Aetna, pagó $63.90.")
    }
}
