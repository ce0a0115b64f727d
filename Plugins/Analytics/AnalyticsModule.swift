public import ArgumentParser
public import RevCycleHost
public import RevCycleStore
public import RevCycleScripting

/// Analytics: where cash is stuck and why. KPIs computed from the ledger and claim history on every
/// run (never from counters), trends, propensity segments and the managers' dashboard.
public struct AnalyticsModule: RoleModule {
    public init() {}
    public let id = "analytics"
    public let dependencies: [String] = []
    public var summary: String { "Revenue-cycle KPIs from the ledger and claim history, A/R aging, monthly trends, propensity segments, the HTML dashboard." }
    public var primaryRole: String { "analyst" }
    public var commands: [any ParsableCommand.Type] { [AnalyticsCommand.self] }
    public var migrations: [StoreMigration] { AnalyticsMigrations.all }
    public var hooks: [HookDeclaration] { [AnalyticsHooks.propensityScore] }
    public var parameters: [ParameterDeclaration] {
        [ParameterDeclaration(
            "annual_revenue_cycle_cost", .amount(0...100_000_000_000), default: .amountCents(0),
            doc: "What the revenue cycle costs the site in a year (staff, systems, vendors), for cost to collect; 0 = not given.")]
    }
}
