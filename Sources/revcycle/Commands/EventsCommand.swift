import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// `revcycle events`: what the modules published, newest first.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events modules published (what site scripts and other modules react to), newest first.",
        discussion: """
            Each event was recorded in the same transaction as the change it reports.

            Examples:
              revcycle events
              revcycle events --name billing.payment.posted --limit 20 --format json
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only events with this name.") var name: String?
    @Option(help: "At most this many events.") var limit = 50

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 10,000.") }
    }

    func run() throws {
        let context = try CommandContext.open(options, action: "events.list", roles: [.admin, .analyst])
        let events = try SQLiteEventLog(database: context.services.database)
            .recent(site: context.actor.site, name: name, limit: limit)
        try context.auditRead("events.list", detail: "\(events.count) events")
        var report = Report(columns: ["seq", "time", "event", "account", "fields"])
        let formatter = ISO8601DateFormatter()
        for event in events {
            report.append([.number(event.sequence ?? 0), .text(formatter.string(from: event.occurredAt)), .text(event.name),
                           .text(event.account?.description ?? ""),
                           .text(event.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))])
        }
        context.emit(report)
    }
}
