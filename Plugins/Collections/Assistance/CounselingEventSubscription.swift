import RevCycleCore
import RevCycleHost

/// Collections follows counseling through its events, never by importing it (DESIGN.md): an
/// application received or completed holds the guarantor's collection, an approval records what
/// the patient owes and starts the reversals and refunds, a denial releases the hold, and a
/// good-faith-estimate dispute holds the disputed visit until it is resolved.
enum CounselingEventSubscription {
    static let all: [EventSubscription] = [
        EventSubscription("counseling.fa.application.received", handler: handle),
        EventSubscription("counseling.fa.application.completed", handler: handle),
        EventSubscription("counseling.fa.application.approved", handler: handle),
        EventSubscription("counseling.fa.application.denied", handler: handle),
        EventSubscription("counseling.gfe.dispute.filed", handler: handle),
        EventSubscription("counseling.gfe.dispute.resolved", handler: handle),
    ]

    @Sendable
    static func handle(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        let day = CalendarDate(event.occurredAt, in: services.site.timeZone)
        guard let guarantorText = event.fields["guarantor"] else {
            throw RevCycleError(.invalidInput, "\(event.name) #\(event.sequence ?? 0) names no guarantor.")
        }
        let guarantor = try GuarantorID(parsing: guarantorText)
        let source = "\(event.name) #\(event.sequence ?? 0) (\(event.fields["application"] ?? event.fields["dispute"] ?? ""))"
        let followUp = AssistanceFollowUp(services: services, actor: actor, day: day)
        switch event.name {
        case "counseling.fa.application.received":
            let status = event.fields["status"] == "complete" ? "pending" : "incomplete"
            _ = try followUp.record(status, guarantor: guarantor, account: nil, patientOwes: nil,
                                    completeBy: try event.fields["complete_by"].flatMap { $0.isEmpty ? nil : try CalendarDate(parsing: $0) },
                                    source: source)
        case "counseling.fa.application.completed":
            _ = try followUp.record("pending", guarantor: guarantor, account: nil, patientOwes: nil, completeBy: nil, source: source)
        case "counseling.fa.application.approved":
            guard let account = event.account, let cents = event.fields["patient_owes_cents"].flatMap(Int64.init) else {
                throw RevCycleError(.invalidInput, "\(event.name) #\(event.sequence ?? 0) needs the account and patient_owes_cents.")
            }
            _ = try followUp.record("approved", guarantor: guarantor, account: account, patientOwes: Money(cents: cents), completeBy: nil,
                                    source: source)
        case "counseling.fa.application.denied":
            _ = try followUp.record("denied", guarantor: guarantor, account: nil, patientOwes: nil, completeBy: nil, source: source)
        case "counseling.gfe.dispute.filed":
            let hold = try CollectionHold(kind: .goodFaithEstimateDispute, reason: "good-faith estimate dispute \(event.fields["dispute"] ?? "") filed",
                                          startsOn: day, expiresOn: nil)
            _ = try CollectionsStore(database: services.database).placeHold(guarantor: guarantor, account: event.account, hold, by: actor)
        default:  // counseling.gfe.dispute.resolved
            let store = CollectionsStore(database: services.database)
            for hold in try store.holds(site: actor.site, guarantor: guarantor)
            where hold.kind == .goodFaithEstimateDispute && hold.account == event.account && hold.released == nil {
                _ = try store.releaseHold(hold.id, on: day, reason: "dispute \(event.fields["dispute"] ?? "") resolved: \(event.fields["outcome"] ?? "")",
                                          by: actor)
            }
        }
    }
}
