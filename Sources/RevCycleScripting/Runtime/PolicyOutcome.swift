/// What a policy call decided.
///
/// ```swift
/// switch runtime.callPolicy("billing.claim.scrub", payload: payload) {
/// case .decided(let result): apply(result)
/// case .usedDefault(let result, let failure): apply(result); report(failure)
/// case .refused(let failure): throw failure.error
/// }
/// ```
public enum PolicyOutcome: Sendable, Hashable {
    /// The script's result passed validation; or no script registered for the hook, and this is
    /// the hook's declared default (a missing registration is not a failure).
    case decided(ScriptValue)
    /// The script failed or returned a bad shape, and the hook's default was used.
    case usedDefault(ScriptValue, ScriptFailure)
    /// The script failed or returned a bad shape, and the hook refuses the operation.
    case refused(ScriptFailure)

    /// The value to apply, if any (decided or default).
    public var value: ScriptValue? {
        switch self {
        case .decided(let value), .usedDefault(let value, _): return value
        case .refused: return nil
        }
    }

    /// The failure, if the script failed.
    public var failure: ScriptFailure? {
        switch self {
        case .decided: return nil
        case .usedDefault(_, let failure), .refused(let failure): return failure
        }
    }
}
