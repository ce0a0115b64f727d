import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle collections worklist [assign]`: guarantors who owe, most urgent first.
struct WorklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worklist",
        abstract: "The collections worklist: guarantors owing at least the site minimum, most urgent first; assign them to staff.",
        discussion: """
            The order comes from the site's collections.priority policy
            (Scripts/default/collections.lua): balance, age, last contact, payment plan
            standing, recent payments and broken promises. Guarantors with a hold that
            stops collection contact are listed last with the hold named.

            Examples:
              revcycle collections worklist --mine
              revcycle collections worklist --unassigned --plan late --format csv
              revcycle collections worklist assign G3 --to jsmith
            """,
        subcommands: [Show.self, Assign.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "List the worklist (the default).")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only guarantors assigned to this user.") var assignee: String?
        @Flag(help: "Only guarantors assigned to you.") var mine = false
        @Flag(help: "Only guarantors nobody is assigned to.") var unassigned = false
        @Option(help: "Only this plan standing: none, current, late or defaulted.") var plan: String?
        @Option(help: "Only patient balances of at least this amount.") var minBalance: String?
        @Option(help: "At most this many rows.") var limit = 200

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.worklist", roles: [.collections])
            let entries = try Worklist(services: context.services, actor: context.actor).entries()
            let minimum = try minBalance.map { try Money(parsing: $0) }
            if let plan, !["none", "current", "late", "defaulted"].contains(plan) {
                throw RevCycleError(.invalidInput, "\"\(plan)\" is not a plan standing; expected none, current, late or defaulted.", at: "--plan")
            }
            let wanted = entries.filter { entry in
                (assignee == nil || entry.assignee == assignee) && (!mine || entry.assignee == context.user.name)
                    && (!unassigned || entry.assignee == nil) && (plan == nil || entry.plan == plan)
                    && (minimum.map { entry.balance.patient >= $0 } ?? true)
            }
            var report = Report(columns: ["guarantor", "priority", "patient owes", "pending insurance", "visits", "oldest service", "last contact",
                                          "plan", "assigned to", "hold", "why"])
            for entry in wanted.prefix(limit) {
                report.append([.text(entry.balance.guarantor.description), .number(entry.priority), .money(entry.balance.patient),
                               .money(entry.balance.insurance), .number(Int64(entry.balance.accounts)), .text(entry.balance.oldestService.description),
                               .text(entry.lastContactDays.map { "\($0) day(s) ago" } ?? "never"), .text(entry.plan),
                               .text(entry.assignee ?? ""), .text(entry.contactHold ?? ""), .text(entry.reason)])
            }
            context.emit(report)
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a guarantor to a collector, or back to the pool with --unassign.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "The RevCycle user who works it.") var to: String?
        @Flag(help: "Back to the unassigned pool.") var unassign = false

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.worklist.assign", roles: [.collections])
            guard (to != nil) != unassign else {
                throw RevCycleError(.invalidInput, "Give either --to <user> or --unassign.", at: "--to")
            }
            if let to {
                guard let user = try context.services.users.user(named: to), user.isActive, user.holds(.collections) else {
                    throw RevCycleError(.invalidInput, "\(to) is not an active user with the collections role.", at: "--to", remedy: "revcycle users list")
                }
            }
            let who = try GuarantorID(parsing: guarantor)
            try CollectionsStore(database: context.services.database).assign(who, to: to, by: context.actor)
            context.emit(.record([("guarantor", .text(who.description)), ("assigned to", .text(to ?? "nobody (the pool)"))]))
        }
    }
}

