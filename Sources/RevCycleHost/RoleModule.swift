public import ArgumentParser
public import RevCycleCore
public import RevCycleScripting
public import RevCycleStore

/// A role module: the unit an integrator adds to RevCycle and a site switches on or off.
///
/// Only ``id`` and ``dependencies`` are required; everything else defaults to empty, so a small
/// module stays small. The host files what a module contributes under its id: a migration
/// `"001-claims"` of module `billing` runs as `billing.001-claims`, a parameter `"timely_filing_days"`
/// is read from the site file under `parameters.billing`.
///
/// ```swift
/// public struct DentalModule: RoleModule {
///     public init() {}
///     public let id = "dental"
///     public let dependencies = ["access"]
///     public var summary: String { "Dental claims (837D) and tooth charts." }
///     public var commands: [any ParsableCommand.Type] { [DentalChartCommand.self] }
///     public var migrations: [StoreMigration] {
///         [StoreMigration("001-tooth-chart") { db in try db.execute(sql: "CREATE TABLE dental_tooth (...)") }]
///     }
/// }
/// ```
///
/// Register it with one line in the executable's `BundledModules.swift`.
public protocol RoleModule: Sendable {
    /// The module id: lowercase, used in commands (`revcycle <id> …`), config and hook names.
    var id: String { get }
    /// The ids of the modules this one needs switched on.
    var dependencies: [String] { get }
    /// One line for `revcycle modules list`.
    var summary: String { get }
    /// The role whose staff mainly use the module.
    var primaryRole: String { get }
    /// Schema changes for the module's own tables, in order, never changed once shipped.
    var migrations: [StoreMigration] { get }
    /// Site parameters the module reads, with their defaults.
    var parameters: [ParameterDeclaration] { get }
    /// Policies site scripts may decide (names without the module prefix: `claim.scrub` becomes
    /// `billing.claim.scrub`). Each has a default, a payload and result shape, and sample payloads.
    var hooks: [HookDeclaration] { get }
    /// Events the module publishes (without the module prefix). Site scripts and other modules react to them.
    var publishedEvents: [EventDeclaration] { get }
    /// Handlers for events other modules publish (qualified names such as `billing.payment.posted`).
    /// They run after the publishing transaction commits, only on sites where this module is on.
    var subscriptions: [EventSubscription] { get }
    /// Payers the module keeps beyond the site file (the access module's CSV import), merged
    /// over the file's `payers:` in ``HostServices/payerCatalog()``.
    func suppliedPayers(_ services: HostServices) throws -> [PayerCode: PayerSettings]
    /// Patients' demographics, when the module keeps them (patient access), for the modules that
    /// need an address or a sex on a claim or a statement; see ``HostServices/demographics(of:by:)``.
    func suppliedDemographics(_ services: HostServices) -> (any PatientDemographicsSource)?
    /// The module's CLI verbs, shown as `revcycle <id> <verb>`. Each command checks through
    /// ``CommandContext`` that its module is on for the site.
    var commands: [any ParsableCommand.Type] { get }
}

extension RoleModule {
    public var summary: String { "" }
    public var primaryRole: String { "" }
    public var migrations: [StoreMigration] { [] }
    public var parameters: [ParameterDeclaration] { [] }
    public var hooks: [HookDeclaration] { [] }
    public var publishedEvents: [EventDeclaration] { [] }
    public var subscriptions: [EventSubscription] { [] }
    public func suppliedPayers(_ services: HostServices) throws -> [PayerCode: PayerSettings] { [:] }
    public func suppliedDemographics(_ services: HostServices) -> (any PatientDemographicsSource)? { nil }
    public var commands: [any ParsableCommand.Type] { [] }
}

/// An event a module publishes, such as `claim.denied` from billing, with the fields it carries.
public struct EventDeclaration: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// Field name → what it holds. Values are text (ids, codes, whole cents as digits).
    public var fields: [String: String]
    /// A realistic value for each field, for the sample payload `scripts check` runs handlers on.
    public var example: [String: String]

    public init(_ name: String, doc: String, fields: [String: String] = [:], example: [String: String] = [:]) {
        self.name = name
        self.doc = doc
        self.fields = fields
        self.example = example
    }
}

/// A module's reaction to an event. The handler gets the host's services and acts as the module
/// (`module:<id>`) in audit rows and work items; an error it throws is reported and turned into a
/// work item for the admins, never into a failure of the command that published the event.
public struct EventSubscription: Sendable {
    public var event: String
    public var handler: @Sendable (HostEvent, HostServices, ActingUser) throws -> Void

    public init(_ event: String, handler: @escaping @Sendable (HostEvent, HostServices, ActingUser) throws -> Void) {
        self.event = event
        self.handler = handler
    }
}
