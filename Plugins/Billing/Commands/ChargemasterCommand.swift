import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle billing chargemaster list|import`: the site's price list.
struct ChargemasterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chargemaster",
        abstract: "Show the site's chargemaster, or import a new one from CSV (all or nothing, the old one kept).",
        subcommands: [List.self, Import.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the chargemaster: code, description, service type, revenue code, price.",
            discussion: "Example:\n  revcycle billing chargemaster list --format csv")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.chargemaster.list",
                                                  roles: [.billing, .access, .counseling, .analyst])
            var report = Report(columns: ["code", "description", "service type", "revenue code", "price"])
            for item in try context.services.chargemaster().items.values.sorted(by: { $0.code < $1.code }) {
                report.append([.text(item.code), .text(item.description), .text(item.serviceType), .text(item.revenueCode ?? ""), .money(item.price)])
            }
            context.emit(report)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the chargemaster with a CSV (code,description,service_type,revenue_code,price).",
            discussion: """
                Every line is checked first (code format, price, revenue code, duplicates); any
                problem imports nothing and lists every bad line. The previous file is kept
                beside the new one as <file>.<time>.bak, and the change is audited with what
                was added, changed and removed.

                Example:
                  revcycle billing chargemaster import cdm-2027.csv
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.chargemaster.import", roles: [.billing, .admin])
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw RevCycleError(.notFound, "The file \(file) does not exist or is not UTF-8 text.")
            }
            let (new, old, backup) = try context.services.replaceChargemaster(with: text, shownAs: URL(fileURLWithPath: file).lastPathComponent)
            let before = old?.items ?? [:]
            let added = new.items.keys.filter { before[$0] == nil }.count
            let removed = before.keys.filter { new.items[$0] == nil }.count
            let changed = new.items.filter { code, item in before[code].map { $0 != item } ?? false }.count
            try context.services.audit.record(action: "billing.chargemaster.import", outcome: .allowed, patient: nil, account: nil,
                                              detail: "\(new.items.count) codes from \(file): \(added) added, \(changed) changed, \(removed) removed; backup \(backup ?? "none")",
                                              by: context.actor)
            context.emit(.record([("codes", .number(Int64(new.items.count))), ("added", .number(Int64(added))),
                                  ("changed", .number(Int64(changed))), ("removed", .number(Int64(removed))),
                                  ("previous file kept as", .text(backup ?? "(none)"))]))
        }
    }
}
