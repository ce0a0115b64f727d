public import Foundation
import RevCycleCore

/// What a site's scripts can ask of the host, implemented by the host (one value per site).
///
/// The runtime routes each `revcycle.*` call here after checking the hook's
/// ``ScriptCapability`` rules, then asks ``authorize(_:hook:)``; a refusal or a failure becomes a
/// Lua error in the script (raised from C after Swift returned). Every call names the hook it
/// comes from (`nil` while a file loads or in `revcycle scripts run`), so the host can audit it.
///
/// ```swift
/// struct SiteHost: ScriptHostAPI {
///     let services: HostServices
///     func now() -> Date { services.clock.now }
///     func today() -> String { CalendarDate(now(), in: services.site.timeZone).description }
///     func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) { ... }
///     func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> { ... }
///     func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> { ... }
/// }
/// ```
///
/// - Important: These methods run while the site's runtime holds its lock: they must not call
///   back into the same ``SiteScriptRuntime`` (that would deadlock). Queue such work instead.
public protocol ScriptHostAPI: Sendable {
    /// `revcycle.log(level, message, fields)` and `print(...)` (level info).
    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?)
    /// The host clock, for `revcycle.now()`. Never `Date()`.
    func now() -> Date
    /// The site's local date as `"YYYY-MM-DD"`, for `revcycle.today()` (capability
    /// ``ScriptCapability/now``). Defaults to the UTC date of ``now()``; a host that knows the
    /// site's time zone returns the date there, so "today" does not move to tomorrow in the
    /// site's evening.
    func today() -> String
    /// `revcycle.tasks.create{...}`: creates a work item and returns its id.
    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError>
    /// Checks a `revcycle.tasks.create{...}` request as ``createTask(_:hook:)`` would, without
    /// creating anything: `revcycle.test.emit` captures the tasks that event handlers ask for and
    /// reports this check's refusals as handler failures. Defaults to accepting every request.
    func validateTask(_ fields: [String: ScriptValue], hook: String?) -> Result<Void, ScriptHostError>
    /// `revcycle.lookup.payer(id)` (kind "payer") and `revcycle.lookup.parameter(name)`
    /// (kind "parameter"). Return `.failure(.notFound(...))` for a missing key: Lua gets `nil`.
    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError>
    /// The host's permission check for a call (site permissions, audit). Defaults to allowed.
    func authorize(_ capability: ScriptCapability, hook: String?) -> Result<Void, ScriptHostError>
}

extension ScriptHostAPI {
    public func today() -> String {
        CalendarDate(now(), in: TimeZone(identifier: "UTC")!).description
    }

    public func authorize(_ capability: ScriptCapability, hook: String?) -> Result<Void, ScriptHostError> {
        .success(())
    }

    public func validateTask(_ fields: [String: ScriptValue], hook: String?) -> Result<Void, ScriptHostError> {
        .success(())
    }
}

/// A level of `revcycle.log`.
public enum ScriptLogLevel: String, Sendable, Hashable, CaseIterable {
    case debug, info, notice, warning, error
}

/// Why the host refused or could not serve a script's call.
public struct ScriptHostError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of refusal.
    public enum Kind: String, Sendable, Hashable {
        /// The key does not exist (a lookup then returns nil to Lua).
        case notFound
        /// The site's permissions do not allow the call.
        case denied
        /// The arguments are not acceptable (a task without a title).
        case invalid
        /// The host could not do it now.
        case unavailable
    }

    public var kind: Kind
    /// A sentence the script author can act on. Never patient data.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func notFound(_ message: String) -> ScriptHostError { .init(.notFound, message) }
    public static func denied(_ message: String) -> ScriptHostError { .init(.denied, message) }
    public static func invalid(_ message: String) -> ScriptHostError { .init(.invalid, message) }

    public var description: String { message }
}
