public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting

/// Patient access: registration, guarantors and encounter accounts (coverage, eligibility,
/// estimates and check-in collection grow here).
public struct AccessModule: RoleModule {
    public init() {}
    public let id = "access"
    public let dependencies: [String] = []
    public var summary: String { "Registration, guarantors, encounter accounts; coverage and eligibility to come." }
    public var primaryRole: String { "access" }
    public var hooks: [HookDeclaration] { [AccessHooks.registrationValidate] }
    public var commands: [any ParsableCommand.Type] { [AccessCommand.self] }
}
