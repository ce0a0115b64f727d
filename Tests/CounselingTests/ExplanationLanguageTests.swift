import RevCycleCore
import Testing
@testable import Counseling

/// Choosing the explanation's language from the patient's preferred-language code.
struct ExplanationLanguageTests {
    @Test("A language code picks its catalog whatever its region or spelling", arguments: [
        ("en", "en"), ("EN", "en"), ("en-US", "en"), ("eng", "en"),
        ("es", "es"), ("es-MX", "es"), ("es_US", "es"), ("ES-419", "es"), (" spa ", "es"),
    ])
    func codePicksCatalog(_ code: String, _ expected: String) {
        let language = ExplanationLanguage(code: code)
        #expect(language.catalog.languageCode == expected)
        #expect(!language.isSubstitute, "\(code) should be honoured")
    }

    @Test("No language on file means English, with no note")
    func noLanguageIsEnglish() {
        for code in [nil, "", "  "] as [String?] {
            let language = ExplanationLanguage(code: code)
            #expect(language.catalog.languageCode == "en")
            #expect(language.unavailableRequest == nil)
        }
    }

    @Test("A language with no catalog, or a code that is not one, gives English with the note offering free help",
          arguments: ["vi", "hmn", "zh-Hant", "x1", "klingon"])
    func unknownLanguageIsEnglishWithNote(_ code: String) {
        let language = ExplanationLanguage(code: code)
        #expect(language.catalog.languageCode == "en")
        #expect(language.unavailableRequest == code)
        let text = ExplanationText.render(ExplanationFixtures.insured.facts, language: language)
        #expect(text.contains("We do not have this explanation in your language yet, so it is in English."))
        let plain = ExplanationText.render(ExplanationFixtures.insured.facts, language: .english)
        #expect(!plain.contains("We do not have this explanation in your language"))
    }

    @Test("A site's catalog supplies a third language, and a site's own Spanish comes before the bundled one")
    func siteCatalogsComeFirst() {
        let vietnamese = ExplanationCatalog(languageCode: "vi", messages: ["title": "Giải thích hóa đơn của bạn"])
        let language = ExplanationLanguage(code: "vi-VN", siteCatalogs: [vietnamese])
        #expect(language.catalog.languageCode == "vi")
        #expect(!language.isSubstitute)
        let text = ExplanationText.render(ExplanationFixtures.insured.facts, language: language)
        #expect(text.hasPrefix("GIẢI THÍCH HÓA ĐƠN CỦA BẠN\n"))
        #expect(text.contains("WHAT WAS CHARGED"), "the messages Vietnamese lacks are printed in English")

        let siteSpanish = ExplanationCatalog(languageCode: "es", messages: ["title": "Explicación de su factura"])
        let spanish = ExplanationLanguage(code: "es", siteCatalogs: [siteSpanish])
        #expect(ExplanationText.render(ExplanationFixtures.insured.facts, language: spanish)
            .hasPrefix("EXPLICACIÓN DE SU FACTURA\n"))
    }
}
