import ArgumentParser
import RevCycleCore
import RevCycleHost

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
            let owed = try context.services.ledger.balances(of: accountID, by: context.actor)[.patient]
            let paid = try Money(parsing: amount)
            let payment = try JournalEntry.payment(
                account: accountID, amount: paid, from: .patient, owed: owed,
                source: method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name),
                idempotencyKey: "collections.payment:\(method):\(reference):\(accountID)", memo: "patient \(method) \(reference)",
                effectiveDate: context.today)
            let credit = payment.postings.filter { $0.bucket == .receivable(.credit) }.reduce(Money.zero) { $0 - $1.amount }
            try context.post(payment, publishing: [context.event("collections.payment.posted", account: accountID, fields: [
                "method": method, "amount_cents": String(paid.cents), "reference": reference, "credit_cents": String(credit.cents),
            ])])
        }
    }

    struct Balances: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List guarantors whose patient balance is at least the site's minimum, largest first.",
            discussion: """
                The minimum is parameters.collections.minimum_statement_balance in the site file (default 5.00).

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
            var report = Report(columns: ["guarantor", "patient owes", "pending insurance", "accounts", "oldest service"])
            for (guarantor, line) in owed.filter({ $0.value.patient.cents >= minimum })
                .sorted(by: { ($0.value.patient, $1.key) > ($1.value.patient, $0.key) }) {
                report.append([.text(guarantor.description), .money(line.patient), .money(line.insurance),
                               .number(Int64(line.accounts)), .text(line.oldest.description)])
            }
            context.emit(report)
        }
    }
}
