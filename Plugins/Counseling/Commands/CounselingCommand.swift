import ArgumentParser
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle counseling …`: what a financial counselor does.
struct CounselingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counseling",
        abstract: "Financial counseling: screening, assistance applications and determinations, discounts, AGB, explanations.",
        subcommands: [ScreenCommand.self, ApplicationCommand.self, Discount.self, AGBCommand.self, ExplainCommand.self,
                      DisputeCommand.Estimates.self, DisputeCommand.self])

    struct Discount: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write off a percentage of an account's patient balance as financial assistance (charity).",
            discussion: """
                The discount is rounded down to the cent, so a patient is never discounted more
                than approved. The application id keys the posting, so approving the same
                application twice changes nothing.

                Example:
                  revcycle counseling discount --account A7 --percent 75 --application \\
                      FA-2026-0113
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The encounter account (A7).") var account: String
        @Option(help: "The approved discount, 1 to 100 percent (up to two decimals, such as 62.5).") var percent: String
        @Option(help: "The assistance application that approved it.") var application: String

        func run() throws {
            let context = try CommandContext.open(options, module: "counseling", action: "counseling.discount", roles: [.counseling])
            let requested = try Self.basisPoints(percent)
            let accountID = try AccountID(parsing: account)
            let owed = try context.services.ledger.balances(of: accountID, by: context.actor).patient
            let decision = try context.services.decide("counseling.fa.discount", payload: [
                "account": .string(accountID.description), "application": .string(application),
                "patient_owes_cents": .integer(max(owed.cents, 0)), "requested_basis_points": .integer(requested),
            ])
            let basisPoints = decision["basis_points"]?.integerValue ?? requested
            if let note = decision["note"]?.stringValue { print("Site policy: \(note)") }
            // The site's decision is in basis points; the amount is taken from the balance at the moment of posting.
            let key = "counseling.discount:\(application):\(accountID)"
            let request = ["discount", accountID.description, String(basisPoints), application].joined(separator: "\n")
            try context.post(on: accountID) { moment in
                if var first = try moment.postedEntry(key) {
                    first.requestText = request  // the same application again is recognised; another percent is refused
                    return [first]
                }
                let discount = moment.balances.patient.percent(basisPoints: basisPoints, rounding: .down)
                guard discount > .zero else {
                    throw RevCycleError(.invalidInput, "Account \(accountID) has no patient balance to discount (it owes \(moment.balances.patient)); nothing was posted.")
                }
                var entry = try JournalEntry.adjustment(
                    account: accountID, amount: discount, of: .patient, into: .charityAdjustment,
                    source: EntrySource(.userAction, reference: "\(context.user.name) \(application)"), idempotencyKey: key,
                    memo: "financial assistance \(Money(cents: basisPoints).plainText)% (\(application))", effectiveDate: context.today)
                entry.requestText = request
                return [entry]
            }
        }

        /// `75` → 7500, `62.5` → 6250; 0 < percent ≤ 100 with at most two decimals.
        static func basisPoints(_ text: String) throws -> Int64 {
            let money = try? Money(parsing: text)
            guard let money, money.cents > 0, money.cents <= 10_000, !text.contains("$"), !text.contains(",") else {
                throw RevCycleError(.invalidInput, "\"\(text)\" is not a discount percent; expected more than 0 and at most 100, such as 75 or 62.5.")
            }
            return money.cents
        }
    }
}
