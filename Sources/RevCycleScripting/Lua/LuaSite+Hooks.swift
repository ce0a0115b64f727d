import CLua
import LuaShim

// MARK: - Serving policies and events

extension LuaSite {
    /// Calls the registered policy for `hook`, validates its result, and falls back as declared.
    func callPolicy(_ hook: String, payload: ScriptValue) -> PolicyOutcome {
        guard let declaration = catalog[hook], declaration.kind == .policy else {
            let failure = ScriptFailure(
                site: site, hook: hook, file: nil, line: nil,
                message: "no policy hook named '\(hook)' is declared by an enabled module", traceback: "", kind: .error)
            return .refused(failure)
        }
        guard let policy = policies[hook], let L = state else { return .decided(declaration.defaultResult) }
        rc_push_ref(L, policy.ref)
        LuaBridge.push(payload, L)
        let registration = policy.registration
        let (value, failure) = run(
            context: .serving(declaration), arguments: 1, results: 1,
            fallback: (registration.file, registration.line))
        if let failure { return fallBack(declaration, failure) }
        let result = value ?? .null
        let violations = declaration.result.validate(result, path: "result")
        guard violations.isEmpty else {
            let shown = violations.prefix(5).map(\.description).joined(separator: "; ")
            let more = violations.count > 5 ? " (and \(violations.count - 5) more)" : ""
            let failure = ScriptFailure(
                site: site, hook: hook, file: registration.file, line: registration.line,
                message: "the policy returned a bad result: \(shown)\(more)", traceback: "", kind: .badResult)
            return fallBack(declaration, failure)
        }
        return .decided(result)
    }

    private func fallBack(_ declaration: HookDeclaration, _ failure: ScriptFailure) -> PolicyOutcome {
        switch declaration.onFailure {
        case .useDefault: return .usedDefault(declaration.defaultResult, failure)
        case .refuse: return .refused(failure)
        }
    }

    /// Runs every handler of `event` in registration order; returns their failures.
    func emit(_ event: String, payload: ScriptValue) -> [ScriptFailure] {
        guard let declaration = catalog[event], declaration.kind == .event else {
            return [
                ScriptFailure(
                    site: site, hook: event, file: nil, line: nil,
                    message: "no event named '\(event)' is declared by an enabled module", traceback: "", kind: .error)
            ]
        }
        guard let L = state else { return [] }
        var failures: [ScriptFailure] = []
        for handler in handlers[event] ?? [] {
            rc_push_ref(L, handler.ref)
            LuaBridge.push(payload, L)
            let registration = handler.registration
            let (_, failure) = run(
                context: .serving(declaration), arguments: 1, fallback: (registration.file, registration.line))
            if let failure { failures.append(failure) }
        }
        return failures
    }
}
