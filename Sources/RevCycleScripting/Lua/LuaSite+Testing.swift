import CLua
import LuaShim

// MARK: - Host functions of the test library (states made with the test API only)

extension LuaSite {
    func testHostCall(_ L: OpaquePointer, id: Int32) -> Int32 {
        switch UInt32(id) {
        case RC_HOST_TEST_REGISTER.rawValue: return registerTest(L)
        case RC_HOST_TEST_SAMPLES.rawValue: return samples(L)
        case RC_HOST_TEST_POLICY.rawValue: return policyFunction(L)
        case RC_HOST_TEST_RESULT.rawValue: return checkResult(L)
        case RC_HOST_TEST_NORMALIZE.rawValue: return normalize(L)
        case RC_HOST_TEST_EMIT.rawValue: return emitForTest(L)
        default: return fail(L, "unknown host function \(id)")
        }
    }

    /// `test(name, fn)`: records a test and where it is.
    private func registerTest(_ L: OpaquePointer) -> Int32 {
        guard context.phase == .loading else { return fail(L, "test() can only be called at the top level of a test file") }
        let name = LuaBridge.readString(L, at: 1) ?? "?"
        let (file, line) = callerLocation(L)
        lua_pushvalue(L, 2)
        tests.append(RegisteredTest(name: name, ref: rc_ref(L), file: file, line: line))
        return 0
    }

    private func declaredPolicy(_ L: OpaquePointer, function: String) -> HookDeclaration? {
        guard let name = LuaBridge.readString(L, at: 1), let declaration = catalog[name] else { return nil }
        return declaration
    }

    /// `revcycle.test.samples(hook)`: the hook's recorded sample payloads, as a list.
    private func samples(_ L: OpaquePointer) -> Int32 {
        guard let declaration = declaredPolicy(L, function: "samples") else {
            return fail(L, "revcycle.test.samples: unknown hook '\(LuaBridge.readString(L, at: 1) ?? "?")'")
        }
        LuaBridge.push(.array(declaration.samplePayloads), L)
        return 1
    }

    /// `revcycle.test.policy_function(hook)`: the registered function (or nil), and switches the
    /// context to the hook's capabilities until check_result.
    private func policyFunction(_ L: OpaquePointer) -> Int32 {
        guard let declaration = declaredPolicy(L, function: "call_policy"), declaration.kind == .policy else {
            return fail(L, "revcycle.test.call_policy: no policy hook named '\(LuaBridge.readString(L, at: 1) ?? "?")'")
        }
        guard let policy = policies[declaration.name] else {
            lua_pushnil(L)
            return 1
        }
        context = .serving(declaration)
        rc_push_ref(L, policy.ref)
        return 1
    }

    /// `revcycle.test.check_result(hook, status, value)`: status "ok" (value is the result),
    /// "error" (value is the message) or "none" (no registration). Returns the value the module
    /// would apply (or nil when refused) and an outcome table {status = "decided" |
    /// "used_default" | "refused", error = message}.
    private func checkResult(_ L: OpaquePointer) -> Int32 {
        context = .tooling
        guard let declaration = declaredPolicy(L, function: "check_result") else { return fail(L, "unknown hook") }
        let status = LuaBridge.readString(L, at: 2) ?? "error"
        let registration = policies[declaration.name]?.registration
        var outcome: PolicyOutcome
        switch status {
        case "none":
            outcome = .decided(declaration.defaultResult)
        case "ok":
            do {
                let value = try LuaBridge.read(L, at: 3, path: "result")
                let violations = declaration.result.validate(value, path: "result")
                if violations.isEmpty {
                    outcome = .decided(value)
                } else {
                    outcome = failed(
                        declaration, registration,
                        "the policy returned a bad result: " + violations.map(\.description).joined(separator: "; "))
                }
            } catch {
                outcome = failed(declaration, registration, "returned a value that cannot leave Lua: \(error)")
            }
        default:
            outcome = failed(declaration, registration, LuaBridge.readString(L, at: 3) ?? "error")
        }
        LuaBridge.push(outcome.value ?? .null, L)
        var summary: [String: ScriptValue] = [:]
        switch outcome {
        case .decided: summary["status"] = "decided"
        case .usedDefault(_, let failure):
            summary["status"] = "used_default"
            summary["error"] = .string(failure.message)
        case .refused(let failure):
            summary["status"] = "refused"
            summary["error"] = .string(failure.message)
        }
        LuaBridge.push(.table(summary), L)
        return 2
    }

