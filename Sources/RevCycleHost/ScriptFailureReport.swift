import Foundation
import Logging
import RevCycleCore
import RevCycleScripting

/// Tells people that a site script failed: a warning on standard error for whoever ran the
/// command, a log entry, and one open task for the admins per hook and message (not one per call).
struct ScriptFailureReport {
    let services: HostServices

    func report(_ failure: ScriptFailure) {
        report(hook: failure.hook ?? "load", message: failure.description, location: failure.location)
    }

    func report(hook: String, message: String, location: String?) {
        FileHandle.standardError.write(Data("warning: site script failed; the default policy was used: \(message)\n".utf8))
        services.logger.warning("script failure", metadata: ["hook.name": "\(hook)", "site.id": "\(services.site.id)"])
        let title = "Script failure in \(hook)\(location.map { " at \($0)" } ?? "")"
        let open = (try? services.workQueue.items(matching: WorkQueueFilter(role: .admin), site: services.site.id)) ?? []
        guard !open.contains(where: { $0.kind == "script.error" && $0.title == title }) else { return }
        let actor = ActingUser(user: "script:\(services.site.id)", role: nil, site: services.site.id, at: services.clock.now())
        _ = try? services.workQueue.create(
            WorkItem(kind: "script.error", title: String(title.prefix(200)), detail: message, role: .admin, priority: .high,
                     createdBy: actor.user, createdAt: actor.at),
            by: actor)
    }
}
