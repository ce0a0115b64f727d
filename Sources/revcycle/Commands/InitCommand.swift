import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// `revcycle init`: creates the configuration, the database and the first admin. Safe to run again.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the configuration, the database and the first admin user (safe to run again).",
        discussion: """
            Writes config/revcycle.yaml and config/sites/default.yaml when they are missing
            (existing files are kept), creates the database and applies every migration,
            and, when there are no users yet, makes your OS login an admin user.

            Examples:
              revcycle init
              revcycle init --home /srv/revcycle --admin-name itadmin
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The name of the first admin user (default: your OS login).")
    var adminName: String?

    func run() throws {
        let home = options.homeURL
        let registry = try PluginRegistry.current()
        let files = FileManager.default
        var done: [String] = []
        let hostFile = home.appendingPathComponent(HostConfiguration.fileName)
        if !files.fileExists(atPath: hostFile.path) {
            try files.createDirectory(at: hostFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try HostConfiguration.defaultText.write(to: hostFile, atomically: true, encoding: .utf8)
            done.append("wrote \(HostConfiguration.fileName)")
        }
        let siteFile = home.appendingPathComponent(SiteConfiguration.fileName(for: "default"))
        if !files.fileExists(atPath: siteFile.path) {
            try files.createDirectory(at: siteFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try SiteConfiguration.defaultText(moduleIDs: registry.moduleIDs).write(to: siteFile, atomically: true, encoding: .utf8)
            done.append("wrote \(SiteConfiguration.fileName(for: "default"))")
        }
        for (path, text) in SiteConfiguration.starterFiles.sorted(by: { $0.key < $1.key }) {
            let file = home.appendingPathComponent(path)
            guard !files.fileExists(atPath: file.path) else { continue }
            try files.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            done.append("wrote \(path)")
        }
        let host = try HostConfiguration.load(home: home)
        for site in host.sites { _ = try SiteConfiguration.load(site: site, home: home, registry: registry) }
        let url = options.db.map { URL(fileURLWithPath: $0) } ?? host.databaseURL
        let database = try RevCycleDatabase.open(at: url, busyTimeout: TimeInterval(host.busyTimeoutSeconds))
        let applied = try database.migrate(with: registry.migrations)
        done.append(applied.isEmpty ? "database \(url.path) is up to date" : "database \(url.path): applied \(applied.count) migration(s)")
        let users = SQLiteUserDirectory(database: database)
        if try users.isEmpty() {
            let login = OperatingSystemLogin.current()
            let name = adminName ?? login.lowercased().filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
            let actor = ActingUser(user: name, role: .admin, site: host.sites[0], at: SystemWallClock().now())
            try users.add(StaffUser(name: name, displayName: "Administrator", roles: [.admin], osAccounts: [login]), by: actor)
            done.append("created admin user \(name) for OS account \(login)")
        }
        print(done.map { "• \($0)" }.joined(separator: "\n"))
        print("RevCycle is ready. Next: revcycle modules list; revcycle users add <name> --role billing --os-account <login>")
    }
}
