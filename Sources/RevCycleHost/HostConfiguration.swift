public import Foundation
import RevCycleCore

/// The installation's settings, from `config/revcycle.yaml` under the RevCycle home.
///
/// ```yaml
/// database: var/revcycle.sqlite   # relative paths are relative to the RevCycle home
/// busy_timeout_seconds: 5
/// log_level: info
/// sites:
///   - default
/// clock: system        # or `settable`: a test or training home whose commands read $REVCYCLE_NOW
/// ```
public struct HostConfiguration: Sendable, Hashable {
    /// The folder holding `config/`; relative paths in the files are taken from here.
    public var home: URL
    public var databasePath: String
    public var busyTimeoutSeconds: Int
    public var logLevel: String
    public var sites: [String]
    /// Whether commands may read the time from `$REVCYCLE_NOW` (a simulation, a test or a training
    /// home) instead of the system clock. A production installation leaves it `system`.
    public var clockIsSettable: Bool = false

    public static let fileName = "config/revcycle.yaml"
    static let keys = ["database", "busy_timeout_seconds", "log_level", "sites", "clock"]
    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    public var databaseURL: URL { resolve(databasePath) }

    /// A path from a config file, made absolute against the home.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : home.appendingPathComponent(path)
    }

    public static func load(home: URL) throws -> HostConfiguration {
        let root = try ConfigNode.load(home.appendingPathComponent(fileName), shownAs: fileName)
        var configuration = HostConfiguration(home: home, databasePath: "var/revcycle.sqlite", busyTimeoutSeconds: 5,
                                              logLevel: "info", sites: [])
        for (key, value) in try root.mapping(expecting: keys) {
            switch key {
            case "database": configuration.databasePath = try value.string()
            case "busy_timeout_seconds": configuration.busyTimeoutSeconds = Int(try value.integer(in: 1...600))
            case "log_level":
                let level = try value.string()
                guard logLevels.contains(level) else {
                    throw value.error("Unknown log level \"\(level)\"; expected one of: \(logLevels.joined(separator: ", ")).")
                }
                configuration.logLevel = level
            case "clock":
                let clock = try value.string()
                guard ["system", "settable"].contains(clock) else {
                    throw value.error("Unknown clock \"\(clock)\"; expected system (the computer's clock) or settable (commands read $REVCYCLE_NOW).")
                }
                configuration.clockIsSettable = clock == "settable"
            default:  // sites
                configuration.sites = try value.sequence().map { item in
                    let site = try item.string()
                    try SiteConfiguration.validate(siteID: site, at: item)
                    return site
                }
            }
        }
        guard !configuration.sites.isEmpty else {
            throw root.error("The installation lists no sites; expected a `sites:` list with at least `- default`.")
        }
        return configuration
    }

    /// The text `revcycle init` writes for a new installation.
    public static let defaultText = """
        # RevCycle installation settings. Paths are relative to the folder that holds config/.
        # Each site listed here has its own file: config/sites/<site>.yaml.
        database: var/revcycle.sqlite
        # How long a command waits for another writer before giving up.
        busy_timeout_seconds: 5
        # trace, debug, info, notice, warning, error or critical (logs go to standard error).
        log_level: warning
        sites:
          - default

        """
}
