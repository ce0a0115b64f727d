/// What the Lua state is doing right now: which hook runs, and what it may call.
///
/// A class so that switching contexts on every call costs one reference, not a copy of a set.
final class CallContext: Sendable {
    enum Phase: Sendable {
        case loading
        case hook
        case tooling
    }

    let phase: Phase
    /// The hook or event being served (nil while loading or running a file).
    let hook: String?
    let capabilities: Set<ScriptCapability>

    init(phase: Phase, hook: String?, capabilities: Set<ScriptCapability>) {
        self.phase = phase
        self.hook = hook
        self.capabilities = capabilities
    }

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
