/// What the Lua state is doing right now: which hook runs, and what it may call.
struct CallContext: Sendable {
    enum Phase: Sendable {
        case loading
        case hook
        case tooling
    }

    var phase: Phase
    /// The hook or event being served (nil while loading or running a file).
    var hook: String?
    var capabilities: Set<ScriptCapability>

    static let loading = CallContext(phase: .loading, hook: nil, capabilities: ScriptCapability.loading)
    static let tooling = CallContext(phase: .tooling, hook: nil, capabilities: ScriptCapability.tooling)

    static func serving(_ declaration: HookDeclaration) -> CallContext {
        CallContext(phase: .hook, hook: declaration.name, capabilities: declaration.capabilities)
    }

    /// How messages name the context: "hook billing.claim.scrub", "load time".
    var label: String {
        switch phase {
        case .loading: return "load time (top-level code)"
        case .hook: return "hook \(hook ?? "?")"
        case .tooling: return "scripts run/test"
        }
    }
}
