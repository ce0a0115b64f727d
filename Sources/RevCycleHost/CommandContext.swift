import Foundation
import Logging
public import RevCycleCore
import RevCycleStore

/// Everything a command needs once it is allowed to run: the services, the acting user and the
/// role they act in. Opening it performs the checks every command shares:
///
/// 1. the configuration and the site file load without error;
/// 2. the command's module, if any, is on for the site;
/// 3. the database exists and is fully migrated;
/// 4. the person is a known, active user (authenticated by the OS login), acting as someone
///    else only when that login belongs to an admin;
/// 5. the user holds one of the command's roles — or the attempt is audited as denied.
///
/// ```swift
/// let context = try CommandContext.open(options, module: "billing", action: "billing.charge.post", roles: [.billing])
/// let receipt = try context.services.ledger.post(entry, by: context.actor)
/// ```
public struct CommandContext: Sendable {
    public let services: HostServices
    public let actor: ActingUser
    public let user: StaffUser
    public let format: OutputFormat

    public static func open(
        _ options: GlobalOptions, module: String? = nil, action: String, roles: Set<Role>,
        plugins: PluginRegistry? = nil, clock: (any WallClock)? = nil, requiresCurrentSchema: Bool = true
    ) throws -> CommandContext {
        let plugins = try plugins ?? PluginRegistry.current()
        let home = options.homeURL
        let host = try HostConfiguration.load(home: home)
        let clock = try clock ?? SettableWallClock.fromEnvironment(allowed: host.clockIsSettable)
        guard host.sites.contains(options.site) else {
            throw RevCycleError(.notFound, "Site \(options.site) is not listed in \(HostConfiguration.fileName); sites are \(host.sites.joined(separator: ", ")).",
                                remedy: "use --site \(host.sites[0]), or add the site to \(HostConfiguration.fileName)")
        }
        let site = try SiteConfiguration.load(site: options.site, home: home, registry: plugins)
        if let module, !site.isEnabled(module) {
            throw RevCycleError(.moduleDisabled, "The \(module) module is off for site \(site.id), so its commands are unavailable.",
                                remedy: "revcycle modules enable \(module) --site \(site.id)")
        }
        let database = try openDatabase(options: options, host: host, plugins: plugins,
                                        requiresCurrentSchema: requiresCurrentSchema)
        var logger = Logger(label: "revcycle")
        logger[metadataKey: "site.id"] = "\(site.id)"
        // REVCYCLE_LOG_LEVEL (read at start-up) overrides the installation's log_level for one run.
        if ProcessInfo.processInfo.environment["REVCYCLE_LOG_LEVEL"] == nil, let level = Logger.Level(rawValue: host.logLevel) {
            logger.logLevel = level
        }
        let services = HostServices(clock: clock, database: database, logger: logger, plugins: plugins, host: host, site: site)
        let (user, osAccount) = try authenticate(options: options, services: services, action: action)
        guard let role = roles.sorted().first(where: { user.holds($0) }) else {
            let actor = ActingUser(user: user.name, role: nil, osAccount: osAccount, site: site.id, at: clock.now())
            try services.audit.record(action: action, outcome: .denied, patient: nil, account: nil,
                                      detail: "needs role \(roles.sorted().map(\.rawValue).joined(separator: " or "))",
                                      by: actor)
            throw RevCycleError(
                .permissionDenied,
                "User \(user.name) may not run this command: it needs the \(roles.sorted().map(\.rawValue).joined(separator: " or ")) role.",
                remedy: "ask an admin to grant the role, or run it as a user who holds it")
        }
        let actor = ActingUser(user: user.name, role: role, osAccount: osAccount, site: site.id, at: clock.now())
        return CommandContext(services: services, actor: actor, user: user, format: options.format)
    }

