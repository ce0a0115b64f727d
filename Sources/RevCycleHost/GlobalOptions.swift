public import ArgumentParser
public import Foundation

/// The options every command takes: which installation, site and database, who is acting, and how
/// to print. Pull them into a command with `@OptionGroup var options: GlobalOptions`.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: ArgumentHelp("The RevCycle home: the folder holding config/ (default: $REVCYCLE_HOME or the current folder).", valueName: "folder"))
    public var home: String?

    @Option(name: .long, help: ArgumentHelp("The site (facility) to act for.", valueName: "site"))
    public var site: String = "default"

    @Option(name: .long, help: ArgumentHelp("Use this database file instead of the one in config/revcycle.yaml.", valueName: "path"))
    public var db: String?

    @Option(name: .long, help: ArgumentHelp("Act as this RevCycle user (default: $REVCYCLE_USER, else the user mapped to your OS login). Acting as someone else needs the admin role and is audited.", valueName: "name"))
    public var user: String?

    @Option(name: .long, help: "Output: table (for people), json or csv (for scripts).")
    public var format: OutputFormat = .table

    public init() {}

    /// The RevCycle home folder as an absolute URL.
    public var homeURL: URL {
        let path = home ?? ProcessInfo.processInfo.environment["REVCYCLE_HOME"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// The user asked for with `--user` or `REVCYCLE_USER`.
    public var requestedUser: String? {
        user ?? ProcessInfo.processInfo.environment["REVCYCLE_USER"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// How a command prints its results.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}
