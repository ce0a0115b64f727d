import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import X12

extension ClaimCommand {
    /// `revcycle billing claim submit`: scrubbed claims to the payers as 837P files.
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send every scrubbed claim as 837P, one file per payer in the payer's guide version, then read the answers.",
            discussion: """
                Files go to var/exchange/<site>/outbox with control numbers that never repeat.
                With the sandbox clearinghouse the payer answers at once (999, 277CA, 835) and
                the answers are read as by `revcycle billing receive`.

                Examples:
                  revcycle billing claim submit
                  revcycle billing claim submit --payer AETNA
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only claims to this payer.") var payer: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.submit", roles: [.billing])
            let services = context.services
            let store = BillingStore(database: services.database)
            let only = try payer.map { try context.configuredPayer($0) }
            let ready = try store.claims(state: .scrubbed, payer: only, site: context.actor.site).reversed()
            var report = Report(columns: ["file", "payer", "guide", "claims", "total"])
            for (payerCode, claims) in Dictionary(grouping: ready, by: \.payer).sorted(by: { $0.key < $1.key }) {
                guard let settings = try services.payerCatalog().settings(for: payerCode), let payerID = settings.payerID else {
                    throw RevCycleError(.configuration, "Payer \(payerCode) has no payer_id to address claims to.",
                                        at: SiteConfiguration.fileName(for: services.site.id))
                }
                let inputs = try claims.map { claim in
                    let encounter = try services.patients.account(claim.account, by: context.actor)
                    guard let coverage = try services.coverage.coverages(of: encounter.patient, by: context.actor).first(where: { $0.id == claim.coverage }) else {
                        throw RevCycleError(.notFound, "Coverage C\(claim.coverage) of claim \(claim.patientControlNumber) no longer exists.")
                    }
                    var primary: (PrimaryAdjudication, Coverage)?
                    if claim.priority != .primary {
                        guard let adjudication = try store.primaryAdjudication(of: claim.account, site: context.actor.site),
                              let primaryCoverage = try services.coverage.coverages(of: encounter.patient, by: context.actor)
                                .first(where: { $0.id == adjudication.coverage }) else {
                            throw RevCycleError(.conflict, "Secondary claim \(claim.patientControlNumber) needs the primary payer's 835, which is not on file.")
                        }
                        primary = (adjudication, primaryCoverage)
                    }
                    return ClaimBatchBuilder.Input(
                        claim: claim, coverage: coverage, patient: try services.patients.patient(encounter.patient, by: context.actor),
                        demographics: try services.demographics(of: encounter.patient, by: context.actor), diagnoses: try store.diagnoses(of: claim.account),
                        primary: primary)
                }
                var numbers = try services.reserveControlNumbers(transactionSets: 1)
                let envelope = services.envelope(to: payerID)
                let start = numbers
                let batch = try ClaimBatchBuilder(services: services, actor: context.actor)
                    .batch(inputs, payer: payerCode, guide: settings.claimGuide, reference: "B\(start.group + 1)", envelope: envelope)
                let text: String
                do {
                    text = try X12Writer(lineBreaks: true).text(for: try batch.makeInterchange(envelope: envelope, controlNumbers: &numbers))
                } catch {
                    throw RevCycleError(.invalidInput, "The 837P for \(payerCode) cannot be built: \(error.description)",
                                        remedy: "scrub the claims again; the edit that failed here should be caught there")
                }
                let name = services.exchangeFileName([payerCode.rawValue.lowercased(), "837p", String(numbers.group)], suffix: "837")
                try services.sendThroughOutbox(text, name: name) {
                    try store.recordSubmission(file: name, payer: payerCode, guide: settings.claimGuide, interchange: numbers.interchange,
                                               group: numbers.group, claims: claims, by: context.actor)
                }
                report.append([.text(name), .text(payerCode.rawValue), .text(settings.claimGuide), .number(Int64(claims.count)),
                               .money(claims.reduce(.zero) { $0 + $1.total })])
            }
            if report.rows.isEmpty { report.footer = ["No scrubbed claims to send (revcycle billing claim scrub --all)."] }
            context.emit(report)
            if !report.rows.isEmpty, try services.exchangeWithClearinghouse() != nil {
                context.emit(try BillingCommand.Receive.readInbox(context: context))
            }
        }
    }
}

extension BillingCommand {
    /// `revcycle billing receive`: the payers' answers waiting in the inbox.
    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read the payers' answers in the inbox: 999 and 277CA acknowledgments, 277 claim status, then 835 remittances.",
            discussion: """
                A 999 or 277CA rejection moves the claim to rejected with a task saying why; an
                acceptance moves it to accepted. 835s post as `revcycle billing remit import`
                does. A file that cannot be read is moved to refused/ and reported; nothing
                from it is recorded.

