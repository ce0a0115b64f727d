import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle ledger show|verify`
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Show balances and journal entries, or verify the whole ledger.",
        subcommands: [Show.self, Verify.self])

    static let patientRoles: Set<Role> = [.access, .billing, .collections, .counseling]

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an account's balance by liability and its journal, or a guarantor's accounts.",
            discussion: """
                Examples:
                  revcycle ledger show A7            (one encounter account: balances and \\
                      every entry)
                  revcycle ledger show G3            (a guarantor: each account's balance and \\
                      the total)
                  revcycle ledger show G3 --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "An account (A7) or a guarantor (G3).") var target: String

        func run() throws {
            let context = try CommandContext.open(options, action: "ledger.show", roles: LedgerCommand.patientRoles)
            if target.uppercased().hasPrefix("G") {
                try showGuarantor(try GuarantorID(parsing: target), context: context)
            } else {
                try showAccount(try AccountID(parsing: target), context: context)
            }
        }

        func showAccount(_ account: AccountID, context: CommandContext) throws {
            let balances = try context.services.ledger.balances(of: account, by: context.actor)
            let journal = try context.services.ledger.journal(of: account, by: context.actor)
            var report = Report(columns: ["entry", "date", "source", "memo", "bucket", "amount"])
            for posted in journal {
                for posting in posted.entry.postings where posting.account == account {
                    report.append([.text(posted.id.description), .text(posted.entry.effectiveDate.description),
                                   .text("\(posted.entry.source.kind.rawValue):\(posted.entry.source.reference)"),
                                   .text(posted.entry.memo), .text(posting.bucket.code), .money(posting.amount)])
                }
            }
            if context.format == .table {
                report.footer = [""] + LedgerCommand.balanceLines(balances, heading: "Account \(account) owes")
            }
            context.emit(report)
        }

        func showGuarantor(_ guarantor: GuarantorID, context: CommandContext) throws {
            let byAccount = try context.services.ledger.balances(ofGuarantor: guarantor, by: context.actor)
            var report = Report(columns: ["account", "insurance", "patient", "credit", "total"])
            var total = LiabilityBalances()
            for (account, balances) in byAccount.sorted(by: { $0.key < $1.key }) {
                report.append([.text(account.description), .money(balances.insurance), .money(balances.patient),
                               .money(balances.credit), .money(balances.total)])
                for (liability, amount) in balances.byLiability { total.byLiability[liability, default: .zero] += amount }
            }
            if context.format == .table {
                report.footer = [""] + LedgerCommand.balanceLines(total, heading: "Guarantor \(guarantor) owes in all")
            }
            context.emit(report)
        }
    }

    static func balanceLines(_ balances: LiabilityBalances, heading: String) -> [String] {
        var lines = ["\(heading): \(balances.total)"]
        for (liability, amount) in balances.byLiability.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(liability): \(amount)")
        }
        return lines
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every balance from the journal and check every invariant (exit 3 on a violation).",
            discussion: "Example:\n  revcycle ledger verify || echo 'ledger needs attention'")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "ledger.verify", roles: [.admin, .billing, .analyst])
            let result = try context.services.ledger.verify()
            try context.auditRead("ledger.verify", detail: "\(result.violations.count) violation(s)")
            print("Checked \(result.entriesChecked) entries, \(result.postingsChecked) postings, \(result.accountsChecked) accounts.")
            guard let first = result.violations.first else {
                print("The ledger is consistent: every entry balances and every balance matches its postings.")
                return
            }
            for violation in result.violations.prefix(20) { print("  ✗ \(violation)") }
            throw RevCycleError(.integrity, "The ledger has \(result.violations.count) violation(s); the first: \(first).",
                                remedy: "restore from `revcycle db backup` or post correcting entries, then verify again")
        }
    }
}
