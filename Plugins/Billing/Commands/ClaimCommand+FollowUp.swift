import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

extension ClaimCommand {
    /// `revcycle billing claim correct|void|appeal`: what a biller does after a payer's answer.
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace an adjudicated claim (frequency 7): the same lines as corrected now, the payer's claim number in REF*F8.",
            discussion: """
                Fix what the denial named first (diagnoses, modifiers, the charge lines), then:
                  revcycle billing claim correct RC12 --reason "added modifier 25 per CO-4"
                  revcycle billing claim scrub RC13 && revcycle billing claim submit
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The claim (RC12).") var claim: String
        @Option(help: "What was corrected (kept in the claim's history).") var reason: String

        func run() throws {
            try ClaimCommand.supersede(claim, with: .replacement, reason: reason, options: options, action: "billing.claim.correct")
        }
    }

    struct Void: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "Void an adjudicated claim (frequency 8): the payer takes back what it paid on it.",
            discussion: "Example:\n  revcycle billing claim void RC12 --reason \"billed to the wrong patient\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The claim (RC12).") var claim: String
        @Option(help: "Why (kept in the claim's history).") var reason: String

        func run() throws {
            try ClaimCommand.supersede(claim, with: .void, reason: reason, options: options, action: "billing.claim.void")
        }
    }

    struct Appeal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a denied or partly paid claim is appealed to the payer, with the appeal's note.",
            discussion: "Example:\n  revcycle billing claim appeal RC12 --note \"medical records sent, ref \\\n      APL-2291\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The claim (RC12).") var claim: String
        @Option(help: "What was sent and its reference.") var note: String

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.appeal", roles: [.billing])
            let text = try context.requiredNote(note, option: "--note", saying: "a note of what was sent")
            let id = try ClaimCommand.parseID(claim)
            let store = BillingStore(database: context.services.database)
            guard [.denied, .partiallyPaid].contains(try store.claim(id, site: context.actor.site).state) else {
                throw RevCycleError(.conflict, "Only a denied or partly paid claim is appealed; \(claim.uppercased()) is not.")
            }
            let appealed = try store.transition(id, to: .appealed, reason: "appeal: \(text)", by: context.actor)
            context.emit(.record(zip(ClaimCommand.columns, ClaimCommand.cells(appealed)).map { ($0, $1) }))
        }
    }

    static func supersede(_ text: String, with frequency: Claim.Frequency, reason: String, options: GlobalOptions, action: String) throws {
        let context = try CommandContext.open(options, module: "billing", action: action, roles: [.billing])
        let why = try context.requiredNote(reason, option: "--reason")
        let replacement = try BillingStore(database: context.services.database)
            .supersede(try parseID(text), with: frequency, reason: why, by: context.actor)
        var report = Report.record(zip(columns, cells(replacement)).map { ($0, $1) })
        report.footer = ["Next: revcycle billing claim scrub \(replacement.patientControlNumber), then revcycle billing claim submit."]
        context.emit(report)
    }
}

extension BillingCommand {
    /// `revcycle billing denials`: what payers refused, in words, oldest first.
    struct Denials: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List denials with their reasons in plain words, amount, age and the claim's state now.",
            discussion: """
                Examples:
                  revcycle billing denials
                  revcycle billing denials --payer AETNA --all --format csv
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this payer's denials.") var payer: String?
        @Flag(help: "Include denials whose claim is closed or paid since.") var all = false

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.denials", roles: [.billing, .analyst])
            let rows = try BillingStore(database: context.services.database).denials(site: context.actor.site, payer: try payer.map { try PayerCode($0) })
            var report = Report(columns: ["claim", "account", "payer", "denied on", "age (days)", "amount", "reasons", "claim now", "task"])
            for row in rows where all || [.denied, .partiallyPaid, .appealed].contains(row.state) {
                report.append([.text(Claim.patientControlNumber(row.claim)), .text(row.account.description), .text(row.payer),
                               .text(row.deniedOn.description), .number(Int64(row.deniedOn.days(until: context.today))), .money(row.amount),
                               .text(row.reasons.map { "\($0.code) \(AdjustmentReason.meaning(of: String($0.code.split(separator: "-").last ?? "")))" }
                                   .joined(separator: "; ") + (row.remarks.isEmpty ? "" : " [\(row.remarks)]")),
                               .text(row.state.rawValue), .text(row.task.map { "T\($0)" } ?? "")])
            }
            try context.auditRead("billing.denials", detail: "\(report.rows.count) denial(s)")
            if report.rows.isEmpty { report.footer = ["No open denials."] }
            context.emit(report)
        }
    }
}
