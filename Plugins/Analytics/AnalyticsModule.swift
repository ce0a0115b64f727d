public import ArgumentParser
public import RevCycleHost

/// Analytics: receivables by liability and age (KPIs, trends and dashboards grow here).
public struct AnalyticsModule: RoleModule {
    public init() {}
    public let id = "analytics"
    public let dependencies: [String] = []
    public var summary: String { "A/R aging by liability; KPIs, trends and the dashboard to come." }
    public var primaryRole: String { "analyst" }
    public var commands: [any ParsableCommand.Type] { [AnalyticsCommand.self] }
}
