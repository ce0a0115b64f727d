import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle access payers list|import`: the payers a site bills.
struct PayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payers",
        abstract: "List the site's payers, or import payers from a CSV file.",
        discussion: """
            A site's payers come from `payers:` in config/sites/<site>.yaml; an import adds
            payers (or replaces one of the same code) in the database, audited, without
            rewriting the reviewed config file.
            """,
        subcommands: [List.self, Import.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the site's payers: config entries with imported ones merged over them.",
            discussion: "Examples:\n  revcycle access payers list\n  revcycle access payers list --site urban-amc --format csv")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.payers.list",
                                                  roles: [.access, .billing, .admin])
            let catalog = try context.services.payerCatalog()
            var report = Report(columns: ["code", "name", "payer id", "timely filing days", "claim guide", "phone", "source"])
            for code in catalog.payers.keys.sorted() {
                guard let (payer, source) = catalog.payers[code] else { continue }
                report.append([.text(code.rawValue), .text(payer.name), payer.payerID.map(Report.Cell.text) ?? .empty,
                               .number(Int64(payer.timelyFilingDays)), .text(payer.claimGuide),
                               payer.phone.map { .text($0.description) } ?? .empty, .text(source.rawValue)])
            }
            context.emit(report)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import payers from a CSV file; any bad line imports nothing.",
            discussion: """
                The header must be: code,name,payer_id,timely_filing_days,claim_guide,phone
                Empty timely_filing_days means 365, empty claim_guide means 005010X222A1; phone
                and payer_id may be empty.

                Examples:
                  revcycle access payers import payers.csv --site urban-amc
                  revcycle access payers import /srv/exchange/payer-master.csv
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.payers.import", roles: [.access, .admin])
            let text: String
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
                throw RevCycleError(.notFound, "The file \(file) does not exist or is not UTF-8 text.", at: file)
            }
            let payers = try PayerCSV.parse(text, file: file)
            try AccessStore(database: context.services.database).importPayers(payers, source: (file as NSString).lastPathComponent,
                                                                              by: context.actor)
            context.emit(.record([("imported", .number(Int64(payers.count))), ("site", .text(context.actor.site)),
                                  ("payers", .text(payers.map(\.0.rawValue).joined(separator: ", ")))]))
        }
    }
}
