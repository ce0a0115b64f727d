import RevCycleCore
import RevCycleHost

/// Counseling keeps good-faith estimates and watches the bill against them (No Surprises Act).
///
/// - `access.estimate.issued`: the estimate is kept with each provider's expected charges.
/// - `access.checkin.completed`: an appointment that had an estimate is linked to its account.
/// - `billing.charge.posted`: on a visit with an estimate, the charges are summed per provider (the
///   facility's or the physician's, as the estimate assigned them) and compared with the estimate; a provider first at least $400.00 above is flagged once, with a task
///   for counseling and a notice to the guarantor of the right to dispute (see ``EstimateReview``).
enum EstimateSubscription {
    static let all: [EventSubscription] = [
        EventSubscription("access.estimate.issued", handler: estimateIssued),
        EventSubscription("access.checkin.completed", handler: checkedIn),
        EventSubscription("billing.charge.posted", handler: chargePosted),
    ]

    @Sendable
    static func estimateIssued(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        guard event.fields["kind"] == "good-faith" else { return }
        guard let patient = event.patient, let estimate = event.fields["estimate"], !estimate.isEmpty,
              let appointment = event.fields["appointment"], !appointment.isEmpty,
              let total = event.fields["total_cents"].flatMap(Int64.init), let issued = event.fields["issued_on"] else {
            throw RevCycleError(.invalidInput, "\(event.name) #\(event.sequence ?? 0) needs the patient, estimate, appointment, total_cents and issued_on.")
        }
        let store = CounselingStore(database: services.database)
        let linked = try store.keepEstimate(
            estimate, patient: patient, appointment: try AppointmentID(parsing: appointment).description, issuedOn: try CalendarDate(parsing: issued),
            providers: try CounselingStore.providers(event.fields["providers"] ?? ""), total: Money(cents: total), event: event.sequence, by: actor)
        if let linked { try review(linked, event: event, services: services, actor: actor) }
    }

    @Sendable
    static func checkedIn(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        guard let account = event.account, let appointment = event.fields["appointment"] else {
            throw RevCycleError(.invalidInput, "\(event.name) #\(event.sequence ?? 0) needs the account and the appointment.")
        }
        let store = CounselingStore(database: services.database)
        if try store.linkVisit(appointment: try AppointmentID(parsing: appointment).description, account: account, by: actor) {
            try review(account, event: event, services: services, actor: actor)
        }
    }

    @Sendable
    static func chargePosted(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        guard let account = event.account else {
            throw RevCycleError(.invalidInput, "\(event.name) #\(event.sequence ?? 0) names no account.")
        }
        guard try CounselingStore(database: services.database).hasGoodFaithEstimate(account) else { return }
        try review(account, event: event, services: services, actor: actor)
    }

    /// Flags each provider first at least the threshold above its estimate, on the event's day.
    static func review(_ account: AccountID, event: HostEvent, services: HostServices, actor: ActingUser) throws {
        let day = CalendarDate(event.occurredAt, in: services.site.timeZone)
        let review = EstimateReview(services: services)
        _ = try CounselingStore(database: services.database).flagExcess(account: account, on: day, by: actor) { visit in
            review.newFlags(visit, on: day, by: actor)
        }
    }
}
