import ArgumentParser
import RevCycleCore
import Foundation
import RevCycleHost
import RevCycleScripting

/// `revcycle billing …`: what a billing specialist does.
struct BillingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing",
        abstract: "Billing: charges with codes and diagnoses, claims (scrub, 837P, status), 999/277CA/835 in, denials, payer payments.",
        subcommands: [Charge.self, ChargemasterCommand.self, Diagnoses.self, ClaimCommand.self, Receive.self, RemitCommand.self, Denials.self, Worklist.self, Payment.self, Transfer.self, Benchmark.self])

    struct Payment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post a payer's payment (and its contractual adjustment) to an account.",
            discussion: """
                The trace number keys the posting, so the same remittance never posts twice.

                Example:
                  revcycle billing payment --account A7 --payer MEDICARE --amount 80.00 \\
                      --contractual 20.00 --trace 1REF4471
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The encounter account (A7).") var account: String
        @Option(help: "The paying payer's code.") var payer: String
        @Option(help: "The amount paid.") var amount: String
        @Option(help: "The contractual write-off the payer's remittance shows.") var contractual: String?
        @Option(help: "The payment's trace (check or EFT) number.") var trace: String

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.payment", roles: [.billing])
            let accountID = try AccountID(parsing: account)
            let liability = Liability.insurance(try context.configuredPayer(payer))
            let paid = try Money(parsing: amount)
            let contractualAmount = try contractual.map(Money.init(parsing:))
            let payer = payer.uppercased()
            let source = EntrySource.remittance(trace: trace, claim: accountID.description)
            try context.post(on: accountID, building: { moment in
                // The split between what the payer owes and a credit is taken at the moment of posting.
                var entries = [try JournalEntry.payment(
                    account: accountID, amount: paid, from: liability, owed: moment.balances[liability], source: source,
                    idempotencyKey: "billing.payment:\(payer):\(trace):\(accountID)", memo: "payment \(payer)",
                    effectiveDate: context.today)]
                if let contractualAmount {
                    entries.append(try JournalEntry.adjustment(
                        account: accountID, amount: contractualAmount, of: liability, into: .contractualAdjustment,
                        source: source, idempotencyKey: "billing.contractual:\(payer):\(trace):\(accountID)",
                        memo: "contractual \(payer)", effectiveDate: context.today))
                }
                return entries
            }, publishing: { entries in
                [context.event("billing.payment.posted", account: accountID, fields: [
                    "payer": payer, "amount_cents": String(paid.cents), "trace": trace,
                    "credit_cents": String(entries[0].creditCreated.cents),
                ])]
            })
        }
    }

    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a balance between liabilities (insurance to patient after adjudication, primary to secondary).",
            discussion: """
                Without --amount, everything the --from liability owes on the account moves
                (after a denial for lapsed coverage, what that payer still owes goes to the
                patient).

                Examples:
                  revcycle billing transfer --account A7 --amount 25.00 --from \\
                      insurance:MEDICARE --to patient
                  revcycle billing transfer --account A7 --from insurance:AETNA --to patient
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The encounter account (A7).") var account: String
        @Option(help: "The amount to move (default: all the --from liability owes on the account).") var amount: String?
        @Option(help: "patient, credit or insurance:<PAYER>.") var from: String
        @Option(help: "patient, credit or insurance:<PAYER>.") var to: String
        @Option(help: "An idempotency key: the same key posts once.") var key: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.transfer", roles: [.billing])
            let accountID = try AccountID(parsing: account)
            let source = try Liability(parsing: from)
            let asked = try amount.map { try Money(parsing: $0) }
            let key = context.idempotencyKey(key, action: "billing.transfer")
            try context.post(on: accountID) { moment in
                if let first = try moment.postedEntry(key) { return [first] }  // a repeat: nothing new
                let owed = moment.balances[source]
                let moved = asked ?? owed
                guard moved > .zero else {
                    throw RevCycleError(.invalidInput, "\(source) owes nothing on \(accountID); there is nothing to move. Nothing was posted.")
                }
                if moved > owed {
                    throw RevCycleError(.invalidInput, "\(source) owes \(owed) on \(accountID); \(moved) cannot be moved from it. Nothing was posted.")
                }
                return [try JournalEntry.transfer(
                    account: accountID, amount: moved, from: source, to: try Liability(parsing: to),
                    entrySource: .user(context.user.name), idempotencyKey: key, memo: "transfer \(from) to \(to)",
                    effectiveDate: context.today)]
            }
        }
    }
}
