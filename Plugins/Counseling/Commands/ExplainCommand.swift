import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle counseling explain A7`: a visit's bill in plain words, in the patient's language.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a visit's bill in plain language: what was charged, what insurance paid and why, what the patient owes and why, and their options.",
        discussion: """
            Written in the patient's preferred language from registration when the site has
            the text (English and Spanish are bundled); --language overrides it. The
            figures come from the ledger and the payers' answers; an explanation whose
            figures do not add up is refused rather than printed.

            Examples:
              revcycle counseling explain A7
              revcycle counseling explain A7 --language es
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The visit (encounter account, A7).") var account: String
    @Option(help: "A language code (en, es) instead of the patient's preferred language.") var language: String?

    func run() throws {
        let context = try CommandContext.open(options, module: "counseling", action: "counseling.explain",
                                              roles: [.counseling, .collections, .billing, .access])
        let settings = try CounselingSettings(site: context.services.site)
        let record = try CounselingStore(database: context.services.database).visitRecord(
            try AccountID(parsing: account), site: context.actor.site, lookBackDays: settings.lookBackDays)
        try context.auditRead("counseling.explain", patient: record.patient, account: record.account)
        let facts = try ExplanationFactsBuilder(context: context).facts(record)
        if let problem = facts.discrepancies.first {
            throw RevCycleError(.integrity, "\(record.account) cannot be explained: its figures do not add up. \(problem)",
                                remedy: "check the visit's postings with revcycle ledger show \(record.account)")
        }
        let preferred = try? context.services.demographics(of: record.patient, by: context.actor)?.preferredLanguage?.rawValue
        print(ExplanationText.render(facts, language: ExplanationLanguage(code: language ?? preferred ?? nil)), terminator: "")
    }
}
