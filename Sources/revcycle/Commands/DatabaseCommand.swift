import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// `revcycle db status|migrate|backup`
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Show the database's schema state, apply migrations, or back it up.",
        subcommands: [Status.self, Migrate.self, Backup.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List applied and pending migrations.",
            discussion: "Example:\n  revcycle db status --format json")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "db.status", roles: [.admin], requiresCurrentSchema: false)
            let applied = try context.services.database.appliedMigrations()
            var report = Report(columns: ["migration", "state"])
            for migration in context.services.plugins.migrations {
                report.append([.text(migration.id), .text(applied.contains(migration.id) ? "applied" : "pending")])
            }
            report.footer = ["", "database: \(context.services.database.path ?? "in memory")"]
            context.emit(report)
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply every pending migration of the host and the modules, in order.",
            discussion: "Example:\n  revcycle db backup var/before-upgrade.sqlite && revcycle db migrate")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "db.migrate", roles: [.admin], requiresCurrentSchema: false)
            let applied = try context.services.database.migrate(with: context.services.plugins.migrations)
            try context.auditRead("db.migrate", detail: "applied \(applied.count)")
            print(applied.isEmpty ? "The database is up to date." : "Applied: \(applied.joined(separator: ", "))")
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a consistent copy of the live database (VACUUM INTO, safe while others work).",
            discussion: "Example:\n  revcycle db backup var/backups/revcycle-2026-11-29.sqlite")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The new file to write; it must not exist.")
        var destination: String

        func run() throws {
            let context = try CommandContext.open(options, action: "db.backup", roles: [.admin])
            let url = URL(fileURLWithPath: destination)
            try context.auditRead("db.backup", detail: "to \(url.path)")
            try context.services.database.backup(to: url)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            print("Backed up to \(url.path) (\(size / 1024) KiB).")
        }
    }
}
