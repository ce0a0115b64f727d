import Logging
import RevCycleStore
import RevCycleScripting
public import RevCycleCore

/// Delivers recorded events to the subscribers of the modules that are on for the event's site.
///
/// Delivery happens after the publishing transaction has committed: a handler's failure cannot
/// undo the change, so it is logged and handed to the admins as a work item instead.
public struct EventDelivery: Sendable {
    public let services: HostServices

    public init(services: HostServices) { self.services = services }

    /// Runs every matching handler; returns how many ran and how many failed.
    @discardableResult
    public func deliver(_ events: [HostEvent]) -> (delivered: Int, failed: Int) {
        var delivered = 0, failed = 0
        for event in events {
            if services.plugins.hookCatalog[event.name] != nil, case .success(let runtime) = services.scripts.runtime(services) {
                let failures = runtime.emit(event.name, payload: event.scriptValue)
                for failure in failures { ScriptFailureReport(services: services).report(failure) }
                failed += failures.count
            }
            for module in services.plugins.modules where services.site.isEnabled(module.id) {
                for subscription in module.subscriptions where subscription.event == event.name {
                    let actor = ActingUser(user: "module:\(module.id)", role: nil, site: event.site, at: services.clock.now())
                    do {
                        try subscription.handler(event, services, actor)
                        delivered += 1
                    } catch {
                        failed += 1
                        report(error, module: module.id, event: event, actor: actor)
                    }
                }
            }
        }
        return (delivered, failed)
    }

    /// Delivers the events recorded with sequence numbers in `sequences`, read back from the event log
    /// a page at a time, so a change that recorded very many events is delivered in bounded memory.
    @discardableResult
    public func deliver(logged sequences: ClosedRange<Int64>?) throws -> (delivered: Int, failed: Int) {
        guard let sequences else { return (0, 0) }
        let log = SQLiteEventLog(database: services.database)
        var total = (delivered: 0, failed: 0)
        var last: Int64?
        while true {
            let page = try log.events(in: sequences, after: last)
            guard let final = page.last?.sequence else { return total }
            let outcome = deliver(page)
            total = (total.delivered + outcome.delivered, total.failed + outcome.failed)
            last = final
        }
    }

    private func report(_ error: any Error, module: String, event: HostEvent, actor: ActingUser) {
        services.logger.error("event handler failed", metadata: [
            "event.name": "\(event.name)", "event.seq": "\(event.sequence ?? 0)", "module.id": "\(module)",
        ])
        let item = WorkItem(
            kind: "host.event-handler-failed", title: "The \(module) module could not handle \(event.name)",
            detail: "event #\(event.sequence ?? 0): \(error)", role: .admin, priority: .high,
            links: WorkItem.Links(patient: event.patient, account: event.account),
            createdBy: actor.user, createdAt: actor.at)
        _ = try? services.workQueue.create(item, by: actor)
    }
}