    /// Opens the database named by `--db` or the config, refusing one that is missing or not fully migrated.
    static func openDatabase(options: GlobalOptions, host: HostConfiguration, plugins: PluginRegistry,
                             requiresCurrentSchema: Bool) throws -> RevCycleDatabase {
        let url = options.db.map { URL(fileURLWithPath: $0) } ?? host.databaseURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw RevCycleError(.storage, "There is no RevCycle database at \(url.path).", remedy: "revcycle init")
        }
        let database = try RevCycleDatabase.open(at: url, busyTimeout: TimeInterval(host.busyTimeoutSeconds))
        let applied = Set(try database.appliedMigrations())
        let pending = plugins.migrations.map(\.id).filter { !applied.contains($0) }
        if !applied.contains("host.004-users") {
            throw RevCycleError(.storage, "The database at \(url.path) has no users table yet.", remedy: "revcycle init")
        }
        if requiresCurrentSchema, !pending.isEmpty {
            throw RevCycleError(.storage, "The database needs \(pending.count) migration(s) before use (first: \(pending[0])).",
                                remedy: "revcycle db migrate")
        }
        return database
    }

    /// Maps the OS login to a RevCycle user and honours `--user` only for admins.
    static func authenticate(options: GlobalOptions, services: HostServices,
                             action: String) throws -> (StaffUser, osAccount: String?) {
        let login = OperatingSystemLogin.current()
        guard let signedIn = try services.users.user(forOSAccount: login), signedIn.isActive else {
            throw RevCycleError(
                .permissionDenied, "The OS account \(login) is not mapped to an active RevCycle user.",
                remedy: "ask an admin to run `revcycle users add <name> --role <role> --os-account \(login)`")
        }
        guard let requested = options.requestedUser, requested != signedIn.name else { return (signedIn, nil) }
        guard signedIn.holds(.admin) else {
            let actor = ActingUser(user: signedIn.name, role: nil, osAccount: login, site: services.site.id,
                                   at: services.clock.now())
            try services.audit.record(action: action, outcome: .denied, patient: nil, account: nil,
                                      detail: "tried to act as \(requested)", by: actor)
            throw RevCycleError(.permissionDenied, "User \(signedIn.name) may not act as \(requested); only an admin may.",
                                remedy: "run the command without --user or REVCYCLE_USER")
        }
        guard let target = try services.users.user(named: requested), target.isActive else {
            throw RevCycleError(.notFound, "There is no active user \(requested).", remedy: "revcycle users list")
        }
        return (target, "\(login) (as admin \(signedIn.name))")
    }

    /// Prints a report in the format the person asked for.
    public func emit(_ report: Report) {
        print(report.render(as: format))
    }

    /// Records a read of patient data.
    public func auditRead(_ action: String, patient: PatientID? = nil, account: AccountID? = nil, detail: String = "") throws {
        try services.audit.record(action: action, outcome: .allowed, patient: patient, account: account, detail: detail,
                                  by: actor)
    }

    /// An event about `account`, stamped with the site and the clock, for ``post(_:_:publishing:)``.
    public func event(_ qualifiedName: String, account: AccountID, fields: [String: String]) -> HostEvent {
        HostEvent(name: qualifiedName, site: actor.site, account: account, fields: fields, occurredAt: actor.at)
    }

    /// A payer code that the site bills (in its site file's `payers:` or imported by a module).
    public func configuredPayer(_ text: String) throws -> PayerCode {
        try services.payerCatalog().payer(text, site: services.site.id)
    }

    /// Reads a module's site parameter (defaults filled in when the file is silent).
    public func parameter(_ module: String, _ name: String) -> ParameterValue? {
        services.site.parameter(module, name)
    }
}

extension CommandContext {
    /// A reason or note staff must give (a cancellation, an ended coverage, an appeal), trimmed and
    /// checked: 3 to 200 characters, kept in a history or the audit trail.
    ///
    /// - Throws: `invalidInput` naming `option`.
    public func requiredNote(_ text: String, option: String, saying what: String = "a reason") throws -> String {
        let note = text.trimmingCharacters(in: .whitespaces)
        guard (3...200).contains(note.count) else {
            throw RevCycleError(.invalidInput, "Give \(what) of 3 to 200 characters; it is kept with the change.", at: option)
        }
        return note
    }

    /// Today's date at the site, from the injected clock.
    public var today: CalendarDate { CalendarDate(actor.at, in: services.site.timeZone) }

    /// The key a manual posting is recorded under: the one staff gave (`--key`, so that re-running
    /// the same command posts nothing new), or a fresh one for a new, deliberate action.
    public func idempotencyKey(_ given: String?, action: String) -> String {
        given.map { "\(action):\($0)" } ?? "\(action):\(UUID().uuidString.lowercased())"
    }

    /// Posts entries that make one change (a payment and its contractual adjustment) in one
    /// transaction, and prints the receipt with the account's new balances.
    public func post(_ entry: JournalEntry, publishing events: [HostEvent] = []) throws {
        try post([entry], publishing: events)
    }

    /// Posts entries that make one change in one transaction, records `events` with them, prints the
    /// receipt, and then delivers the events to the subscribed modules.
    public func post(_ entries: [JournalEntry], publishing events: [HostEvent] = []) throws {
        guard let account = entries.first?.postings.first?.account else { return }
        try post(on: account, building: { _ in entries }, publishing: { _ in events })
    }

    /// Posts entries computed from the account's balances inside the posting transaction (see
    /// ``LedgerStore/post(on:by:building:publishing:)``), prints the receipt, then delivers the events.
    public func post(on account: AccountID, building: (PostingMoment) throws -> [JournalEntry],
                     publishing: ([JournalEntry]) -> [HostEvent] = { _ in [] }) throws {
        let names = services.plugins.publishedEventNames
        let (receipts, _, recorded) = try services.ledger.post(on: account, by: actor, building: building) { entries in
            let events = publishing(entries)
            if let undeclared = events.first(where: { !names.contains($0.name) }) {
                throw RevCycleError(.configuration, "No module declares the event \(undeclared.name); declare it in publishedEvents.")
            }
            return events
        }
        let balances = try services.ledger.balances(of: account, by: actor)
        let repeated = receipts.allSatisfy(\.wasAlreadyPosted)
        emit(.record([
            ("entry", .text(receipts.map(\.entry.description).joined(separator: ","))),
            ("result", .text(repeated ? "already posted (same key, same request): nothing new" : "posted")),
            ("account", .text(account.description)),
            ("insurance owes", .money(balances.insurance)), ("patient owes", .money(balances.patient)),
            ("credit", .money(balances.credit)),
        ]))
        EventDelivery(services: services).deliver(recorded)
    }
}
