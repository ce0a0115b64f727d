import RevCycleCore
import RevCycleHost

/// Billing learns each visit's rendering provider from patient access's `access.checkin.completed`
/// event, so the visit's charges default to the provider the patient saw (not any provider of the site).
enum VisitProviderSubscription {
    @Sendable
    static func handle(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        guard let account = event.account, let npi = event.fields["provider_npi"], npi.count == 10 else { return }
        try BillingStore(database: services.database).recordVisitProvider(npi, services: event.fields["services"] ?? "", for: account)
    }
}
