import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle collections hold add|release|list`: stops on collecting from a guarantor.
struct HoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Put a guarantor's collection on hold (bankruptcy, deceased, dispute, assistance, pending insurance, manual), release it, list holds.",
        subcommands: [Add.self, Release.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place a hold with its reason; it stops what its kind stops until it expires or is released.",
            discussion: """
                Kinds and what they stop:
                  bankruptcy, deceased          everything: statements, letters, calls,
                                                extraordinary actions (no expiry)
                  pending-insurance, gfe-dispute, manual
                                                escalation, extraordinary actions, calls and
                                                letters, late fees
                  financial-assistance          escalation, extraordinary actions, late fees
                Without --expires a hold lasts its kind's default (pending insurance 60 days,
                assistance and disputes 90, manual 30; bankruptcy and deceased until released).

                Example:
                  revcycle collections hold add --guarantor G3 --kind bankruptcy --reason \\
                      "Chapter 7 case 26-10442, notice received"
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "Only this visit of theirs (A7); default: all their visits.") var account: String?
        @Option(help: "bankruptcy, deceased, pending-insurance, financial-assistance, gfe-dispute or manual.") var kind: String
        @Option(help: "Why (3 to 200 characters); kept with the hold.") var reason: String
        @Option(help: "First day of the hold (YYYY-MM-DD; default today).") var starts: String?
        @Option(help: "Last day of the hold (YYYY-MM-DD; default: the kind's usual length).") var expires: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.hold.add", roles: [.collections, .counseling])
            guard let kind = CollectionHoldKind(rawValue: kind) else {
                throw RevCycleError(.invalidInput, "\"\(kind)\" is not a hold kind; expected \(CollectionHoldKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                    at: "--kind")
            }
            let note = try context.requiredNote(reason, option: "--reason")
            let starts = try starts.map { try CalendarDate(parsing: $0) } ?? context.today
            let hold = try expires.map { try CollectionHold(kind: kind, reason: note, startsOn: starts, expiresOn: try CalendarDate(parsing: $0)) }
                ?? CollectionHold(kind: kind, reason: note, startsOn: starts)
            let expires = hold.expiresOn
            let id = try CollectionsStore(database: context.services.database).placeHold(
                guarantor: try GuarantorID(parsing: guarantor), account: try account.map { try AccountID(parsing: $0) }, hold, by: context.actor)
            context.emit(.record([("hold", .text("H\(id)")), ("kind", .text(kind.rawValue)), ("guarantor", .text(guarantor.uppercased())),
                                  ("from", .text(starts.description)), ("until", .text(expires.map { "\($0) (first day without it)" } ?? "released by staff")),
                                  ("stops", .text(kind.stops.sorted { $0.rawValue < $1.rawValue }.map(\.words).joined(separator: "; ")))]))
        }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Release a hold from today on, with the reason.",
            discussion: "Example:\n  revcycle collections hold release H4 --reason \"Dispute resolved: bill \\\n      corrected\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The hold (H4).") var hold: String
        @Option(help: "Why (3 to 200 characters).") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.hold.release", roles: [.collections, .counseling])
            let id = try RecordNumber.parse(hold, prefix: "H", what: "a hold")
            let released = try CollectionsStore(database: context.services.database).releaseHold(
                id, on: context.today, reason: try context.requiredNote(reason, option: "--reason"), by: context.actor)
            context.emit(.record([("hold", .text("H\(id)")), ("kind", .text(released.kind.rawValue)),
                                  ("guarantor", .text(released.guarantor.description)), ("released", .text(context.today.description))]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Holds, newest first, with whether each is in force today.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this guarantor's holds (G3).") var guarantor: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.hold.list", roles: [.collections, .counseling])
            let holds = try CollectionsStore(database: context.services.database).holds(
                site: context.actor.site, guarantor: try guarantor.map { try GuarantorID(parsing: $0) })
            var report = Report(columns: ["hold", "guarantor", "visit", "kind", "from", "until", "in force today", "reason", "placed by"])
            for hold in holds {
                let until = hold.released.map { "released \($0.on)" } ?? hold.expiresOn?.description ?? "until released"
                report.append([.text("H\(hold.id)"), .text(hold.guarantor.description), .text(hold.account?.description ?? "all"),
                               .text(hold.kind.rawValue), .text(hold.startsOn.description), .text(until),
                               .text(hold.isActive(on: context.today) ? "yes" : "no"), .text(hold.reason), .text(hold.placedBy)])
            }
            context.emit(report)
        }
    }
}
