import Foundation
import RevCycleCore
import RevCycleHost

/// The contact preferences collections assumes until it records its own: the site's time zone, and
/// the channels the patient allowed at registration.
enum ContactDefaults {
    static func preferences(of guarantor: GuarantorID, context: CommandContext) throws -> CollectionsStore.StoredPreferences {
        let zone = context.services.site.timeZone
        var stored = CollectionsStore.StoredPreferences(timeZone: zone.identifier)
        let mailTo = try CollectionsStore(database: context.services.database).guarantor(guarantor, site: context.actor.site).mailTo
        guard let patient = mailTo, let demographics = try? context.services.demographics(of: patient, by: context.actor) else { return stored }
        let contact = demographics.contact
        var refused: [String] = []
        if !contact.allows(.phone) { refused.append(ContactChannel.call.rawValue) }
        if !contact.allows(.mail) { refused.append(ContactChannel.letter.rawValue) }
        if !contact.allows(.email) { refused.append(ContactChannel.email.rawValue) }
        stored.doNotContact = refused
        if contact.allows(.text), let day = contact.textConsent { stored.textConsentGiven = LocalClock(zone).startOfDay(day) }
        return stored
    }
}
