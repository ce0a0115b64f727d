import ArgumentParser
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle collections …`: what a collections coordinator does.
struct CollectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collections",
        abstract: "Collections: patient payments, statements, the worklist and contact log, holds, plans, 501(r) actions, agencies, credits.",
        subcommands: [Payment.self, StatementsCommand.self, WorklistCommand.self, ContactCommand.self, PlanCommand.self, HoldCommand.self, ActionsCommand.self, AssistanceCommand.self, AgencyCommand.self, WriteOffCommand.self, CreditsCommand.self, BenchmarkCommand.self])

    struct Payment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post a patient payment; anything above the patient balance becomes a credit.",
            discussion: """
                Example:
                  revcycle collections payment --account A7 --amount 40.00 --method check \\
                      --reference 1182
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The encounter account (A7).") var account: String
        @Option(help: "The amount received.") var amount: String
        @Option(help: "cash, check or card (card payments carry the gateway's charge id as reference).") var method: String
        @Option(help: "The check number, receipt number or gateway charge id; keys the posting.") var reference: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.payment", roles: [.collections])
            guard ["cash", "check", "card"].contains(method) else {
                throw RevCycleError(.invalidInput, "\"\(method)\" is not a payment method; expected cash, check or card.")
            }
            let accountID = try AccountID(parsing: account)
            let paid = try Money(parsing: amount)
            let store = CollectionsStore(database: context.services.database)
            let source = method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name)
            let key = "collections.payment:\(method):\(reference):\(accountID)"
            try context.post(on: accountID, building: { moment in
                let owed = moment.balances[.patient]
                // Beyond what is owed, a payment first reinstates what was written off to bad debt (a repeat reinstates nothing).
                let reinstate = try moment.postedEntry(key) != nil ? .zero
                    : CollectionsStore.badDebtToReinstate(paying: paid, owed: owed, writtenOff: try store.badDebtOutstanding(of: accountID))
                var entries: [JournalEntry] = []
                if reinstate > .zero {
                    entries.append(try JournalEntry(source: source, idempotencyKey: key + ":recovery", memo: "bad debt recovered: patient \(method) \(reference)",
                                                    effectiveDate: context.today, postings: [
                                                        Posting(account: accountID, bucket: .receivable(.patient), amount: reinstate),
                                                        Posting(account: accountID, bucket: .badDebt, amount: -reinstate)]))
                }
                entries.append(try JournalEntry.payment(account: accountID, amount: paid, from: .patient, owed: owed + reinstate, source: source,
                                                        idempotencyKey: key, memo: "patient \(method) \(reference)", effectiveDate: context.today))
                return entries
            }, publishing: { entries in
                [context.event("collections.payment.posted", account: accountID, fields: [
                    "method": method, "amount_cents": String(paid.cents), "reference": reference,
                    "credit_cents": String(entries.reduce(Money.zero) { $0 + $1.creditCreated }.cents),
                ])]
            })
        }
    }
}
