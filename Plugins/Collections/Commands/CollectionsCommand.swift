import ArgumentParser
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle collections …`: what a collections coordinator does.
struct CollectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collections",
        abstract: "Collections: take patient payments and list guarantors with balances due.",
        subcommands: [Payment.self, Balances.self])

    struct Payment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post a patient payment; anything above the patient balance becomes a credit.",
            discussion: """
                Example:
                  revcycle collections payment --account A7 --amount 40.00 --method check --reference 1182
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
            try context.post(on: accountID, building: { moment in
                [try JournalEntry.payment(
                    account: accountID, amount: paid, from: .patient, owed: moment.balances[.patient],
                    source: method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name),
                    idempotencyKey: "collections.payment:\(method):\(reference):\(accountID)",
                    memo: "patient \(method) \(reference)", effectiveDate: context.today)]
            }, publishing: { entries in
                [context.event("collections.payment.posted", account: accountID, fields: [
                    "method": method, "amount_cents": String(paid.cents), "reference": reference,
                    "credit_cents": String(entries[0].creditCreated.cents),
                ])]
            })
        }
    }

    struct Balances: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The worklist: guarantors whose patient balance is at least the site's minimum, most urgent first.",
            discussion: """
                The minimum is parameters.collections.minimum_statement_balance in the site file (default 5.00);
                the order comes from the site's collections.worklist.priority policy (Scripts/default/collections.lua).

                Example:
                  revcycle collections balances --format csv
                """)

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.balances", roles: [.collections])
            guard case .amountCents(let minimum) = context.parameter("collections", "minimum_statement_balance") else {
                throw RevCycleError(.configuration, "parameters.collections.minimum_statement_balance is not an amount.")
            }
            var owed: [GuarantorID: (patient: Money, insurance: Money, accounts: Int, oldest: CalendarDate)] = [:]
            for receivable in try context.services.ledger.openReceivables(by: context.actor) {
                var line = owed[receivable.guarantor] ?? (.zero, .zero, 0, receivable.serviceDate)
                line.patient += receivable.balances.patient
                line.insurance += receivable.balances.insurance
                line.accounts += 1
                line.oldest = min(line.oldest, receivable.serviceDate)
                owed[receivable.guarantor] = line
            }
            var worklist: [(guarantor: GuarantorID, priority: Int64, reason: String, line: (patient: Money, insurance: Money, accounts: Int, oldest: CalendarDate))] = []
            for (guarantor, line) in owed where line.patient.cents >= minimum {
                let decision = try context.services.decide("collections.worklist.priority", payload: [
                    "guarantor": .string(guarantor.description), "patient_owes_cents": .integer(line.patient.cents),
                    "pending_insurance_cents": .integer(line.insurance.cents), "accounts": .integer(Int64(line.accounts)),
                    "oldest_service_days": .integer(Int64(line.oldest.days(until: context.today))),
                ])
                worklist.append((guarantor, decision["priority"]?.integerValue ?? 0, decision["reason"]?.stringValue ?? "", line))
            }
            worklist.sort { ($0.priority, $0.line.patient, $1.guarantor) > ($1.priority, $1.line.patient, $0.guarantor) }
            var report = Report(columns: ["guarantor", "priority", "patient owes", "pending insurance", "accounts", "oldest service", "why"])
            for entry in worklist {
                report.append([.text(entry.guarantor.description), .number(entry.priority), .money(entry.line.patient),
                               .money(entry.line.insurance), .number(Int64(entry.line.accounts)),
                               .text(entry.line.oldest.description), .text(entry.reason)])
            }
            context.emit(report)
        }
    }
}
