public import Foundation
import RevCycleCore

/// The Lua scripts of one site: one sandboxed Lua state, its registered policies and event
/// handlers, and the record of their failures.
///
/// ```swift
/// let runtime = try SiteScriptRuntime(
///     site: "north",
///     folders: [scripts.appending(path: "default"), scripts.appending(path: "north")],
///     catalog: registry.hookCatalog, host: SiteHost(services), limits: .standard)
/// switch runtime.callPolicy("billing.claim.scrub", payload: payload) { ... }
/// ```
///
/// Every `*.lua` file (not `*_test.lua`) of each folder is loaded in order, files sorted by name
/// within a folder; a later folder's `revcycle.policy` for the same hook replaces an earlier
/// one's, which is how a site overrides the default policy. Event handlers accumulate.
///
/// Calls are serialised: one Lua state serves one call at a time. Each call runs under the
/// ``ScriptLimits`` (fresh budget and deadline, shared memory cap).
///
/// - Important: Thread safety: every mutable property is guarded by `lock` (an `NSLock`), which
///   is why the class is `@unchecked Sendable`.
public final class SiteScriptRuntime: @unchecked Sendable {
    /// The site's name, as in failures.
    public let site: String
    /// The script folders, loaded in this order.
    public let folders: [URL]
    public let catalog: HookCatalog
    public let limits: ScriptLimits
    /// How many failures ``recentFailures`` keeps.
    public let recentFailureCapacity = 50

    private let host: any ScriptHostAPI
    /// Guards `current`, `counts` and `recent`.
    private let lock = NSLock()
    private var current: LuaSite
    private var counts: [String: Int] = [:]
    private var recent: [ScriptFailure] = []

    /// Loads the site's scripts into a new sandboxed state.
    ///
    /// - Throws: ``RevCycleCore/RevCycleError`` (`.script`) naming the file and line of the first
    ///   script that fails to compile or load (and how many failed), or an error for a missing
    ///   folder.
    public init(
        site: String, folders: [URL], catalog: HookCatalog, host: any ScriptHostAPI, limits: ScriptLimits = .standard
    ) throws {
        self.site = site
        self.folders = folders
        self.catalog = catalog
        self.host = host
        self.limits = limits
        current = try Self.build(site: site, folders: folders, catalog: catalog, host: host, limits: limits)
    }

    static func build(
        site: String, folders: [URL], catalog: HookCatalog, host: any ScriptHostAPI, limits: ScriptLimits
    ) throws -> LuaSite {
        let (state, failures) = try SiteLoader.load(
            site: site, folders: folders, catalog: catalog, host: host, limits: limits)
        if let first = failures.first {
            var error = first.error
            if failures.count > 1 {
                error.message += " (\(failures.count - 1) more script failure\(failures.count == 2 ? "" : "s"))"
                error.cause = failures.map(\.description).joined(separator: "\n")
            }
            throw error
        }
        return state
    }

    /// Loads the scripts again into a new state and swaps it in.
    ///
    /// A broken reload keeps the old state serving, records the failure in
    /// ``recentFailures``, and throws why.
    public func reload() throws {
        let fresh: LuaSite
        do {
            fresh = try Self.build(site: site, folders: folders, catalog: catalog, host: host, limits: limits)
        } catch {
            let failure = ScriptFailure(
                site: site, hook: nil, file: nil, line: nil, message: "reload failed; the previous scripts keep serving: \(error)",
                traceback: "", kind: .load)
            lock.withLock { record(failure) }
            throw error
        }
        let old = lock.withLock {
            let old = current
            current = fresh
            return old
        }
        withExtendedLifetime(old) {}
    }

    // MARK: - Serving

    /// Decides a policy hook.
    ///
    /// With no registered policy, the hook's declared default is `.decided` (not a failure).
    /// A script error, a stop, or a result that its shape refuses is reported and counted, and
    /// gives `.usedDefault` or `.refused` as the hook declares.
    public func callPolicy(_ hook: String, payload: ScriptValue) -> PolicyOutcome {
        lock.withLock {
            // Unretained: `current` changes only under the lock, which this call holds throughout.
            unowned(unsafe) let site = current
            let outcome = site.callPolicy(hook, payload: payload)
            if case .decided = outcome { return outcome }
            if let failure = outcome.failure { record(failure) }
            return outcome
        }
    }

    /// Runs every handler of an event, in registration order; each gets its own budget.
    ///
    /// - Returns: The handlers' failures (also counted and kept in ``recentFailures``).
    @discardableResult
    public func emit(_ event: String, payload: ScriptValue) -> [ScriptFailure] {
        lock.withLock {
            let failures = current.emit(event, payload: payload)
            failures.forEach(record)
            return failures
        }
    }

    /// Whether a script registered a policy for the hook.
    public func hasPolicy(_ hook: String) -> Bool {
        lock.withLock { current.policies[hook] != nil }
    }

    /// Every live registration with its file:line, in load order.
    public var registrations: [ScriptRegistration] {
        lock.withLock { current.registrations }
    }

    // MARK: - Failures

    /// Failures so far by hook name (`"(load)"` for reload failures), since this runtime was made.
    public var failureCounts: [String: Int] {
        lock.withLock { counts }
    }

    /// The most recent failures, oldest first (at most ``recentFailureCapacity``).
    public var recentFailures: [ScriptFailure] {
        lock.withLock { recent }
    }

    /// Bytes the Lua state holds now.
    public var memoryUsed: Int {
        lock.withLock { current.memoryUsed }
    }

    /// Must be called with `lock` held.
    private func record(_ failure: ScriptFailure) {
        counts[failure.hook ?? "(load)", default: 0] += 1
        recent.append(failure)
        if recent.count > recentFailureCapacity { recent.removeFirst(recent.count - recentFailureCapacity) }
    }
}