    private func failed(_ declaration: HookDeclaration, _ registration: ScriptRegistration?, _ message: String)
        -> PolicyOutcome
    {
        let failure = ScriptFailure(
            site: site, hook: declaration.name, file: registration?.file, line: registration?.line, message: message,
            traceback: "", kind: .badResult)
        return declaration.onFailure == .useDefault ? .usedDefault(declaration.defaultResult, failure) : .refused(failure)
    }

    /// `revcycle.test.normalize(value [, hook])`: the value as the host would pass it (through
    /// ScriptValue; for a policy's payload, in the same reused read-only table).
    private func normalize(_ L: OpaquePointer) -> Int32 {
        do {
            let value = try LuaBridge.read(L, at: 1, path: "payload")
            if let hook = LuaBridge.readString(L, at: 2), let policy = policies[hook] {
                LuaBridge.push(value, L, for: policy)
            } else {
                LuaBridge.push(value, L)
            }
            return 1
        } catch {
            return fail(L, "revcycle.test.call_policy: the payload \(error)")
        }
    }

    /// `revcycle.test.emit(event, payload)`: runs the site's handlers of `event` as a delivery
    /// would (registration order, each handler's own context, budget and deadline, a failure does
    /// not stop the next handler), with a ``CapturingHostAPI`` in place of the host, and returns
    /// `{ tasks = {...}, logs = {...}, failures = { "file:line: message", ... } }`.
    ///
    /// Raises (in the test) for an unknown event or a payload that does not fit the event's shape.
    private func emitForTest(_ L: OpaquePointer) -> Int32 {
        guard context.phase == .tooling else {
            return fail(L, "revcycle.test.emit can only be called from a test function (test(name, fn))")
        }
        let name = LuaBridge.readString(L, at: 1) ?? "?"
        guard let declaration = catalog[name], declaration.kind == .event else {
            let known = catalog.events.map(\.name)
            var message = "revcycle.test.emit: no event named '\(name)'"
            if catalog[name]?.kind == .policy {
                message += " ('\(name)' is a policy hook: use revcycle.test.call_policy)"
            } else if case let suggestions = catalog.suggestions(for: name, kind: .event), !suggestions.isEmpty {
                message += "; did you mean \(suggestions.joined(separator: " or "))?"
            }
            message += known.isEmpty
                ? "; the enabled modules declare no events" : "; known events: \(known.joined(separator: ", "))"
            return fail(L, message)
        }
        let payload: ScriptValue
        do {
            payload = try LuaBridge.read(L, at: 2, path: "payload")
        } catch {
            return fail(L, "revcycle.test.emit: the payload \(error)")
        }
        let violations = declaration.payload.validate(payload, path: "payload")
        guard violations.isEmpty else {
            let shown = violations.prefix(5).map(\.description).joined(separator: "; ")
            let more = violations.count > 5 ? " (and \(violations.count - 5) more)" : ""
            return fail(
                L,
                "revcycle.test.emit: the payload does not fit event \(name): \(shown)\(more)"
                    + " (revcycle scripts hooks --hook \(name) shows its shape)")
        }

        let capture = CapturingHostAPI.Capture()
        var swappedHost: any ScriptHostAPI = CapturingHostAPI(base: host, capture: capture)
        swap(&host, &swappedHost)
        defer { swap(&host, &swappedHost) }
        var failures: [ScriptValue] = []
        for handler in handlers[name] ?? [] {
            var swappedContext = handler.context
            swap(&context, &swappedContext)
            rc_push_ref(L, handler.ref)
            LuaBridge.push(payload, L, for: handler)
            var stop: Int32 = 0
            var memoryDenied: Int32 = 0
            let status = rc_call_isolated(L, 1, 0, &stop, &memoryDenied)
            swap(&context, &swappedContext)
            guard status == LUA_OK else {
                let failure = makeFailure(
                    status: status, hook: name, fallback: (handler.registration.file, handler.registration.line),
                    stop: stop, memoryDenied: memoryDenied != 0)
                failures.append(.string(Self.located(failure)))
                rc_collect(L)
                continue
            }
        }
        let result: ScriptValue = [
            "tasks": .array(capture.tasks.map { .table($0) }),
            "logs": .array(capture.logs.map { ["level": .string($0.level.rawValue), "message": .string($0.message)] }),
            "failures": .array(failures),
        ]
        LuaBridge.push(result, L)
        return 1
    }

    /// `north/billing.lua:12: message` (the message alone when the place is unknown).
    private static func located(_ failure: ScriptFailure) -> String {
        guard let location = failure.location, !failure.message.hasPrefix(location + ":") else { return failure.message }
        return "\(location): \(failure.message)"
    }
}
