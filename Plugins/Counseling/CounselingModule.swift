public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting
public import RevCycleStore

/// Financial counseling: the patient's advocate. Financial assistance from screening to determination
/// (with the charity adjustments and AGB), presumptive eligibility, good-faith-estimate disputes, and
/// plain-language explanations of a bill.
public struct CounselingModule: RoleModule {
    public init() {}
    public let id = "counseling"
    public let dependencies = ["access"]
    public var summary: String { "Financial assistance (screening, applications, determinations, AGB), good-faith estimate disputes, plain-language explanations." }
    public var primaryRole: String { "counseling" }
    public var hooks: [HookDeclaration] { [CounselingHooks.assistanceDiscount, CounselingHooks.presumptive] }
    public var commands: [any ParsableCommand.Type] { [CounselingCommand.self] }
    public var publishedEvents: [EventDeclaration] { CounselingEvents.all }
    public var migrations: [StoreMigration] { CounselingMigrations.all }
    public var parameters: [ParameterDeclaration] { CounselingParameters.all }
    public var subscriptions: [EventSubscription] { EstimateSubscription.all }
}