                Example:
                  revcycle billing receive
                """)

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.receive", roles: [.billing])
            try context.services.exchangeWithClearinghouse()
            context.emit(try Self.readInbox(context: context))
        }

        static func readInbox(context: CommandContext) throws -> Report {
            let services = context.services
            let store = BillingStore(database: services.database)
            var report = Report(columns: ["file", "kind", "result"])
            for suffix in [".999", ".277", ".835"] {
                for file in try services.inboxFiles(withSuffix: suffix) {
                    let name = file.lastPathComponent
                    let result: String
                    if suffix == ".835" {
                        let outcomes = try RemitCommand.importFile(file, context: context)
                        result = outcomes.map { outcome in
                            outcome.isNew ? "trace \(outcome.trace): \(outcome.claimsPosted) claim(s), cash \(outcome.cashPosted)"
                                + (outcome.exceptions.isEmpty ? "" : ", \(outcome.exceptions.count) exception(s)")
                                : "trace \(outcome.trace): already imported"
                        }.joined(separator: "; ")
                    } else {
                        let interchange: X12Interchange
                        do {
                            interchange = try X12Interchange(parsing: try String(contentsOf: file, encoding: .utf8))
                        } catch {
                            try services.refuse(file)
                            throw RevCycleError(.malformedInput, "The acknowledgment cannot be read: \(error). It was moved to refused/; nothing was recorded.",
                                                at: name)
                        }
                        result = try acknowledge(interchange, suffix: suffix, file: name, store: store, context: context)
                    }
                    try services.markProcessed(file)
                    report.append([.text(name), .text(String(suffix.dropFirst())), .text(result)])
                }
            }
            if report.rows.isEmpty { report.footer = ["No answers were waiting in the inbox."] }
            return report
        }

        static func acknowledge(_ interchange: X12Interchange, suffix: String, file: String, store: BillingStore,
                                context: CommandContext) throws -> String {
            do {
                if suffix == ".999" {
                    var parts: [String] = []
                    for ack in try ImplementationAcknowledgment.acknowledgments(in: interchange) {
                        let (matched, rejected) = try store.acknowledge(ack, file: file, by: context.actor)
                        parts.append(!matched ? "group \(ack.groupControlNumber) answers no submission of this site"
                                     : rejected.isEmpty ? "group \(ack.groupControlNumber) \(ack.groupStatus.rawValue)"
                                     : "group \(ack.groupControlNumber) rejected: \(rejected.joined(separator: ", "))")
                    }
                    return parts.joined(separator: "; ")
                }
                if interchange.functionalGroups.contains(where: { $0.version.contains("X212") }) {
                    var lines: [String] = []
                    for response in try ClaimStatusResponse.responses(in: interchange) {
                        lines += try store.recordStatusResponse(response, file: file, by: context.actor)
                    }
                    return lines.isEmpty ? "claim status: nothing new" : "claim status: " + lines.joined(separator: "; ")
                }
                var accepted = 0, rejected: [String] = [], unknown: [String] = []
                for ack in try ClaimAcknowledgment.acknowledgments(in: interchange) {
                    let outcome = try store.acknowledge(ack, file: file, by: context.actor)
                    accepted += outcome.accepted.count
                    rejected += outcome.rejected
                    unknown += outcome.unknown
                }
                return "\(accepted) accepted" + (rejected.isEmpty ? "" : ", rejected: \(rejected.joined(separator: ", "))")
                    + (unknown.isEmpty ? "" : ", not ours: \(unknown.joined(separator: ", "))")
            } catch let error as X12Error {
                throw RevCycleError(.malformedInput, "The acknowledgment cannot be read: \(error.description).", at: file)
            }
        }
    }
}
