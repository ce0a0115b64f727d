import RevCycleCore

/// The words of a bill explanation in one language: every sentence and label, keyed by message id.
///
/// A catalog is data, so a site can supply a third language (or its own Spanish) without code:
/// build one from a dictionary of ids to texts. English is the reference: any message a catalog
/// lacks is taken from English, so a partial translation still prints a whole explanation, and
/// ``check(against:)`` lists what a translation lacks or gets wrong before patients see it.
///
/// Ids are ``ExplanationMessage`` raw values for the fixed sentences, `carc.<code>` for a claim
/// adjustment reason code, `rarc.<code>` for a remark code and `month.<1…12>` for month names.
/// A reason phrase completes "It did not pay $137.00 because …", and a remark phrase completes
/// "Aetna also noted that …".
///
/// ```swift
/// let vietnamese = ExplanationCatalog(languageCode: "vi", messages: siteFile)
/// let report = vietnamese.check()        // missing ids, unknown ids, placeholder mistakes
/// ExplanationCatalog.spanish.text(.insurancePaid, ["payer": "Aetna", "amount": "$63.90"])
/// // "Su seguro, Aetna, pagó $63.90."
/// ```
struct ExplanationCatalog: Sendable, Hashable {
    /// The ISO 639 code of the catalog's language (`en`, `es`, `vi`).
    let languageCode: String
    /// Message id → text.
    let messages: [String: String]

    init(languageCode: String, messages: [String: String]) {
        self.languageCode = languageCode.lowercased()
        self.messages = messages
    }

    // MARK: - Ids

    static func adjustmentReasonID(_ code: String) -> String { "carc.\(code)" }
    static func remarkID(_ code: String) -> String { "rarc.\(code)" }
    static func monthID(_ month: Int) -> String { "month.\(month)" }

    // MARK: - Looking up

    /// The text of `id` in this language, or in English when this catalog lacks it; `nil` when
    /// neither has it (an unknown reason or remark code).
    func lookup(_ id: String) -> String? {
        messages[id] ?? ExplanationCatalog.english.messages[id]
    }

    /// A fixed message with its placeholders filled from `values`.
    func text(_ message: ExplanationMessage, _ values: [String: String] = [:]) -> String {
        Self.fill(lookup(message.rawValue) ?? message.rawValue, with: values)
    }

    /// The words for a claim adjustment reason code, if any catalog has them.
    func adjustmentReason(_ code: String) -> String? { lookup(Self.adjustmentReasonID(code)) }

    /// The words for a remark code, if any catalog has them.
    func remark(_ code: String) -> String? { lookup(Self.remarkID(code)) }

    /// A date written out in this language: `November 20, 2026`, `20 de noviembre de 2026`.
    func date(_ date: CalendarDate) -> String {
        text(.dateFormat, [
            "month": lookup(Self.monthID(date.month)) ?? String(date.month),
            "day": String(date.day),
            "year": String(date.year),
        ])
    }

    // MARK: - Placeholders

    /// `template` with each `{name}` replaced by `values[name]`; a brace pair naming no value is
    /// left as written, so a mistake shows in the text rather than silently dropping words.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return result + rest[open...] }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholder names a template uses, such as `["amount", "payer"]`.
    static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    // MARK: - Checking a translation

    /// What a translation lacks or gets wrong compared with a reference catalog.
    struct Report: Sendable, Hashable {
        /// Ids the reference has and this catalog lacks (English is printed for them).
        var missing: [String]
        /// Ids this catalog has that the reference does not know (typing mistakes, retired ids).
        var unknown: [String]
        /// Ids whose placeholders differ from the reference's (a figure would be lost or left in braces).
        var placeholderMismatches: [String]

        var isComplete: Bool { missing.isEmpty && unknown.isEmpty && placeholderMismatches.isEmpty }
    }

    /// Compares this catalog with `reference` (English unless told), id by id.
    func check(against reference: ExplanationCatalog = .english) -> Report {
        let own = Set(messages.keys)
        let expected = Set(reference.messages.keys)
        let mismatched = own.intersection(expected).filter { id in
            Self.placeholders(in: messages[id] ?? "") != Self.placeholders(in: reference.messages[id] ?? "")
        }
        return Report(
            missing: expected.subtracting(own).sorted(),
            unknown: own.subtracting(expected).sorted(),
            placeholderMismatches: mismatched.sorted())
    }

    // MARK: - Bundled

    /// The catalogs shipped with RevCycle.
    static let bundled: [ExplanationCatalog] = [.english, .spanish]
}
