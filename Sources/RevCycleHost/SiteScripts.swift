public import Foundation
public import RevCycleCore
public import RevCycleScripting
import Synchronization

/// The site's Lua runtime, built on first use (a command that decides no policy never loads Lua)
/// and kept for the rest of the process. A site whose scripts fail to load keeps working on the
/// hooks' declared defaults, and the failure is reported.
public final class SiteScripts: Sendable {
    private let loaded = Mutex<Result<SiteScriptRuntime, RevCycleError>?>(nil)

    public init() {}

    /// The runtime, loading the site's script folders the first time.
    public func runtime(_ services: HostServices) -> Result<SiteScriptRuntime, RevCycleError> {
        loaded.withLock { current in
            if let current { return current }
            let result: Result<SiteScriptRuntime, RevCycleError>
            do {
                result = .success(try SiteScriptRuntime(
                    site: services.site.id, folders: services.scriptFolders, catalog: services.plugins.hookCatalog,
                    host: SiteScriptHost(services: services)))
            } catch let error as RevCycleError {
                result = .failure(error)
            } catch {
                result = .failure(RevCycleError(.script, "The site's scripts could not be loaded: \(error)."))
            }
            current = result
            return result
        }
    }
}

extension HostServices {
    /// The site's script folders as absolute URLs, in load order.
    public var scriptFolders: [URL] { site.scriptFolders.map(host.resolve) }

    /// Decides a policy through the site's scripts.
    ///
    /// A script that fails or returns a bad shape falls back to the hook's declared default and the
    /// failure is reported (standard error and a task for the admins); a hook declared to refuse
    /// on failure throws instead.
    ///
    /// - Important: Decide before opening a store transaction, never inside one (a `post(on:building:)`
    ///   builder): the script's host calls (lookups, audit rows) write to the database themselves.
    public func decide(_ hook: String, payload: ScriptValue) throws -> ScriptValue {
        guard let declaration = plugins.hookCatalog[hook] else {
            throw RevCycleError(.configuration, "No module declares the hook \(hook).")
        }
        switch scripts.runtime(self) {
        case .failure(let error):
            if declaration.onFailure == .refuse {
                throw RevCycleError(.script, "\(hook) cannot be decided: \(error.message)", at: error.inputLocation,
                                    remedy: "fix the script, then check it with `revcycle scripts check --site \(site.id)`")
            }
            ScriptFailureReport(services: self).report(hook: hook, message: error.description, location: error.inputLocation)
            return declaration.defaultResult
        case .success(let runtime):
            switch runtime.callPolicy(hook, payload: payload) {
            case .decided(let value):
                return value
            case .usedDefault(let value, let failure):
                ScriptFailureReport(services: self).report(failure)
                return value
            case .refused(let failure):
                ScriptFailureReport(services: self).report(failure)
                var error = failure.error
                error.remedy = "fix the script, then check it with `revcycle scripts check --site \(site.id)`"
                throw error
            }
        }
    }
}

extension HostServices {
    /// Decides a policy and interprets its result with the module's own checks — the same checks a
    /// person's request gets (an amount within its bounds, a code that exists). A result the checks
    /// refuse is reported like a script failure, and the hook's default is interpreted instead (or,
    /// for a hook that refuses on failure, the operation is refused).
    ///
    /// ```swift
    /// let due = try services.decide("access.checkin.amount_due", payload: payload) { result in
    ///     try AmountDue(result, within: basis)
    /// }
    /// ```
    public func decide<Decision>(_ hook: String, payload: ScriptValue,
                                 interpreting interpret: (ScriptValue) throws -> Decision) throws -> Decision {
        let value = try decide(hook, payload: payload)
        do {
            return try interpret(value)
        } catch let error as RevCycleError {
            guard let declaration = plugins.hookCatalog[hook] else { throw error }
            if declaration.onFailure == .refuse {
                throw RevCycleError(.script, "\(hook) returned a result RevCycle refuses: \(error.message)", at: error.inputLocation,
                                    remedy: "fix the script, then check it with `revcycle scripts check --site \(site.id)`")
            }
            ScriptFailureReport(services: self).report(hook: hook, message: "result refused: \(error.message)",
                                                       location: error.inputLocation)
            return try interpret(declaration.defaultResult)
        }
    }

    /// The host API the site's scripts get, for tools that run scripts outside a policy call.
    public var scriptHost: any ScriptHostAPI { SiteScriptHost(services: self) }

    /// The same, for checks and tests: lookups read the site's payers and parameters, tasks are
    /// validated but not created, and nothing is audited as a real action.
    public var dryRunScriptHost: any ScriptHostAPI { SiteScriptHost(services: self, isDryRun: true) }
}
