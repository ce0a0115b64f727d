/// A host function a script may call, granted per hook.
///
/// The rules (also in `revcycle scripts hooks`):
///
/// | context | log | now, today | lookup | tasks.create |
/// |---|---|---|---|---|
/// | loading a file (top-level code) | yes | no | no | no |
/// | a policy hook | yes | yes | yes | no: policies decide, they do not act |
/// | an event handler | yes | yes | yes | yes |
/// | `revcycle scripts run` / `scripts test` | yes | yes | yes | no |
///
/// Loading code gets no clock and no lookups so that nothing read at load time goes stale after a
/// configuration change (configuration belongs to the host, not to script state). A hook may
/// narrow its set further in its ``HookDeclaration``; the host's own permission check
/// (``ScriptHostAPI/authorize(_:hook:)``) runs after these rules. The pure helpers
/// (`revcycle.date.*`, `revcycle.money.format`) need no capability: they work everywhere.
public enum ScriptCapability: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `revcycle.log` and `print`.
    case log
    /// `revcycle.now()` and `revcycle.today()`.
    case now
    /// `revcycle.lookup.payer` and `revcycle.lookup.parameter`.
    case lookup
    /// `revcycle.tasks.create`.
    case createTask

    /// The Lua name used in messages.
    public var description: String {
        switch self {
        case .log: return "log"
        case .now: return "now"
        case .lookup: return "lookup"
        case .createTask: return "tasks.create"
        }
    }

    /// What a policy hook may call unless its declaration says otherwise.
    public static let policyDefault: Set<ScriptCapability> = [.log, .now, .lookup]
    /// What an event handler may call unless its declaration says otherwise.
    public static let eventDefault: Set<ScriptCapability> = [.log, .now, .lookup, .createTask]
    /// What top-level code may call while a file loads.
    public static let loading: Set<ScriptCapability> = [.log]
    /// What `revcycle scripts run` and `revcycle scripts test` code may call.
    public static let tooling: Set<ScriptCapability> = [.log, .now, .lookup]
}
