import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle modules list|enable|disable`
struct ModulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List role modules and switch them on or off per site.",
        subcommands: [List.self, Enable.self, Disable.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each module, whether it is on for the site, and what it needs.",
            discussion: "Examples:\n  revcycle modules list\n  revcycle modules list --site north --format json")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "modules.list", roles: Set(Role.allCases))
            let site = context.services.site
            var report = Report(columns: ["module", "state", "needs", "role", "summary"])
            for module in context.services.plugins.modules {
                report.append([
                    .text(module.id), .text(site.isEnabled(module.id) ? "enabled" : "disabled"),
                    .text(module.dependencies.joined(separator: ",")), .text(module.primaryRole), .text(module.summary),
                ])
            }
            report.footer = ["", "site \(site.id) (\(site.name)); change with: revcycle modules enable|disable <module> --site \(site.id)"]
            context.emit(report)
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch a module on for a site (refused while a module it needs is off).",
            discussion: "Example:\n  revcycle modules enable collections --site north")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The module id.") var module: String

        func run() throws { try toggle(module, enabled: true, options: options) }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch a module off for a site (refused while an enabled module needs it).",
            discussion: "Example:\n  revcycle modules disable analytics --site north")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The module id.") var module: String

        func run() throws { try toggle(module, enabled: false, options: options) }
    }

    static func toggle(_ module: String, enabled: Bool, options: GlobalOptions) throws {
        let context = try CommandContext.open(options, action: "modules.\(enabled ? "enable" : "disable")", roles: [.admin])
        let toggle = SiteModuleSwitch(home: options.homeURL, registry: context.services.plugins)
        let site = context.services.site.id
        do {
            let changed = try toggle.set(module, enabled: enabled, site: site)
            try context.auditRead("modules.\(enabled ? "enable" : "disable")", detail: "\(module) at \(site), changed: \(changed)")
            print(changed ? "Module \(module) is now \(enabled ? "enabled" : "disabled") for site \(site)."
                          : "Module \(module) was already \(enabled ? "enabled" : "disabled") for site \(site).")
        } catch let error as RevCycleError {
            try context.services.audit.record(action: "modules.\(enabled ? "enable" : "disable")", outcome: .failed,
                                              patient: nil, account: nil, detail: "\(module): \(error.message)", by: context.actor)
            throw error
        }
    }
}
