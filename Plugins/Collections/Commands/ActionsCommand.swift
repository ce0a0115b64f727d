import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle collections actions status|take|reverse`: extraordinary collection actions under 501(r).
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Extraordinary collection actions (501(r)): which are allowed today and why not, take one, reverse one.",
        subcommands: [Status.self, Take.self, Reverse.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per visit: the 501(r) dates, and each extraordinary action allowed today or every reason it is not.",
            discussion: """
                Credit reporting also checks the bureaus' medical-debt rules (nothing under
                $500.00, paid debts never, a year after delinquency) and the state laws that
                forbid it (the patient's or the facility's state).

                Examples:
                  revcycle collections actions status --guarantor G3
                  revcycle collections actions status --account A7 --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "One visit (A7).") var account: String?
        @Option(help: "Every open visit of a guarantor (G3).") var guarantor: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.actions.status", roles: [.collections, .counseling])
            let store = CollectionsStore(database: context.services.database)
            let accounts: [AccountID]
            switch (account, guarantor) {
            case (let account?, nil): accounts = [try AccountID(parsing: account)]
            case (nil, let guarantor?): accounts = try store.visits(of: try GuarantorID(parsing: guarantor), site: context.actor.site)
            default: throw RevCycleError(.invalidInput, "Give either --account or --guarantor.", at: "--account")
            }
            var report = Report(columns: ["visit", "first statement", "no action before", "apply for assistance by", "action", "allowed today",
                                          "why not"])
            for visit in accounts {
                let facts = try store.actionFacts(of: visit, on: context.today, site: context.actor.site)
                let timeline = ExtraordinaryActionRules.timeline(for: facts)
                let credit = try ActionsCommand.creditFacts(visit, facts: facts, context: context)
                for decision in ExtraordinaryActionRules.overview(on: context.today, facts: facts) {
                    let final = decision.kind == .creditReporting
                        ? CreditReportingRules.decide(on: context.today, credit: credit, eca: facts) : decision
                    report.append([.text(visit.description), .text(timeline?.firstStatementDate.description ?? "none yet"),
                                   .text(timeline?.earliestActionDate.description ?? ""), .text(timeline?.applicationPeriodEnds.description ?? ""),
                                   .text(final.kind.rawValue), .text(final.isAllowed ? "yes" : "no"),
                                   .text(final.reasons.map { "\($0.rule): \($0.message)" }.joined(separator: " | "))])
                }
            }
            try context.auditRead("collections.actions.status", account: accounts.first, detail: accounts.map(\.description).joined(separator: " "))
            context.emit(report)
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an extraordinary action taken on a visit; refused, with every rule's name, when 501(r) or the credit rules forbid it.",
            discussion: """
                Kinds: credit-reporting, sale-of-debt, lawsuit, lien, wage-garnishment,
                deferring-care.

                Example:
                  revcycle collections actions take --account A7 --kind credit-reporting \\
                      --detail "Reported by Acme Recovery, ref 88120"
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The visit (A7).") var account: String
        @Option(help: "The kind of action.") var kind: String
        @Option(help: "What was done, by whom, with which reference (3 to 200 characters).") var detail: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.actions.take", roles: [.collections])
            guard let kind = ExtraordinaryActionKind(rawValue: kind) else {
                throw RevCycleError(.invalidInput, "\"\(kind)\" is not an extraordinary action; expected \(ExtraordinaryActionKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                    at: "--kind")
            }
            let visit = try AccountID(parsing: account)
            let note = try context.requiredNote(detail, option: "--detail", saying: "what was done")
            let store = CollectionsStore(database: context.services.database)
            let credit = try ActionsCommand.creditFacts(visit, facts: try store.actionFacts(of: visit, on: context.today, site: context.actor.site),
                                                        context: context)
            let id = try store.takeAction(kind, on: visit, day: context.today, detail: note, extraRefusals: { facts in
                guard kind == .creditReporting else { return [] }
                let decision = CreditReportingRules.decide(on: context.today, credit: credit, eca: facts)
                let base = ExtraordinaryActionRules.status(of: kind, on: context.today, facts: facts)
                return decision.reasons.filter { reason in !base.reasons.contains(reason) }
            }, by: context.actor)
            context.emit(.record([("action", .text("X\(id)")), ("visit", .text(visit.description)), ("kind", .text(kind.rawValue)),
                                  ("taken on", .text(context.today.description))]))
        }
    }

    struct Reverse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that an extraordinary action was undone (after an assistance approval, a payment, an error).",
            discussion: "Example:\n  revcycle collections actions reverse X3 --reason \"Assistance approved: \\\n      bureau asked to delete the tradeline\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The action (X3).") var action: String
        @Option(help: "Why and how it was undone (3 to 200 characters).") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.actions.reverse", roles: [.collections, .counseling])
            let id = try RecordNumber.parse(action, prefix: "X", what: "an extraordinary action")
            let reversed = try CollectionsStore(database: context.services.database).reverseAction(
                id, on: context.today, reason: try context.requiredNote(reason, option: "--reason"), by: context.actor)
            context.emit(.record([("action", .text("X\(id)")), ("visit", .text(reversed.account.description)),
                                  ("kind", .text(reversed.action.kind.rawValue)), ("reversed on", .text(context.today.description))]))
        }
    }

    /// The credit-reporting facts of a visit: delinquent since the first statement's due date; the
    /// patient's state from registration and the facility's from the site file.
    static func creditFacts(_ account: AccountID, facts: ExtraordinaryActionFacts, context: CommandContext) throws -> CreditReportingFacts {
        let settings = try StatementSettings(site: context.services.site)
        let encounter = try context.services.patients.account(account, by: context.actor)
        let state = try? context.services.demographics(of: encounter.patient, by: context.actor)?.address?.state.rawValue
        return CreditReportingFacts(delinquentSince: facts.firstStatementDate?.adding(days: settings.dueDays), serviceDate: encounter.serviceDate,
                                    patientState: state ?? nil, facilityState: context.services.site.facility?.address.state.rawValue)
    }
}
