public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting

/// Financial counseling: assistance discounts (screening, applications, AGB and good-faith
/// estimates grow here).
public struct CounselingModule: RoleModule {
    public init() {}
    public let id = "counseling"
    public let dependencies = ["access"]
    public var summary: String { "Financial-assistance discounts; screening, applications and estimates to come." }
    public var primaryRole: String { "counseling" }
    public var hooks: [HookDeclaration] { [CounselingHooks.assistanceDiscount] }
    public var commands: [any ParsableCommand.Type] { [CounselingCommand.self] }
}
