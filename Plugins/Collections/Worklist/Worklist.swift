import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleScripting
import RevCycleStore

/// The worklist, scored by the site's `collections.priority` policy.
struct Worklist {
    let services: HostServices
    let actor: ActingUser

    struct Entry: Sendable {
        var balance: CollectionsStore.GuarantorBalance
        var priority: Int64
        var reason: String
        var lastContactDays: Int?
        var plan: String
        var assignee: String?
        var contactHold: String?
    }

    func entries() throws -> [Entry] {
        let settings = try StatementSettings(site: services.site)
        let today = CalendarDate(actor.at, in: services.site.timeZone)
        let (balances, facts, plans, holds) = try services.database.writer.read { db in
            let balances = try CollectionsStore.openBalances(site: actor.site, in: db).filter { $0.patient >= settings.minimumBalance }
            var holds: [GuarantorID: String] = [:]
            for balance in balances {
                if let hold = try CollectionsStore.activeHolds(of: balance.guarantor, on: today, in: db)
                    .first(where: { $0.kind.stops.contains(.collectionContact) }) {
                    holds[balance.guarantor] = hold.summary
                }
            }
            return (balances, try CollectionsStore.workFacts(site: actor.site, today: today, in: db),
                    try CollectionsStore.planStandings(site: actor.site, on: today, in: db), holds)
        }
        var entries: [Entry] = []
        for balance in balances {
            let fact = facts[balance.guarantor]
            let contactDays = fact?.lastContact.map { CalendarDate($0, in: services.site.timeZone).days(until: today) }
            let plan = plans[balance.guarantor] ?? "none"
            let decision = try services.decide("collections.priority", payload: [
                "guarantor": .string(balance.guarantor.description), "patient_owes_cents": .integer(balance.patient.cents),
                "pending_insurance_cents": .integer(balance.insurance.cents), "accounts": .integer(Int64(balance.accounts)),
                "oldest_service_days": .integer(Int64(balance.oldestService.days(until: today))),
                "days_since_last_contact": .integer(Int64(contactDays ?? -1)), "plan": .string(plan),
                "payments_last_90_days_cents": .integer(max(fact?.paidLast90Days.cents ?? 0, 0)),
                "broken_promises": .integer(Int64(fact?.brokenPromises ?? 0)), "propensity": .string(fact?.propensity ?? "unknown"),
            ])
            entries.append(Entry(balance: balance, priority: decision["priority"]?.integerValue ?? 0,
                                 reason: decision["reason"]?.stringValue ?? "", lastContactDays: contactDays, plan: plan,
                                 assignee: fact?.assignee, contactHold: holds[balance.guarantor]))
        }
        return entries.sorted { lhs, rhs in
            if (lhs.contactHold == nil) != (rhs.contactHold == nil) { return lhs.contactHold == nil }
            return (lhs.priority, lhs.balance.patient, rhs.balance.guarantor) > (rhs.priority, rhs.balance.patient, lhs.balance.guarantor)
        }
    }
}
