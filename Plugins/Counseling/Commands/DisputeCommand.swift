import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle counseling dispute file|resolve|list` and `revcycle counseling estimate compare`: a
/// self-pay bill against its good-faith estimate, and the patient-provider disputes of the No
/// Surprises Act (45 CFR 149.620). A filed dispute holds collection of the visit until it is resolved.
struct DisputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Good-faith-estimate disputes: file one (a bill at least $400 above the estimate, within 120 days), resolve it, list them.",
        subcommands: [File.self, Resolve.self, List.self])

    struct File: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a patient's dispute of one provider's bill; collections holds the visit until it is resolved.",
            discussion: """
                The provider's billed total on the visit must be at least $400.00 above its
                total on the good-faith estimate, and the dispute filed within 120 days of the
                day the bill was flagged (the day the patient was told of the right to
                dispute). Otherwise it is refused with the rule's reason.

                Examples:
                  revcycle counseling dispute file --account A7 --provider 1003000126
                  revcycle counseling dispute file --account A7 --provider 1003000126 --date \\
                      2026-03-02
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The visit (A7).") var account: String
        @Option(help: "The NPI of the provider or facility whose bill is disputed.") var provider: String
        @Option(help: "The day the patient started the dispute (YYYY-MM-DD; default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.dispute.file", roles: [.counseling])
            let accountID = try AccountID(parsing: account)
            let npi = try NationalProviderID(parsing: provider, field: "--provider")
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            guard day <= context.today else {
                throw RevCycleError(.invalidInput, "A dispute cannot be filed on \(day), after today (\(context.today)).", at: "--date")
            }
            let review = EstimateReview(services: context.services)
            let (dispute, event) = try CounselingStore(database: context.services.database).fileDispute(
                account: accountID, provider: npi, on: day, by: context.actor) { visit in
                guard let comparison = review.comparisons(visit).first(where: { $0.npi == npi }) else {
                    throw RevCycleError(.notFound, "Provider \(npi) is not on good-faith estimate \(visit.estimate) and has not billed \(accountID).",
                                        at: "--provider", remedy: "revcycle counseling estimate compare \(accountID)")
                }
                let filed = try EstimateDispute(comparison: comparison, initialBillDate: review.billDate(of: npi, in: visit, filingOn: day),
                                                filedOn: day)
                return CounselingStore.DisputeTerms(estimated: comparison.estimated, billed: comparison.billed, billDate: filed.initialBillDate)
            }
            EventDelivery(services: context.services).deliver([event])
            DisputeCommand.emit(dispute, review: review, context: context)
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record how a dispute ended; collections releases the hold on the visit.",
            discussion: """
                Example:
                  revcycle counseling dispute resolve D4 --outcome "Bill reduced to the \\
                      estimate plus $400"
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The dispute (D4).") var dispute: String
        @Option(help: "What was decided (3 to 200 characters).") var outcome: String

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.dispute.resolve", roles: [.counseling])
            let id = try DisputeCommand.number(dispute)
            let note = try context.requiredNote(outcome, option: "--outcome", saying: "the outcome")
            let (resolved, event) = try CounselingStore(database: context.services.database).resolveDispute(
                id, outcome: note, on: context.today, by: context.actor)
            EventDelivery(services: context.services).deliver([event])
            DisputeCommand.emit(resolved, review: EstimateReview(services: context.services), context: context)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disputes, newest first, open or resolved.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this visit's disputes (A7).") var account: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.dispute.list",
                                                  roles: [.counseling, .collections, .billing])
            let accountID = try account.map { try AccountID(parsing: $0) }
            let disputes = try CounselingStore(database: context.services.database).disputes(site: context.actor.site, account: accountID)
            var report = Report(columns: ["dispute", "visit", "guarantor", "provider", "estimated", "billed", "over", "bill date", "filed",
                                          "status", "outcome"])
            for dispute in disputes {
                report.append([.text(dispute.number), .text(dispute.account.description), .text(dispute.guarantor.description),
                               .text(dispute.provider.digits), .money(dispute.estimated), .money(dispute.billed), .money(dispute.excess),
                               .text(dispute.billDate.description), .text(dispute.filedOn.description),
                               .text(dispute.resolvedOn.map { "resolved \($0)" } ?? "open"), .text(dispute.outcome ?? "")])
            }
            try context.auditRead("counseling.dispute.list", account: accountID, detail: account ?? "all")
            context.emit(report)
        }
    }

    /// `D4` or `4` → 4.
    static func number(_ text: String) throws -> Int64 {
        try RecordNumber.parse(text, prefix: "D", what: "a dispute")
    }

    static func emit(_ dispute: CounselingStore.Dispute, review: EstimateReview, context: CommandContext) {
        context.emit(.record([
            ("dispute", .text(dispute.number)), ("visit", .text(dispute.account.description)), ("guarantor", .text(dispute.guarantor.description)),
            ("provider", .text("\(review.providerName(dispute.provider)) (NPI \(dispute.provider))")),
            ("estimated", .money(dispute.estimated)), ("billed", .money(dispute.billed)), ("over the estimate", .money(dispute.excess)),
            ("bill date", .text(dispute.billDate.description)), ("filed", .text(dispute.filedOn.description)),
            ("status", .text(dispute.resolvedOn.map { "resolved \($0): \(dispute.outcome ?? "")" }
                ?? "open: collection of \(dispute.account) is held and late fees stop until it is resolved")),
        ]))
    }
}

extension DisputeCommand {
    /// `revcycle counseling estimate compare A7`: the visit's bill per provider against its good-faith estimate.
    struct Estimates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "estimate",
            abstract: "Good-faith estimates kept from patient access: compare a visit's bill with its estimate, provider by provider.",
            subcommands: [Compare.self])
    }

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each provider's billed total on a visit against its total on the good-faith estimate, and whether the patient may dispute.",
            discussion: """
                A provider billed at least $400.00 above its estimate is flagged once, on the
                day it first is: counseling gets a task and the patient a notice of the right
                to dispute within 120 days. The latest estimate issued for the appointment
                counts.

                Example:
                  revcycle counseling estimate compare A7
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The visit (A7).") var account: String

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.estimate.compare",
                                                  roles: [.counseling, .collections, .billing])
            let accountID = try AccountID(parsing: account)
            let store = CounselingStore(database: context.services.database)
            guard let visit = try store.goodFaithVisit(accountID, site: context.actor.site) else {
                throw RevCycleError(.notFound, "Visit \(accountID) has no good-faith estimate (one is kept when patient access issues it for a "
                                    + "self-pay appointment that is then checked in).", remedy: "revcycle access estimate create V3")
            }
            try context.auditRead("counseling.estimate.compare", patient: visit.patient, account: accountID, detail: "estimate \(visit.estimate)")
            let review = EstimateReview(services: context.services)
            var report = Report(columns: ["provider", "npi", "estimated", "billed", "difference", "status"])
            for comparison in review.comparisons(visit) {
                report.append([.text(comparison.providerName), .text(comparison.npi.digits), .money(comparison.estimated), .money(comparison.billed),
                               .money(comparison.excess), .text(Self.status(comparison, visit: visit, review: review, today: context.today))])
            }
            if context.format == .table {
                print("Good-faith estimate \(visit.estimate) for \(visit.appointment), issued \(visit.issuedOn); visit \(visit.account) "
                      + "(guarantor \(visit.guarantor)) on \(visit.serviceDate).")
            }
            context.emit(report)
            if context.format == .table {
                for notice in try store.notices(application: nil, guarantor: visit.guarantor)
                where notice.kind == "gfe-dispute-right" && notice.text.contains("(account \(visit.account))") {
                    print("\n--- \(notice.kind) notice, \(notice.sentOn) ---\n\(notice.text)")
                }
            }
        }

        static func status(_ comparison: EstimateComparison, visit: CounselingStore.GoodFaithVisit, review: EstimateReview,
                           today: CalendarDate) -> String {
            if let dispute = visit.disputes.first(where: { $0.provider == comparison.npi }) {
                return "disputed \(dispute.number) on \(dispute.filedOn)" + (dispute.resolvedOn.map { ", resolved \($0): \(dispute.outcome ?? "")" } ?? " (open)")
            }
            if let flag = visit.flags[comparison.npi] {
                let last = review.rule.lastDayToDispute(billedOn: flag.flaggedOn)
                return "flagged \(flag.flaggedOn): " + (today <= last ? "the patient may dispute until \(last)" : "the window to dispute closed \(last)")
            }
            if comparison.isSubstantiallyInExcess { return "at least \(review.rule.threshold) above the estimate: the patient may dispute" }
            return (comparison.wasOnEstimate ? "" : "not on the estimate; ") + "below the \(review.rule.threshold) dispute threshold"
        }
    }
}
