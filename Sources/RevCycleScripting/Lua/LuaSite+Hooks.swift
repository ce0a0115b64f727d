import CLua
import LuaShim

// MARK: - Serving policies and events

extension LuaSite {
    /// Calls the registered policy for `hook`, validates its result, and falls back as declared.
    func callPolicy(_ hook: String, payload: ScriptValue) -> PolicyOutcome {
        let found: Handler?
        if let last = lastPolicy, last.matches(hook) {
            found = last.handler
        } else {
            found = policies[hook]
            if let found { lastPolicy = LastPolicy(name: hook, handler: found) }
        }
        guard let policy = found, let L = state else {
            guard let declaration = catalog[hook], declaration.kind == .policy else {
                let failure = ScriptFailure(
                    site: site, hook: hook, file: nil, line: nil,
                    message: "no policy hook named '\(hook)' is declared by an enabled module", traceback: "",
                    kind: .error)
                return .refused(failure)
            }
            return .decided(declaration.defaultResult)
        }
        rc_push_ref(L, policy.ref)
        LuaBridge.push(payload, L, for: policy)
        let (value, failure) = run(
            context: policy.context, arguments: 1, results: 1,
            fallback: (policy.registration.file, policy.registration.line))
        if let failure { return fallBack(policy.declaration, failure) }
        let result = value ?? .null
        if let accepted = policy.resultCheck.accepts(result) {
            if accepted { return .decided(result) }
        } else if policy.resultShape.conforms(result) {
            return .decided(result)
        }
        // Messages only on failure.
        let violations = policy.resultShape.validate(result, path: "result")
        guard violations.isEmpty else {
            let shown = violations.prefix(5).map(\.description).joined(separator: "; ")
            let more = violations.count > 5 ? " (and \(violations.count - 5) more)" : ""
            let failure = ScriptFailure(
                site: site, hook: hook, file: policy.registration.file, line: policy.registration.line,
                message: "the policy returned a bad result: \(shown)\(more)", traceback: "", kind: .badResult)
            return fallBack(policy.declaration, failure)
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
            LuaBridge.push(payload, L, for: handler)
            let (_, failure) = run(
                context: handler.context, arguments: 1,
                fallback: (handler.registration.file, handler.registration.line))
            if let failure { failures.append(failure) }
        }
        return failures
    }
}
