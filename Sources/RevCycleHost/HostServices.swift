public import Logging
public import RevCycleCore
public import RevCycleStore

/// The services a command or module works with, injected rather than reached for: module code
/// never calls `Date()`, `Logger(label:)` or `FileManager.default` on its own.
public struct HostServices: Sendable {
    public let clock: any WallClock
    public let database: RevCycleDatabase
    public let ledger: any LedgerStore
    public let patients: any PatientRegistry
    public let coverage: any CoverageStore
    public let audit: any AuditLog
    public let users: any UserDirectory
    public let workQueue: any WorkQueue
    public let logger: Logger
    public let plugins: PluginRegistry
    public let host: HostConfiguration
    public let site: SiteConfiguration
    /// The site's Lua runtime, loaded on first use.
    public let scripts: SiteScripts

    public init(clock: any WallClock, database: RevCycleDatabase, logger: Logger, plugins: PluginRegistry,
                host: HostConfiguration, site: SiteConfiguration) {
        self.clock = clock
        self.database = database
        self.ledger = SQLiteLedgerStore(database: database)
        self.patients = SQLitePatientRegistry(database: database)
        self.coverage = SQLiteCoverageStore(database: database)
        self.audit = SQLiteAuditLog(database: database)
        self.users = SQLiteUserDirectory(database: database)
        self.workQueue = SQLiteWorkQueue(database: database)
        self.logger = logger
        self.plugins = plugins
        self.host = host
        self.site = site
        self.scripts = SiteScripts()
    }
}

extension HostServices {
    /// A patient's demographics from the module that keeps them (patient access).
    ///
    /// - Throws: `moduleDisabled` when no enabled module keeps demographics.
    public func demographics(of patient: PatientID, by actor: ActingUser) throws -> PatientDemographics? {
        for module in plugins.modules where site.isEnabled(module.id) {
            if let source = module.suppliedDemographics(self) { return try source.demographics(of: patient, by: actor) }
        }
        throw RevCycleError(.moduleDisabled, "No module on for site \(site.id) keeps patient demographics.",
                            remedy: "revcycle modules enable access --site \(site.id)")
    }

    /// The site's payers: its file's, with those the enabled modules supply merged over them.
    public func payerCatalog() throws -> PayerCatalog {
        var supplied: [PayerCode: PayerSettings] = [:]
        for module in plugins.modules where site.isEnabled(module.id) {
            supplied.merge(try module.suppliedPayers(self)) { _, new in new }
        }
        return try PayerCatalog(site: site, imported: supplied)
    }
}
