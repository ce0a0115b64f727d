import CLua
import Foundation
import LuaShim

// MARK: - Host functions (called from the C trampoline)

extension LuaSite {
    /// Serves one `revcycle.*` call. Uses only non-raising Lua calls; returns the number of
    /// results pushed, or -1 after pushing a message (the trampoline raises it with file:line).
    func hostCall(_ L: OpaquePointer, id: Int32) -> Int32 {
        switch UInt32(id) {
        case RC_HOST_POLICY.rawValue: return register(L, kind: .policy)
        case RC_HOST_ON.rawValue: return register(L, kind: .event)
        case RC_HOST_LOG.rawValue: return log(L)
        case RC_HOST_NOW.rawValue: return now(L)
        case RC_HOST_TODAY.rawValue: return today(L)
        case RC_HOST_TASK_CREATE.rawValue: return createTask(L)
        case RC_HOST_LOOKUP_PAYER.rawValue: return lookup(L, kind: "payer", function: "lookup.payer")
        case RC_HOST_LOOKUP_PARAMETER.rawValue: return lookup(L, kind: "parameter", function: "lookup.parameter")
        default: return testHostCall(L, id: id)
        }
    }

    /// Pushes a message for the trampoline to raise.
    func fail(_ L: OpaquePointer, _ message: String) -> Int32 {
        LuaBridge.pushString(message, L)
        return -1
    }

    /// Where the current host call comes from (set by the trampoline).
    func callerLocation(_ L: OpaquePointer) -> (file: String, line: Int) {
        var line: Int32 = 0
        guard let source = rc_caller_source(L, &line) else { return ("?", 0) }
        return (String(cString: source), Int(line))
    }

    /// Checks the hook's capability rules, then the host's permission.
    private func permit(_ L: OpaquePointer, _ capability: ScriptCapability, function: String) -> String? {
        guard context.capabilities.contains(capability) else {
            var message = "\(function) is not available in \(context.label)"
            switch (capability, context.phase) {
            case (.createTask, .hook): message += "; policies decide, they do not act: create tasks from an event handler (revcycle.on)"
            case (_, .loading): message += "; call it inside a hook function"
            default: break
            }
            return message
        }
        if case .failure(let refusal) = host.authorize(capability, hook: context.hook) {
            return "\(function) was refused: \(refusal.message)"
        }
        return nil
    }

    // MARK: - Registration

    private func register(_ L: OpaquePointer, kind: HookDeclaration.Kind) -> Int32 {
        let function = kind == .policy ? "revcycle.policy" : "revcycle.on"
        guard context.phase == .loading else {
            return fail(L, "\(function) can only be called while a file loads (top-level code)")
        }
        guard let name = LuaBridge.readString(L, at: 1) else { return fail(L, "\(function): the name is not UTF-8 text") }
        guard let declaration = catalog[name] else {
            let noun = kind == .policy ? "policy hook" : "event"
            var message = "unknown \(noun) '\(name)'"
            let suggestions = catalog.suggestions(for: name, kind: kind)
            if !suggestions.isEmpty { message += "; did you mean \(suggestions.joined(separator: " or "))?" }
            message += " (revcycle scripts hooks lists them)"
            return fail(L, message)
        }
        guard declaration.kind == kind else {
            return fail(
                L,
                kind == .policy
                    ? "'\(name)' is an event; handle it with revcycle.on"
                    : "'\(name)' is a policy hook; decide it with revcycle.policy")
        }
        let (file, line) = callerLocation(L)
        lua_pushvalue(L, 2)
        let ref = rc_ref(L)
        var registration = ScriptRegistration(hook: name, kind: kind, file: file, line: line)
        if kind == .policy {
            if let previous = policies[name] {
                registration.overrides = previous.registration.location
                rc_unref(L, previous.ref)
                registrations.removeAll { $0 == previous.registration }
            }
            let keys = internKeys(of: declaration.payload)
            policies[name] = Handler(
                ref: ref, registration: registration, declaration: declaration,
                payloadKeys: keys, reusablePayload: makeReusablePayload(for: keys))
        } else {
            let keys = internKeys(of: declaration.payload)
            handlers[name, default: []].append(Handler(
                ref: ref, registration: registration, declaration: declaration,
                payloadKeys: keys, reusablePayload: makeReusablePayload(for: keys)))
        }
        registrations.append(registration)
        return 0
    }

    // MARK: - log, now, today

    private func log(_ L: OpaquePointer) -> Int32 {
        if let refusal = permit(L, .log, function: "log") { return fail(L, refusal) }
        guard let levelName = LuaBridge.readString(L, at: 1), let level = ScriptLogLevel(rawValue: levelName) else {
            let names = ScriptLogLevel.allCases.map(\.rawValue).joined(separator: ", ")
            return fail(L, "log: the level must be one of \(names)")
        }
        let message = LuaBridge.readString(L, at: 2) ?? "(not UTF-8 text)"
        var fields: [String: ScriptValue] = [:]
        if lua_type(L, 3) == LUA_TTABLE {
            do {
                guard let table = try LuaBridge.read(L, at: 3, path: "fields").tableValue else {
                    return fail(L, "log: fields must be a table with string keys")
                }
                fields = table
            } catch {
                return fail(L, "log: \(error)")
            }
        }
        host.log(level: level, message: message, fields: fields, hook: context.hook)
        return 0
    }

    private func now(_ L: OpaquePointer) -> Int32 {
        if let refusal = permit(L, .now, function: "now") { return fail(L, refusal) }
        LuaBridge.pushString(Self.iso8601(host.now()), L)
        return 1
    }

    /// `revcycle.today()`: the site's local date, `"2025-03-01"` (capability ``ScriptCapability/now``).
    private func today(_ L: OpaquePointer) -> Int32 {
        if let refusal = permit(L, .now, function: "today") { return fail(L, refusal) }
        LuaBridge.pushString(host.today(), L)
        return 1
    }

    /// `2025-03-01T14:30:00Z`: UTC, whole seconds. Its first ten characters are today's date.
    static func iso8601(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    // MARK: - tasks, lookups

    private func createTask(_ L: OpaquePointer) -> Int32 {
        if let refusal = permit(L, .createTask, function: "tasks.create") { return fail(L, refusal) }
        let fields: [String: ScriptValue]
        do {
            guard let table = try LuaBridge.read(L, at: 1, path: "task").tableValue else {
                return fail(L, "tasks.create: give a table with named fields, such as {title = ..., role = ...}")
            }
            fields = table
        } catch {
            return fail(L, "tasks.create: \(error)")
        }
        switch host.createTask(fields, hook: context.hook) {
        case .success(let id):
            LuaBridge.pushString(id, L)
            return 1
        case .failure(let error):
            return fail(L, "tasks.create: \(error.message)")
        }
    }

    private func lookup(_ L: OpaquePointer, kind: String, function: String) -> Int32 {
        if let refusal = permit(L, .lookup, function: function) { return fail(L, refusal) }
        guard let key = LuaBridge.readString(L, at: 1) else { return fail(L, "\(function): the key is not UTF-8 text") }
        switch host.lookup(kind, key: key, hook: context.hook) {
        case .success(let value):
            LuaBridge.push(value, L)
            return 1
        case .failure(let error) where error.kind == .notFound:
            lua_pushnil(L)
            return 1
        case .failure(let error):
            return fail(L, "\(function): \(error.message)")
        }
    }
}
