/// A hook a module declares: a policy that scripts decide, or an event that scripts react to.
///
/// ```swift
/// let scrub = HookDeclaration.policy(
///     "billing.claim.scrub",
///     payload: .record([.init("claim_id", .string(maxLength: 40)), .init("total_cents", .cents(0...10_000_000))]),
///     result: .record([.init("edits", .array(.record([.init("code", .string(maxLength: 20))]), maxCount: 50))]),
///     default: ["edits": []],
///     doc: "Returns the edits a claim needs before it is sent. An empty list sends the claim as is.",
///     samples: [["claim_id": "C-1", "total_cents": 12_500]])
/// ```
public struct HookDeclaration: Sendable, Hashable {
    /// Whether scripts decide (policy) or react (event).
    public enum Kind: String, Sendable, Hashable {
        case policy
        case event
    }

    /// What the module does when the script fails or returns a bad shape.
    public enum FailureMode: String, Sendable, Hashable {
        /// Use ``HookDeclaration/defaultResult`` and report the failure.
        case useDefault
        /// Refuse the operation and report the failure.
        case refuse
    }

    /// The fully qualified name, module id first: `billing.claim.scrub`, `claim.denied`.
    public var name: String
    public var kind: Kind
    /// The shape of what the host passes (documentation and a check on samples).
    public var payload: ValueShape
    /// The shape of a policy's result (`.any` for events).
    public var result: ValueShape
    /// The decision when no script decides or a script fails (policies).
    public var defaultResult: ScriptValue
    public var onFailure: FailureMode
    /// One paragraph: what the hook decides, when it runs, and an example change.
    public var doc: String
    /// Recorded payloads used by `revcycle scripts check` and `revcycle.test.samples(hook)`.
    public var samplePayloads: [ScriptValue]
    /// The host functions scripts may call in this hook (see ``ScriptCapability``).
    public var capabilities: Set<ScriptCapability>

    public init(
        name: String,
        kind: Kind,
        payload: ValueShape,
        result: ValueShape,
        defaultResult: ScriptValue,
        onFailure: FailureMode,
        doc: String,
        samplePayloads: [ScriptValue],
        capabilities: Set<ScriptCapability>
    ) {
        self.name = name
        self.kind = kind
        self.payload = payload
        self.result = result
        self.defaultResult = defaultResult
        self.onFailure = onFailure
        self.doc = doc
        self.samplePayloads = samplePayloads
        self.capabilities = capabilities
    }

    /// Declares a policy hook.
    public static func policy(
        _ name: String,
        payload: ValueShape,
        result: ValueShape,
        default defaultResult: ScriptValue,
        onFailure: FailureMode = .useDefault,
        doc: String,
        samples: [ScriptValue] = [],
        capabilities: Set<ScriptCapability> = ScriptCapability.policyDefault
    ) -> HookDeclaration {
        HookDeclaration(
            name: name, kind: .policy, payload: payload, result: result, defaultResult: defaultResult,
            onFailure: onFailure, doc: doc, samplePayloads: samples, capabilities: capabilities)
    }

    /// Declares an event that scripts may handle with `revcycle.on`.
    public static func event(
        _ name: String,
        payload: ValueShape,
        doc: String,
        samples: [ScriptValue] = [],
        capabilities: Set<ScriptCapability> = ScriptCapability.eventDefault
    ) -> HookDeclaration {
        HookDeclaration(
            name: name, kind: .event, payload: payload, result: .any, defaultResult: .null, onFailure: .useDefault,
            doc: doc, samplePayloads: samples, capabilities: capabilities)
    }
}
