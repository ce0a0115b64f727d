import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle users add|list`
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add and list the people who use RevCycle, with their roles.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user with one or more roles, signed in by an OS account.",
            discussion: """
                Roles: access, billing, collections, counseling, analyst, admin.

                Examples:
                  revcycle users add mlopez --name "Maria Lopez" --role billing --os-account \\
                      mlopez
                  revcycle users add jchen --name "Jo Chen" --role collections --role \\
                      counseling
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The RevCycle user name (lowercase).") var name: String
        @Option(name: .customLong("name"), help: "The person's full name.") var displayName: String?
        @Option(help: "A role the user holds (repeat for several).") var role: [String] = []
        @Option(help: "An OS login that signs in as this user (repeat for several).") var osAccount: [String] = []

        func run() throws {
            let context = try CommandContext.open(options, action: "users.add", roles: [.admin])
            let roles = try Set(role.map(Role.init(parsing:)))
            guard !roles.isEmpty else {
                throw RevCycleError(.invalidInput, "A user needs at least one --role.",
                                    remedy: "revcycle users add \(name) --role billing")
            }
            let user = StaffUser(name: name, displayName: displayName ?? name, roles: roles, osAccounts: Set(osAccount))
            try context.services.users.add(user, by: context.actor)
            print("Added \(name) with role(s) \(roles.sorted().map(\.rawValue).joined(separator: ", ")).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List users, their roles and OS accounts.",
            discussion: "Example:\n  revcycle users list --format csv")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "users.list", roles: [.admin])
            var report = Report(columns: ["user", "name", "roles", "os accounts", "active"])
            for user in try context.services.users.all() {
                report.append([.text(user.name), .text(user.displayName),
                               .text(user.roles.sorted().map(\.rawValue).joined(separator: ",")),
                               .text(user.osAccounts.sorted().joined(separator: ",")), .text(user.isActive ? "yes" : "no")])
            }
            context.emit(report)
        }
    }
}
