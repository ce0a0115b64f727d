/// A policy or event handler a script registered, traceable to its source.
public struct ScriptRegistration: Sendable, Hashable, CustomStringConvertible {
    /// The hook or event name.
    public var hook: String
    public var kind: HookDeclaration.Kind
    /// The file that registered it (`north/billing.lua`).
    public var file: String
    /// The line of the `revcycle.policy` / `revcycle.on` call.
    public var line: Int
    /// For a policy: the registration it replaced (an earlier folder's, such as the default site's).
    public var overrides: String?

    public init(hook: String, kind: HookDeclaration.Kind, file: String, line: Int, overrides: String? = nil) {
        self.hook = hook
        self.kind = kind
        self.file = file
        self.line = line
        self.overrides = overrides
    }

    /// `north/billing.lua:12`.
    public var location: String { "\(file):\(line)" }

    public var description: String {
        var text = "\(kind == .policy ? "policy" : "on") \(hook) at \(location)"
        if let overrides { text += " (overrides \(overrides))" }
        return text
    }
}
