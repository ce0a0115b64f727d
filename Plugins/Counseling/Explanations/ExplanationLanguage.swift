import RevCycleCore

/// The language an explanation is written in, chosen from the patient's preferred language.
///
/// The patient's language code may carry a region or be a three-letter code (`es-MX`, `es_US`,
/// `spa`): only the language counts, because one Spanish catalog serves every region. A site's
/// own catalogs come before the bundled English and Spanish ones. When no catalog has the
/// language, the explanation is in English and opens with a note offering free help in the
/// patient's language (``unavailableRequest`` says what was asked, for staff to follow up).
///
/// ```swift
/// ExplanationLanguage(code: "es-MX").catalog.languageCode       // "es"
/// ExplanationLanguage(code: "vi").unavailableRequest             // "vi": English, with the note
/// ExplanationLanguage(code: "vi", siteCatalogs: [vietnamese])    // the site's Vietnamese
/// ```
struct ExplanationLanguage: Sendable, Hashable {
    /// The catalog the explanation is written from.
    let catalog: ExplanationCatalog
    /// The code the patient asked for when no catalog has it; `nil` when it was honoured or none was asked.
    let unavailableRequest: String?

    static let english = ExplanationLanguage(catalog: .english, unavailableRequest: nil)
    static let spanish = ExplanationLanguage(catalog: .spanish, unavailableRequest: nil)

    private init(catalog: ExplanationCatalog, unavailableRequest: String?) {
        self.catalog = catalog
        self.unavailableRequest = unavailableRequest
    }

    /// The language for a patient's preferred-language code (`en`, `es`, `es-MX`, `spa`); English
    /// when there is none on file, and English with a note when no catalog has it.
    init(code: String?, siteCatalogs: [ExplanationCatalog] = []) {
        let requested = (code ?? "").trimmingWhitespace()
        guard !requested.isEmpty else {
            self = .english
            return
        }
        let available = siteCatalogs + ExplanationCatalog.bundled
        if let language = Self.primaryLanguage(of: requested),
           let catalog = available.first(where: { $0.languageCode == language }) {
            self.init(catalog: catalog, unavailableRequest: nil)
        } else {
            self.init(catalog: .english, unavailableRequest: requested)
        }
    }

    /// Whether the explanation is in English only because the patient's language has no catalog.
    var isSubstitute: Bool { unavailableRequest != nil }

    /// Three-letter codes of the bundled languages, as some registration systems store them.
    private static let threeLetterAliases = ["eng": "en", "spa": "es"]

    /// `es` for `es-MX`, `ES_us` or `spa`; `nil` when the first part is not an ISO 639 code.
    static func primaryLanguage(of code: String) -> String? {
        let first = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let language = try? LanguageCode(parsing: first) else { return nil }
        return threeLetterAliases[language.rawValue] ?? language.rawValue
    }
}

extension String {
    /// The text without leading and trailing white space (Core's own helper is internal to it).
    fileprivate func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
