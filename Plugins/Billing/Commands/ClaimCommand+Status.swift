import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import X12

extension ClaimCommand {
    /// `revcycle billing claim status`: ask payers about claims they have not answered (276), read their 277s.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a claim status inquiry (276) for claims with no answer after N days, and read the payers' 277s.",
            discussion: """
                A claim is asked about when it is submitted or accepted, its last change is at
                least --older-than days old, and it was not asked about in that time. A payer
                with no record of the claim rejects it with a task to send it again; a claim
                the payer finalized whose 835 never arrived gets a task to ask for the 835.

                Examples:
                  revcycle billing claim status
                  revcycle billing claim status --older-than 21
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Days without an answer before asking (default 30).") var olderThan: Int = 30

        func validate() throws {
            guard (0...365).contains(olderThan) else { throw ValidationError("--older-than must be from 0 to 365 days.") }
        }

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.status", roles: [.billing])
            let services = context.services
            let store = BillingStore(database: services.database)
            let waiting = try store.claimsAwaitingAnswer(olderThan: olderThan, now: context.actor.at, site: context.actor.site)
            var report = Report(columns: ["file", "payer", "claims asked about"])
            for (payer, claims) in Dictionary(grouping: waiting, by: \.payer).sorted(by: { $0.key < $1.key }) {
                guard let settings = try services.payerCatalog().settings(for: payer), let payerID = settings.payerID,
                      let facility = services.site.facility else { continue }
                var inquiries: [(Claim, String)] = []
                let items = try claims.map { claim -> ClaimStatusInquiry.Claim in
                    let encounter = try services.patients.account(claim.account, by: context.actor)
                    let patient = try services.patients.patient(encounter.patient, by: context.actor)
                    guard let coverage = try services.coverage.coverages(of: encounter.patient, by: context.actor).first(where: { $0.id == claim.coverage })
                    else { throw RevCycleError(.notFound, "Coverage C\(claim.coverage) of claim \(claim.patientControlNumber) no longer exists.") }
                    let trace = services.newTraceNumber(prefix: "ST")
                    inquiries.append((claim, trace))
                    return ClaimStatusInquiry.Claim(
                        provider: PartyName(organization: String(facility.name.prefix(60)), idQualifier: "XX", id: facility.npi.digits),
                        subscriber: X12Person(lastName: patient.familyName, firstName: patient.givenName, memberID: coverage.memberID,
                                              dateOfBirth: ClaimBatchBuilder.x12(patient.birthDate)),
                        trace: trace, payerClaimControlNumber: claim.payerClaimNumber, patientControlNumber: claim.patientControlNumber,
                        totalCharge: claim.total.cents, serviceDate: ClaimBatchBuilder.x12(claim.serviceDate))
                }
                let envelope = services.envelope(to: payerID)
                var numbers = try services.reserveControlNumbers(transactionSets: 1)
                let inquiry = ClaimStatusInquiry(
                    reference: inquiries[0].1, creationDate: envelope.date, creationTime: envelope.time,
                    source: InformationSource(name: String(settings.name.prefix(60)), payerID: payerID),
                    receiver: PartyName(organization: String(facility.name.prefix(60)), idQualifier: "46", id: services.x12SenderID), claims: items)
                let text: String
                do {
                    text = try X12Writer(lineBreaks: true).text(for: try inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers))
                } catch {
                    throw RevCycleError(.invalidInput, "The 276 for \(payer) cannot be built: \(error.description)")
                }
                let name = services.exchangeFileName([payer.rawValue.lowercased(), "276", String(numbers.group)], suffix: "276")
                try services.sendThroughOutbox(text, name: name) {
                    try store.recordStatusInquiries(inquiries, file: name, by: context.actor)
                }
                report.append([.text(name), .text(payer.rawValue), .text(claims.map(\.patientControlNumber).joined(separator: " "))])
            }
            if report.rows.isEmpty { report.footer = ["No claim has waited \(olderThan) days without an answer."] }
            context.emit(report)
            if !report.rows.isEmpty, try services.exchangeWithClearinghouse() != nil {
                context.emit(try BillingCommand.Receive.readInbox(context: context))
            }
        }
    }
}
