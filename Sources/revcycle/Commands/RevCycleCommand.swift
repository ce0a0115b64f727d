import ArgumentParser
import RevCycleHost

/// `revcycle`: the root command. Host commands come first, then one group per role module.
struct RevCycleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revcycle",
        abstract: "RevCycle: from a patient's appointment to a paid balance.",
        discussion: """
            Every command acts as a RevCycle user (your OS login, or --user for admins) for
            one site (--site, default "default") and prints a table, or JSON/CSV with
            --format.

            Examples:
              revcycle init
              revcycle modules list
              revcycle ledger show G1 --format json

            Exit codes: 0 ok, 3 ledger or audit verification failed, 4 script error, 64 bad
            usage or value, 65 malformed input file, 66 not found, 69 module off for the
            site, 70 internal error, 74 database not ready, 75 conflict, 76 payment
            declined, 77 permission denied, 78 configuration error.
            """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Set up", subcommands: [InitCommand.self, DatabaseCommand.self, ModulesCommand.self, UsersCommand.self]),
            CommandGroup(name: "Money and audit", subcommands: [LedgerCommand.self, AuditCommand.self]),
            CommandGroup(name: "Work", subcommands: [TasksCommand.self, EventsCommand.self]),
            CommandGroup(name: "Site scripts", subcommands: [ScriptsCommand.self]),
            CommandGroup(name: "Role modules", subcommands: BundledModules.registry.commandGroups.flatMap(\.commands)),
            CommandGroup(name: "Tools", subcommands: [X12Command.self, BenchCommand.self, SimulateCommand.self]),
        ]
    )

    func run() throws {
        print(Self.helpMessage())
    }
}
