import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore
import X12

/// Sends 270s and takes in 271s for the front desk: writes the inquiries to the outbox and
/// records them, lets the sandbox clearinghouse answer when the site uses it, then reads every 271
/// in the inbox and records each answer — with a task for the desk when the payer rejected the
/// inquiry, does not know the member, or reports the coverage inactive.
struct EligibilityExchange {
    let context: CommandContext
    let store: AccessStore

    struct Request {
        var patient: PatientSummary
        var coverage: Coverage?
        var payer: PayerCode
        var memberID: String?
    }

    /// Writes one 270 file per payer for `requests`, records them, and exchanges with the clearinghouse.
    ///
    /// - Returns: the traces sent, in request order.
    func send(_ requests: [Request], purpose: EligibilityRecord.Purpose, serviceDate: CalendarDate,
              serviceTypes: [String] = ["30"]) throws -> [String] {
        let builder = InquiryBuilder(services: context.services)
        var traces: [String] = []
        for (payer, group) in Dictionary(grouping: requests, by: \.payer).sorted(by: { $0.key < $1.key }) {
            var inquiries: [EligibilityInquiry] = []
            var recorded: [(patient: PatientID, coverage: Int64?, payer: PayerCode, trace: String)] = []
            for request in group {
                let trace = context.services.newTraceNumber(prefix: "RC")
                let demographics = try store.profile(of: request.patient.id, by: context.actor).demographics
                inquiries.append(try builder.inquiry(patient: request.patient, demographics: demographics, memberID: request.memberID,
                                                     payer: payer, serviceDate: serviceDate, serviceTypes: serviceTypes, trace: trace,
                                                     today: context.today))
                recorded.append((request.patient.id, request.coverage?.id, payer, trace))
                traces.append(trace)
            }
            let text = try builder.interchange(inquiries, to: try builder.source(payer).payerID)
            let name = context.services.exchangeFileName([payer.rawValue.lowercased(), recorded[0].trace], suffix: "270")
            try context.services.sendThroughOutbox(text, name: name) {
                try store.recordInquiries(recorded, purpose: purpose, serviceDate: serviceDate, file: name, by: context.actor)
            }
        }
        try context.services.exchangeWithClearinghouse()
        return traces
    }

    /// Reads every 271 in the inbox and records the answers. A file that cannot be read is moved to
    /// `refused/` and reported; nothing from it is recorded.
    ///
    /// - Returns: the records answered by this pass, and the traces of answers to no inquiry of this
    ///   site (reported, never dropped silently).
    func receive() throws -> (answered: [EligibilityRecord], unmatched: [String]) {
        var answered: [EligibilityRecord] = []
        var unmatched: [String] = []
        for file in try context.services.inboxFiles(withSuffix: ".271") {
            let name = file.lastPathComponent
            let responses: [EligibilityResponse]
            do {
                responses = try EligibilityResponse.responses(in: try X12Interchange(parsing: try String(contentsOf: file, encoding: .utf8)))
            } catch let error as X12Error {
                try context.services.refuse(file)
                throw RevCycleError(.malformedInput, "The 271 cannot be read: \(error.description). Nothing from it was recorded; it was moved to refused/.",
                                    at: "\(context.services.exchange.inbox.lastPathComponent)/\(name)")
            }
            for response in responses {
                let answer = try EligibilityInterpreter.answer(response, file: name)
                guard let trace = response.patient?.traces.first?.reference,
                      let inquiry = try store.inquiry(trace: trace, site: context.actor.site) else {
                    unmatched.append("\(name): trace \(response.patient?.traces.first?.reference ?? "none")")
                    continue
                }
                let (record, isNew) = try store.recordAnswer(answer, trace: trace, task: task(for: answer, inquiry: inquiry), by: context.actor)
                if isNew { answered.append(record) }
            }
            try context.services.markProcessed(file)
        }
        return (answered, unmatched)
    }

    /// The desk's task when an answer needs a person.
    func task(for answer: EligibilityAnswer, inquiry: EligibilityRecord) -> WorkItem? {
        guard answer.status != .active, inquiry.purpose == .verify || answer.status == .rejected else { return nil }
        let what: String = switch answer.status {
        case .notFound: "member not found"
        case .inactive: "coverage inactive"
        default: "inquiry rejected"
        }
        let soon = context.today.days(until: inquiry.serviceDate) <= 2
        return WorkItem(
            kind: "eligibility.\(answer.status.rawValue)",
            title: "Eligibility \(what): \(inquiry.patient) with \(inquiry.payer) for \(inquiry.serviceDate)",
            detail: "\(answer.rejection ?? what). Check the member id, name and date of birth with the patient and the card, or record the right coverage, then run revcycle access eligibility check \(inquiry.patient).",
            role: .access, priority: soon ? .urgent : .high, dueDate: inquiry.serviceDate,
            links: WorkItem.Links(patient: inquiry.patient), createdBy: context.actor.user, createdAt: context.actor.at)
    }
}
