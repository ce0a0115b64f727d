import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

extension BillingCommand {
    /// `revcycle billing worklist`: claims that need a biller, the ones about to miss the payer's filing window first.
    struct Worklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Claims that need work (draft, scrubbed, rejected, denied, partly paid), fewest filing days left first.",
            discussion: """
                Days left = the payer's timely_filing_days − the days since the date of
                service; a claim past its window shows a negative number (expect CARC 29 if
                sent). Denials and rejections also have tasks (revcycle tasks list --role
                billing).

                Example:
                  revcycle billing worklist --format csv
                """)

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.worklist", roles: [.billing])
            let catalog = try context.services.payerCatalog()
            let store = BillingStore(database: context.services.database)
            let states: [ClaimState] = [.rejected, .denied, .partiallyPaid, .draft, .scrubbed]
            var rows: [(claim: Claim, left: Int, next: String)] = []
            for state in states {
                for claim in try store.claims(state: state, site: context.actor.site) {
                    let window = catalog.settings(for: claim.payer)?.timelyFilingDays ?? 365
                    let next: String = switch state {
                    case .draft: "fix the edits, scrub again"
                    case .scrubbed: "submit"
                    case .rejected: "correct, scrub and submit again"
                    case .denied: "correct (frequency 7), appeal or write off"
                    default: "work the denied lines"
                    }
                    rows.append((claim, window - claim.serviceDate.days(until: context.today), next))
                }
            }
            rows.sort { ($0.left, $0.claim.id) < ($1.left, $1.claim.id) }
            var report = Report(columns: ["claim", "account", "payer", "state", "service date", "filing days left", "total", "next step"])
            for row in rows {
                report.append([.text(row.claim.patientControlNumber), .text(row.claim.account.description), .text(row.claim.payer.rawValue),
                               .text(row.claim.state.rawValue), .text(row.claim.serviceDate.description), .number(Int64(row.left)),
                               .money(row.claim.total), .text(row.next)])
            }
            try context.auditRead("billing.worklist", detail: "\(rows.count) claim(s)")
            if rows.isEmpty { report.footer = ["Nothing to work: every claim is with a payer or settled."] }
            context.emit(report)
        }
    }
}
