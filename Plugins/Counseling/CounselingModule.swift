public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting
public import RevCycleStore

/// Financial counseling: assistance discounts (screening, applications, AGB and good-faith
/// estimates grow here).
public struct CounselingModule: RoleModule {
    public init() {}
    public let id = "counseling"
    public let dependencies = ["access"]
    public var summary: String { "Financial-assistance discounts; screening, applications and estimates to come." }
    public var primaryRole: String { "counseling" }
    public var hooks: [HookDeclaration] { [CounselingHooks.assistanceDiscount, CounselingHooks.presumptive] }
    public var commands: [any ParsableCommand.Type] { [CounselingCommand.self] }
    public var publishedEvents: [EventDeclaration] { CounselingEvents.all }
    public var migrations: [StoreMigration] { CounselingMigrations.all }
    public var parameters: [ParameterDeclaration] { CounselingParameters.all }
    public var subscriptions: [EventSubscription] { EstimateSubscription.all }
}
