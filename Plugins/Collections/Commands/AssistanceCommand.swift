import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle collections assistance record`: where a guarantor's financial-assistance application
/// stands, as 501(r) needs collections to know it.
struct AssistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assistance",
        abstract: "Record an assistance application's status by hand (counseling's applications do it by themselves); actions follow it.",
        discussion: """
            When the counseling module takes applications (revcycle counseling application
            ...), collections follows its events by itself; this command is for an
            application decided elsewhere.

            incomplete or pending   suspends extraordinary actions and places a
                                    financial-assistance hold (no escalation)
            approved                per visit, with what the patient owes under the policy
                                    (--account, --owes): every action
                                    taken is listed for reversal as a task, and payments
                                    above the new amount (from $5.00) become a refund
                                    request once the charity adjustment leaves them as a
                                    credit; the hold is released
            denied                  releases the hold; actions may resume under the notice
                                    rules

            Examples:
              revcycle collections assistance record --guarantor G3 --status pending
              revcycle collections assistance record --guarantor G3 --status approved \\
                  --account A7 --owes 0.00
            """,
        subcommands: [Record.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the application's status (see `collections assistance --help`).")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "incomplete, pending, approved or denied.") var status: String
        @Option(help: "The visit an approval decides (A7); required with approved.") var account: String?
        @Option(help: "What the patient owes for that visit under the policy; required with approved.") var owes: String?
        @Option(help: "For incomplete: the deadline given for the missing documents (YYYY-MM-DD).") var completeBy: String?
        @Option(help: "The day received or decided (default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.assistance.record", roles: [.collections, .counseling])
            guard ["incomplete", "pending", "approved", "denied"].contains(status) else {
                throw RevCycleError(.invalidInput, "\"\(status)\" is not a status; expected incomplete, pending, approved or denied.", at: "--status")
            }
            let who = try GuarantorID(parsing: guarantor)
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let visit = try account.map { try AccountID(parsing: $0) }
            let patientOwes = try owes.map { try Money(parsing: $0) }
            if status == "approved", visit == nil || patientOwes == nil {
                throw RevCycleError(.invalidInput, "An approval decides one visit: give --account and --owes (what the patient owes under the policy).",
                                    at: "--account")
            }
            if let patientOwes, patientOwes.isNegative { throw RevCycleError(.invalidInput, "--owes cannot be negative.", at: "--owes") }
            let done = try AssistanceFollowUp(services: context.services, actor: context.actor, day: day).record(
                status, guarantor: who, account: visit, patientOwes: patientOwes, completeBy: try completeBy.map { try CalendarDate(parsing: $0) },
                source: "recorded by \(context.user.name)")
            context.emit(.record([("guarantor", .text(who.description)), ("status", .text(status)), ("on", .text(day.description)),
                                  ("then", .text(done.isEmpty ? "nothing else to do" : done.joined(separator: "; ")))]))
        }
    }
}
