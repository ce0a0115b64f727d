import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting
import X12

/// `revcycle billing remit import|list`: 835 remittances posted to the ledger.
struct RemitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remit",
        abstract: "Import 835 remittances (post payments, adjustments, patient responsibility, denials) and list them.",
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post 835 files: every claim matched by its control number; the same payment twice posts nothing.",
            discussion: """
                Each file is checked whole before anything posts: a file that cannot be read,
                or whose amounts do not balance (SVC02 − CAS = SVC03, CLP03 − CAS = CLP04,
                BPR02 = Σ CLP04 − Σ PLB), is refused with the segment and the failing equation,
                and nothing from it is posted. A payment already imported (same payer and trace
                number, from this file or another) changes nothing and says so. Claims that
                match nothing, and provider adjustments that name no claim, go to the exception
                queue as tasks.

                Examples:
                  revcycle billing remit import var/exchange/default/inbox/era-0412.835
                  revcycle billing remit import *.835 --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The 835 files.") var files: [String]

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.remit.import", roles: [.billing])
            var report = Report(columns: ["file", "payer", "trace", "payment", "result", "claims posted", "cash posted", "exceptions"])
            for file in files {
                for outcome in try RemitCommand.importFile(URL(fileURLWithPath: file), context: context) {
                    report.append([.text(file), .text(outcome.payer), .text(outcome.trace), .money(outcome.payment),
                                   .text(outcome.isNew ? "posted" : "already imported: nothing posted"),
                                   .number(Int64(outcome.claimsPosted)), .money(outcome.cashPosted),
                                   .text(outcome.exceptions.map { "\($0.kind) \($0.reference) \($0.amount)" }.joined(separator: "; "))])
                }
            }
            context.emit(report)
        }
    }

    /// Reads, checks and posts one 835 file; delivers the events after the transaction.
    ///
    /// The file is streamed, never held whole: a first pass checks the envelope, the 835's rules and every
    /// balancing equation and asks `billing.denial.route` about each denied claim; the store then posts in
    /// a second pass, in one transaction. Memory stays bounded however many claims the file holds.
    ///
    /// - Throws: `malformedInput` naming the file and the segment (unreadable or unbalanced); nothing is posted then.
    static func importFile(_ url: URL, context: CommandContext) throws -> [RemittanceImport] {
        let name = url.lastPathComponent
        let catalog = try context.services.payerCatalog()
        let byPayerID = Dictionary(catalog.payers.compactMap { code, entry in entry.settings.payerID.map { ($0, code.rawValue) } },
                                   uniquingKeysWith: { first, _ in first })
        let payerFor: (RemittanceAdvice) -> String = { advice in
            byPayerID[advice.payer.payerID ?? ""] ?? byPayerID[advice.payerIdentifier]
                ?? byPayerID[String(advice.payerIdentifier.dropFirst())] ?? advice.payer.name
        }
        let store = BillingStore(database: context.services.database)
        let open = { () throws -> RemittanceStream in
            do {
                return try RemittanceStream(contentsOf: url.path)
            } catch let error as X12Error where error.code == .unreadableInput {
                throw RevCycleError(.notFound, "The file \(url.path) does not exist or cannot be read.")
            } catch let error as X12Error {
                throw RevCycleError(.malformedInput, "The 835 cannot be read: \(error.description). Nothing was posted.", at: name)
            }
        }
        // Denied claims wait for one read of their dates of service, then billing.denial.route decides each.
        var denied: [DeniedClaim] = []
        var payments = 0
        // The first balancing problem waits until the whole file is read: a broken envelope further on is reported first.
        var unbalanced: (trace: String, problem: RemittanceBalanceProblem)?
        var reader = RemittancePaymentReader(try open())
        do {
            while let payment = try reader.nextPayment() {
                payments += 1
                let payer = payerFor(payment)
                let window = (try? PayerCode(payer)).flatMap { catalog.settings(for: $0)?.timelyFilingDays } ?? 365
                var balance = RemittanceBalanceCheck()
                while let remitted = try reader.nextClaim() {
                    balance.add(remitted)
                    let posting = ClaimRemittancePosting(remitted)
                    guard !remitted.isReversal, !posting.denials.isEmpty, unbalanced == nil else { continue }
                    denied.append(DeniedClaim(posting: posting, remitted: remitted, payer: payer, window: window))
                }
                balance.add(reader.providerAdjustments)
                if unbalanced == nil, let problem = balance.finish(for: payment).first { unbalanced = (payment.traceNumber, problem) }
            }
        } catch {
            throw RevCycleError(.malformedInput, "The 835 cannot be read: \(error). Nothing was posted.", at: name)
        }
        guard payments > 0 else {
            throw RevCycleError(.malformedInput, "The file holds no 835 transaction. Nothing was posted.", at: name)
        }
        if let unbalanced {
            throw RevCycleError(.malformedInput, "The 835 does not balance: \(unbalanced.problem.description). Nothing from the file was posted.",
                                at: "\(name) trace \(unbalanced.trace)",
                                remedy: "ask the payer for a corrected remittance; post nothing by hand from this one")
        }
        let serviceDates = try store.serviceDates(of: denied.compactMap { Claim.id(fromPatientControlNumber: $0.remitted.patientControlNumber) },
                                                  site: context.actor.site)
        var routes: [String: DenialRoute] = [:]
        for claim in denied {
            let serviceDate = Claim.id(fromPatientControlNumber: claim.remitted.patientControlNumber).flatMap { serviceDates[$0] } ?? context.today
            routes[claim.remitted.patientControlNumber] = try route(claim.posting, remitted: claim.remitted, payer: claim.payer,
                                                                    window: claim.window, serviceDate: serviceDate, context: context)
        }
        let outcomes = try store.importRemittances(ahead: try open(), posting: try open(), file: name, payerFor: payerFor, routes: routes, on: context.today,
                                                   by: context.actor)
        let delivery = EventDelivery(services: context.services)
        for outcome in outcomes { try delivery.deliver(logged: outcome.eventSequences) }
        return outcomes
    }

    /// A denied claim of the 835, waiting for its route.
    struct DeniedClaim {
        var posting: ClaimRemittancePosting
        var remitted: RemittanceClaim
        var payer: String
        /// The payer's timely-filing days.
        var window: Int
    }

    /// The site's `billing.denial.route` decision for a denied claim, checked: a named assignee must be an active user.
    static func route(_ posting: ClaimRemittancePosting, remitted: RemittanceClaim, payer: String, window: Int, serviceDate: CalendarDate,
                      context: CommandContext) throws -> DenialRoute {
        try context.services.decide("billing.denial.route", payload: [
            "claim": .string(remitted.patientControlNumber), "payer": .string(payer), "denied_cents": .integer(posting.denied.cents),
            "reasons": .array(posting.denials.map { .string("\($0.group.rawValue)-\($0.reason)") }),
            "remarks": .array((remitted.remarkCodes + remitted.serviceLines.flatMap(\.remarkCodes)).prefix(30).map { .string($0) }),
            "days_since_service": .integer(Int64(serviceDate.days(until: context.today))), "timely_filing_days": .integer(Int64(window)),
        ]) { decision in
            guard let role = Role(rawValue: decision["role"]?.stringValue ?? ""),
                  let priority = WorkItem.Priority(rawValue: Int(decision["priority"]?.integerValue ?? 3)) else {
                throw RevCycleError(.script, "billing.denial.route returned no valid role and priority.", at: "role")
            }
            let assignee = decision["assignee"]?.stringValue
            if let assignee, try context.services.users.user(named: assignee)?.isActive != true {
                throw RevCycleError(.script, "billing.denial.route assigned the denial to \(assignee), who is not an active user.", at: "assignee")
            }
            return DenialRoute(role: role, priority: priority, assignee: assignee, note: decision["note"]?.stringValue ?? "")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List imported remittances, newest first, with what each posted and what waits as an exception.",
            discussion: "Example:\n  revcycle billing remit list --format csv")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.remit.list", roles: [.billing, .analyst])
            var report = Report(columns: ["imported", "payer", "trace", "payment", "claims", "cash posted", "waiting as exceptions", "file"])
            for row in try BillingStore(database: context.services.database).remittances(site: context.actor.site) {
                report.append([.text(CalendarDate(row.importedAt, in: context.services.site.timeZone).description), .text(row.payer),
                               .text(row.trace), .money(row.payment), .number(Int64(row.claims)), .money(row.cash), .money(row.unposted),
                               .text(row.file)])
            }
            context.emit(report)
        }
    }
}
