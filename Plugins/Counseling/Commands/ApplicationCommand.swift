import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle counseling screen` and `revcycle counseling application …`: financial assistance from a
/// quick screening to a determination.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen a household against the site's assistance policy: percent of the poverty line, tier and discount, with the reasons.",
        discussion: """
            Nothing is recorded: screening is a conversation. Income is the household's
            yearly income; the state picks the poverty table (Alaska and Hawaii have their
            own); the site's adopted guideline year on the day applies.

            Example:
              revcycle counseling screen --household 4 --income 66000.00 --state IL
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "People in the household (1 to 20).") var household: Int
    @Option(help: "The household's yearly income.") var income: String
    @Option(help: "The state where the household lives (IL, AK, HI, ...).") var state: String
    @Option(help: "Countable assets, when the site has an asset test.") var assets: String?

    func run() throws {
        let context = try CommandContext.open(options, module: "counseling", action: "counseling.screen", roles: [.counseling, .access, .collections])
        let settings = try CounselingSettings(site: context.services.site)
        let decision = try settings.policy.decide(income: try Money(parsing: income), household: try HouseholdSize(household),
                                                  state: try StateCode(parsing: state, field: "--state"),
                                                  assets: try assets.map { try Money(parsing: $0) }, on: context.today)
        var report = Report(columns: ["step"])
        for reason in decision.reasons { report.append([.text(reason)]) }
        context.emit(report)
        FileHandle.standardError.write(Data((decision.isEligible
            ? "Likely eligible: \(Money(cents: decision.discountBasisPoints).plainText)% assistance. Take an application: revcycle counseling application receive ...\n"
            : "Not eligible under the site's policy on income; a payment plan or presumptive eligibility may still help.\n").utf8))
    }
}

struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application",
        abstract: "Financial-assistance applications: receive, documents, decide, presumptive eligibility, list, show.",
        subcommands: [Receive.self, Documents.self, Decide.self, Presumptive.self, List.self, Show.self])

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an application with what the household declared and the documents that came with it.",
            discussion: """
                Missing documents make it incomplete: a notice lists them with the deadline
                (parameters.counseling.fa_complete_days). Either way collections is told at
                once (counseling.fa.application.received) and holds the guarantor's accounts:
                no escalation and no extraordinary collection action while the application is
                open.

                Example:
                  revcycle counseling application receive --guarantor G3 --household 4 \\
                      --income 66000.00 --state IL \\
                    --documents proof-of-income,photo-id
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "People in the household (1 to 20).") var household: Int
        @Option(help: "The household's yearly income.") var income: String
        @Option(help: "The state where the household lives.") var state: String
        @Option(help: "Countable assets, when the site has an asset test.") var assets: String?
        @Option(help: "The documents received with it, comma-separated.") var documents: String = ""
        @Option(help: "The day it was received (default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.receive", roles: [.counseling])
            let settings = try CounselingSettings(site: context.services.site)
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let size = try HouseholdSize(household)
            let stateCode = try StateCode(parsing: state, field: "--state")
            let declared = try Money(parsing: income)
            guard !declared.isNegative else { throw RevCycleError(.invalidInput, "Income cannot be negative.", at: "--income") }
            let given = documents.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let unknown = given.first(where: { !settings.documents.contains($0) }) {
                throw RevCycleError(.invalidInput, "\"\(unknown)\" is not a document the site asks for; expected \(settings.documents.joined(separator: ", ")).",
                                    at: "--documents")
            }
            let completeBy = day.adding(days: settings.completeDays)
            let facility = context.services.site.facility?.name ?? context.services.site.name
            let (application, event) = try CounselingStore(database: context.services.database).receive(
                guarantor: try GuarantorID(parsing: guarantor), receivedOn: day, household: size.people, income: declared,
                state: stateCode.rawValue, assets: try assets.map { try Money(parsing: $0) }, presumptive: nil, required: settings.documents,
                documents: given, completeBy: completeBy,
                notice: { ("received", AssistanceNotices.received($0, facility: facility, completeBy: completeBy)) }, by: context.actor)
            EventDelivery(services: context.services).deliver([event])
            try ApplicationCommand.emit(application, context: context)
        }
    }

    struct Documents: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record documents received; the last missing one completes the application (collections is told).",
            discussion: "Example:\n  revcycle counseling application documents FA3 --received household-members")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The application (FA3).") var application: String
        @Option(help: "The documents received, comma-separated.") var received: String
        @Option(help: "The day they arrived (default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.documents", roles: [.counseling])
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let names = received.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw RevCycleError(.invalidInput, "Name at least one document.", at: "--received") }
            let (updated, event) = try CounselingStore(database: context.services.database).receiveDocuments(
                try ApplicationCommand.number(application), documents: names, on: day, by: context.actor)
            if let event { EventDelivery(services: context.services).deliver([event]) }
            try ApplicationCommand.emit(updated, context: context)
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide a complete application by the site's policy; an approval posts the charity adjustments and tells collections.",
            discussion: """
                The policy places the household by income as percent of the poverty line (and
                assets, with an asset test). An approval covers the guarantor's visits from
                parameters.counseling.fa_lookback_days before the application on: on each, the
                patient's share (what they owe plus what they paid) is discounted (the site's
                counseling.fa.discount policy has the last word) and capped at AGB when the
                site adopted one; the rest is a charity adjustment, and what they paid above
                their new share becomes a credit that collections refunds (from $5.00).
                Collections reverses extraordinary actions and releases its hold.

                Example:
                  revcycle counseling application decide FA3
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The application (FA3).") var application: String
        @Option(help: "The day of the decision (default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.decide", roles: [.counseling])
            let settings = try CounselingSettings(site: context.services.site)
            let store = CounselingStore(database: context.services.database)
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let current = try store.application(try ApplicationCommand.number(application), site: context.actor.site)
            guard current.status(on: day) == "complete" else {
                throw RevCycleError(.conflict, "\(current.number) is \(current.status(on: day)); only a complete application is decided.",
                                    remedy: current.missingDocuments.isEmpty ? nil
                                        : "record the missing documents: \(current.missingDocuments.joined(separator: ", "))")
            }
            let decision = try settings.policy.decide(income: current.annualIncome, household: try HouseholdSize(current.householdSize),
                                                      state: try StateCode(parsing: current.state), assets: current.assets, on: day)
            let outcome = try Determination(context: context, settings: settings).record(
                current, approved: decision.isEligible, discountBasisPoints: decision.discountBasisPoints,
                percentOfPoverty: decision.percentOfPovertyBasisPoints, reasons: decision.reasons, on: day)
            context.emit(outcome)
        }
    }

    struct Presumptive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve assistance without a full application when the site's policy presumes eligibility (Medicaid, SNAP, homeless, ...).",
            discussion: """
                The site's counseling.fa.presumptive policy decides; the patient is told they
                may still apply for more.

                Examples:
                  revcycle counseling application presumptive --guarantor G3 --reason medicaid
                  revcycle counseling application presumptive --guarantor G3 --reason \\
                      estimated-income --household 3 --income 30000.00 --state IL
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "medicaid, homeless, snap, wic, other-program, estimated-income or deceased-no-estate.") var reason: String
        @Option(help: "People in the household, when known.") var household: Int?
        @Option(help: "Estimated yearly income, when known.") var income: String?
        @Option(help: "The state where the household lives.") var state: String = "IL"

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.presumptive", roles: [.counseling])
            let reasons = ["medicaid", "homeless", "snap", "wic", "other-program", "estimated-income", "deceased-no-estate"]
            guard reasons.contains(reason) else {
                throw RevCycleError(.invalidInput, "\"\(reason)\" is not a presumptive reason; expected \(reasons.joined(separator: ", ")).", at: "--reason")
            }
            let settings = try CounselingSettings(site: context.services.site)
            let who = try GuarantorID(parsing: guarantor)
            let stateCode = try StateCode(parsing: state, field: "--state")
            let estimate = try income.map { try Money(parsing: $0) }
            var level: AssistanceDecision?
            if let estimate, let household {
                level = try settings.policy.decide(income: estimate, household: try HouseholdSize(household), state: stateCode, assets: nil,
                                                   on: context.today)
            }
            let owes = try context.services.ledger.balances(ofGuarantor: who, by: context.actor).values.reduce(Money.zero) { $0 + max($1.patient, .zero) }
            let verdict = try context.services.decide("counseling.fa.presumptive", payload: [
                "guarantor": .string(who.description), "reason": .string(reason), "household_size": .integer(Int64(household ?? 0)),
                "percent_of_poverty_basis_points": .integer(level?.percentOfPovertyBasisPoints ?? -1), "patient_owes_cents": .integer(owes.cents),
            ])
            let note = verdict["note"]?.stringValue ?? ""
            guard verdict["eligible"]?.boolValue == true else {
                throw RevCycleError(.conflict, "Not presumed eligible (\(note.isEmpty ? reason : note)).",
                                    remedy: "take a full application: revcycle counseling application receive --guarantor \(who) ...")
            }
            let discount = verdict["discount_basis_points"]?.integerValue ?? 10_000
            let facility = context.services.site.facility?.name ?? context.services.site.name
            let store = CounselingStore(database: context.services.database)
            let (application, event) = try store.receive(
                guarantor: who, receivedOn: context.today, household: max(household ?? 1, 1), income: estimate ?? .zero, state: stateCode.rawValue,
                assets: nil, presumptive: reason, required: [], documents: [], completeBy: nil,
                notice: { ("presumptive", AssistanceNotices.presumptive($0, facility: facility)) }, by: context.actor)
            EventDelivery(services: context.services).deliver([event])
            let outcome = try Determination(context: context, settings: settings).record(
                application, approved: true, discountBasisPoints: discount, percentOfPoverty: level?.percentOfPovertyBasisPoints ?? -1,
                reasons: ["presumed eligible (\(reason))" + (note.isEmpty ? "" : ": \(note)")], on: context.today)
            context.emit(outcome)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Applications with their status today.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this guarantor's applications (G3).") var guarantor: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.list", roles: [.counseling])
            var report = Report(columns: ["application", "guarantor", "received", "household", "status", "since", "missing", "discount"])
            for application in try CounselingStore(database: context.services.database).applications(
                site: context.actor.site, guarantor: try guarantor.map { try GuarantorID(parsing: $0) }) {
                report.append([.text(application.number), .text(application.guarantor.description), .text(application.receivedOn.description),
                               .number(Int64(application.householdSize)), .text(application.status(on: context.today)),
                               .text(application.statusOn.description), .text(application.missingDocuments.joined(separator: ", ")),
                               .text(application.determination.map { "\(Money(cents: $0.discount).plainText)%" } ?? "")])
            }
            try context.auditRead("counseling.application.list", detail: guarantor ?? "all")
            context.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One application, its documents, its determination and every notice sent.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The application (FA3).") var application: String

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.application.show", roles: [.counseling])
            let store = CounselingStore(database: context.services.database)
            let current = try store.application(try ApplicationCommand.number(application), site: context.actor.site)
            try context.auditRead("counseling.application.show", detail: current.number)
            try ApplicationCommand.emit(current, context: context)
            if context.format == .table {
                for notice in try store.notices(application: current.id, guarantor: nil) {
                    print("\n--- \(notice.kind) notice, \(notice.sentOn) ---\n\(notice.text)")
                }
            }
        }
    }

    static func number(_ text: String) throws -> Int64 {
        try RecordNumber.parse(text, prefix: "FA", what: "an assistance application")
    }

    static func emit(_ application: CounselingStore.Application, context: CommandContext) throws {
        context.emit(.record([
            ("application", .text(application.number)), ("guarantor", .text(application.guarantor.description)),
            ("received", .text(application.receivedOn.description)), ("household", .number(Int64(application.householdSize))),
            ("income", .money(application.annualIncome)), ("state", .text(application.state)),
            ("status", .text(application.status(on: context.today))), ("since", .text(application.statusOn.description)),
            ("documents", .text(application.requiredDocuments.map { application.documents[$0] == nil ? "\($0) (missing)" : $0 }.joined(separator: ", "))),
            ("complete by", .text(application.completeBy?.description ?? "")),
            ("decision", .text(application.determination.map { ($0.approved ? "approved " : "denied ") + $0.reasons } ?? "")),
        ]))
    }
}
