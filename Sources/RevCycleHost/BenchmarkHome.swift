public import Foundation
public import RevCycleCore
import ArgumentParser
import RevCycleStore

/// A scratch RevCycle home for a module's benchmark: what `revcycle init` writes (the clearinghouse
/// `external`, so nothing answers by itself; the site's policies from `scripts`), every migration,
/// and a user with `role` mapped to the OS login. Benchmarks measure; they never assert in tests.
public enum BenchmarkHome {
    /// - Returns: the context a command of `module` opens in the new home, acting as that user.
    public static func make(in folder: URL, registry: PluginRegistry, scripts: [URL], role: Role, module: String,
                            action: String) throws -> CommandContext {
        let files = FileManager.default
        func write(_ text: String, to path: String) throws {
            let url = folder.appendingPathComponent(path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write(HostConfiguration.defaultText, to: HostConfiguration.fileName)
        try write(SiteConfiguration.defaultText(moduleIDs: registry.moduleIDs)
                    .replacingOccurrences(of: "clearinghouse: sandbox", with: "clearinghouse: external")
                    .replacingOccurrences(of: "  - Scripts/default", with: scripts.map { "  - \($0.path)" }.joined(separator: "\n")),
                  to: SiteConfiguration.fileName(for: "default"))
        for (path, text) in SiteConfiguration.starterFiles { try write(text, to: path) }
        let host = try HostConfiguration.load(home: folder)
        let database = try RevCycleDatabase.open(at: host.databaseURL)
        _ = try database.migrate(with: registry.migrations)
        let login = OperatingSystemLogin.current()
        try SQLiteUserDirectory(database: database).add(
            StaffUser(name: "bench", displayName: "Benchmark", roles: [role], osAccounts: [login]),
            by: ActingUser(user: "bench", role: .admin, site: host.sites[0], at: SystemWallClock().now()))
        let options = try GlobalOptions.parse(["--home", folder.path, "--user", "bench"])
        return try CommandContext.open(options, module: module, action: action, roles: [role], plugins: registry)
    }

    /// VmHWM from /proc/self/status (Linux): the process's peak resident memory so far, in bytes; `nil` elsewhere.
    public static func peakResidentBytes() -> Int? { statusBytes("VmHWM:") }

    /// VmRSS from /proc/self/status (Linux): the process's resident memory now, in bytes; `nil` elsewhere.
    public static func residentBytes() -> Int? { statusBytes("VmRSS:") }

    private static func statusBytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1_024
    }

    /// Starts a new peak: resets VmHWM to the memory resident now (Linux `clear_refs` 5), so that
    /// ``peakResidentBytes()`` after a phase is that phase's own peak. Returns false where the kernel
    /// does not allow it (the figure is then the peak of the process so far).
    @discardableResult
    public static func resetPeakResident() -> Bool {
        (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
    }
}
