import CLua
import LuaShim
import RevCycleCore

/// One sandboxed Lua state of a site, with the policies and handlers its scripts registered.
///
/// Not thread-safe: ``SiteScriptRuntime`` serialises every use behind its lock. The state holds
/// an unretained pointer back to this object (the host context of the C trampoline); the
/// object owns the state and closes it in `deinit`.
final class LuaSite {
    /// A registered Lua function: its registry reference, where it came from, and (resolved
    /// once at registration) its hook's declaration and call context.
    final class Handler {
        let ref: Int32
        let registration: ScriptRegistration
        let declaration: HookDeclaration
        let context: CallContext
        /// The payload record's field names as interned Lua strings (see ``LuaSite/internKeys(of:)``).
        let payloadKeys: LuaBridge.InternedKeys
        /// The payload table reused by every call of this handler (nil when the payload is not a
        /// record of at most 64 fields): `data` is filled by the host, `proxy` is what the script
        /// receives (see `rc_new_payload`). New fields are refused, and every declared field is set
        /// or cleared before each call, so nothing leaks from one call to the next; a script must
        /// not keep its payload after returning, since the next call refills it.
        let reusablePayload: (data: Int32, proxy: Int32)?
        /// Which interned fields the reused payload holds now (bit i = field i), so that the next
        /// call clears exactly the fields it does not set.
        var payloadFieldsSet: UInt64 = 0
        /// The result shape's common cases, checked without copying the shape.
        let resultCheck: ResultCheck
        let resultShape: ValueShape

        init(ref: Int32, registration: ScriptRegistration, declaration: HookDeclaration, payloadKeys: LuaBridge.InternedKeys,
             reusablePayload: (data: Int32, proxy: Int32)?)
        {
            self.reusablePayload = reusablePayload
            self.resultShape = declaration.result
            self.ref = ref
            self.registration = registration
            self.declaration = declaration
            self.context = .serving(declaration)
            self.payloadKeys = payloadKeys
            self.resultCheck = ResultCheck(declaration.result)
        }
    }

    /// A policy result shape's common cases, as a trivial value (no reference counting per call).
    enum ResultCheck {
        case anything
        case integer(ClosedRange<Int64>)
        case bool
        /// Any other shape: ``ValueShape/conforms(_:)`` decides.
        case general

        init(_ shape: ValueShape) {
            switch shape {
            case .any: self = .anything
            case .integer(let range), .cents(let range): self = .integer(range)
            case .bool: self = .bool
            default: self = .general
            }
        }

        /// Whether `value` fits, or nil when the full shape must decide.
        @inline(__always)
        func accepts(_ value: ScriptValue) -> Bool? {
            switch (self, value) {
            case (.anything, _): return true
            case (.integer(let range), .integer(let number)): return range.contains(number)
            case (.bool, .bool): return true
            case (.general, _): return nil
            default: return false
            }
        }
    }

    /// A `test(name, fn)` registration (test states only).
    struct RegisteredTest {
        var name: String
        var ref: Int32
        var file: String
        var line: Int
    }

    let site: String
    let catalog: HookCatalog
    /// The host the `revcycle.*` functions reach. `revcycle.test.emit` swaps in a
    /// ``CapturingHostAPI`` while the handlers run.
    var host: any ScriptHostAPI
    let limits: ScriptLimits
    private(set) var state: OpaquePointer?
    var context: CallContext = .loading
    var policies: [String: Handler] = [:] {
        didSet { lastPolicy = nil }
    }
    /// The last policy called, and its hook name as the caller passed it: a host calling the same
    /// hook again (usually with the same string) skips hashing the name, and often comparing it.
    var lastPolicy: LastPolicy?

    final class LastPolicy {
        let name: String
        let words: (UInt64, UInt64)
        let handler: Handler

        init(name: String, handler: Handler) {
            self.name = name
            self.words = LuaBridge.words(of: name)
            self.handler = handler
        }

        @inline(__always)
        func matches(_ hook: String) -> Bool {
            // Equal words: the same small string or the same storage (which `name` keeps alive).
            LuaBridge.words(of: hook) == words || hook == name
        }
    }
    var handlers: [String: [Handler]] = [:]
    var registrations: [ScriptRegistration] = []
    var tests: [RegisteredTest] = []
    /// Display names of loaded chunks, to find "file:line:" at the start of messages.
    var chunkNames: [String] = []
    /// Registry references of payload field names interned once per state.
    var internedKeyRefs: [String: Int32] = [:]

    /// Creates the sandboxed state.
    ///
    /// - Throws: ``RevCycleCore/RevCycleError`` when Lua cannot build the state.
    init(site: String, catalog: HookCatalog, host: any ScriptHostAPI, limits: ScriptLimits, withTestAPI: Bool = false)
        throws
    {
        self.site = site
        self.catalog = catalog
        self.host = host
        self.limits = limits
        var cLimits = rc_limits(
            instruction_budget: limits.instructionBudget,
            deadline_ns: Int64(limits.deadlineMilliseconds) * 1_000_000,
            memory_limit: limits.memoryLimit,
            max_pattern_subject: limits.maxPatternSubject,
            max_pattern_length: limits.maxPatternLength,
            max_string_bytes: limits.maxStringBytes,
            max_unpack: Int64(limits.maxUnpack),
            hook_interval: Int32(clamping: limits.hookInterval))
        var message = [CChar](repeating: 0, count: 256)
        let context = Unmanaged.passUnretained(self).toOpaque()
        state = rc_state_new(&cLimits, luaSiteHostCallback, context, withTestAPI ? 1 : 0, &message, message.count)
        guard state != nil else {
            throw RevCycleError(
                .script, "The Lua state for site \(site) could not be created: \(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)).")
        }
    }

    deinit {
        rc_state_close(state)
    }

    /// Bytes the state holds now.
    var memoryUsed: Int { rc_memory_used(state) }

    // MARK: - Loading

    /// Compiles and runs one file; returns its failure, if any.
    func load(_ source: ScriptSource) -> ScriptFailure? {
        guard let L = state else { return nil }
        chunkNames.append(source.displayName)
        let status = source.text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rc_load(L, $0.baseAddress, $0.count, source.chunkName) }
        } ?? {
            var text = source.text
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { rc_load(L, $0.baseAddress, $0.count, source.chunkName) }
            }
        }()
        if status != LUA_OK {
            var failure = makeFailure(status: status, hook: nil, fallback: (source.displayName, 0))
            failure.kind = .load
            return failure
        }
        return run(context: .loading, arguments: 0, fallback: (source.displayName, 0)).failure
    }

    /// Runs the function on the stack (below `arguments` values) in a context; returns the
    /// first result read as a ScriptValue, or the failure. Leaves the stack empty.
    func run(
        context: CallContext, arguments: Int32, results: Int32 = 0, fallback: @autoclosure () -> (String, Int)?
    ) -> (value: ScriptValue?, failure: ScriptFailure?) {
        guard let L = state else { return (nil, nil) }
        // Swapped in and out: one retain and one release per call instead of a handful.
        var swapped = context
        swap(&self.context, &swapped)
        defer { swap(&self.context, &swapped) }
        let status = rc_call(L, arguments, results)
        guard status == LUA_OK else {
            let failure = makeFailure(status: status, hook: context.hook, fallback: fallback())
            rc_reset(L)
            rc_collect(L)
            return (nil, failure)
        }
        defer { rc_reset(L) }
        guard results > 0 else { return (nil, nil) }
        do {
            return (try LuaBridge.readResult(L), nil)
        } catch {
            let fallback = fallback()
            return (
                nil,
                ScriptFailure(
                    site: site, hook: context.hook, file: fallback?.0, line: fallback?.1,
                    message: "returned a value that cannot leave Lua: \(error)", traceback: "", kind: .badResult)
            )
        }
    }

    /// A reusable read-only payload table for handlers whose payload is a record of interned keys.
    func makeReusablePayload(for keys: LuaBridge.InternedKeys) -> (data: Int32, proxy: Int32)? {
        guard let L = state, !keys.isEmpty, keys.count <= 64 else { return nil }
        _ = lua_checkstack(L, 4)
        var data: Int32 = 0
        var proxy: Int32 = 0
        rc_new_payload(L, Int32(keys.count), &data, &proxy)
        return (data, proxy)
    }

    /// Interns the top-level field names of a record payload shape (host work: the cap is relaxed
    /// between calls and during host calls, so pushing cannot raise).
    func internKeys(of shape: ValueShape) -> LuaBridge.InternedKeys {
        guard let L = state, case .record(let fields) = shape else { return .none }
        var names: [String] = []
        var refs: [Int32] = []
        for field in fields where !names.contains(field.name) {
            let ref: Int32
            if let known = internedKeyRefs[field.name] {
                ref = known
            } else {
                _ = lua_checkstack(L, 1)
                LuaBridge.pushString(field.name, L)
                ref = rc_ref(L)
                internedKeyRefs[field.name] = ref
            }
            names.append(field.name)
            refs.append(ref)
        }
        return LuaBridge.InternedKeys(names: names, refs: refs)
    }

    // MARK: - Failures

    /// Builds the failure for a non-OK status, reading the message on top of the stack.
    ///
    /// - Parameters:
    ///   - stop: The call's ``rc_stop_kind``, when the state no longer shows it (an isolated
    ///     call, see ``rc_call_isolated``); read from the state when nil.
    ///   - memoryDenied: Likewise for ``rc_memory_denied``.
    func makeFailure(
        status: Int32, hook: String?, fallback: (String, Int)?, stop: Int32? = nil, memoryDenied: Bool? = nil
    ) -> ScriptFailure {
        guard let L = state else {
            return ScriptFailure(site: site, hook: hook, file: nil, line: nil, message: "no state", traceback: "", kind: .error)
        }
        var message = LuaBridge.readString(L, at: -1) ?? "(error object is not a string)"
        lua_settop(L, -2)
        var kind = ScriptFailure.Kind.error
        switch stop ?? rc_stop_kind(L) {
        case Int32(RC_STOP_BUDGET.rawValue): kind = .budget
        case Int32(RC_STOP_DEADLINE.rawValue): kind = .deadline
        default:
            if status == LUA_ERRMEM
                || ((memoryDenied ?? (rc_memory_denied(L) != 0)) && message.contains("not enough memory"))
            {
                kind = .memory
                message = "memory cap of \(limits.memoryLimit >> 20) MiB exceeded (not enough memory)"
            }
        }
        var file: String?
        var line: Int?
        if let located = locate(message) {
            (file, line) = (located.0, located.1)
        } else {
            var cLine: Int32 = 0
            if kind != .memory, let source = rc_last_error_source(L, &cLine) {
                (file, line) = (String(cString: source), Int(cLine))
            } else if let fallback {
                (file, line) = (fallback.0, fallback.1 > 0 ? fallback.1 : nil)
            }
        }
        let traceback = kind == .memory ? "" : String(cString: rc_last_traceback(L))
        return ScriptFailure(
            site: site, hook: hook, file: file, line: line, message: message, traceback: traceback, kind: kind)
    }

    /// Finds "name:line:" at the start of a message for a loaded chunk name.
    private func locate(_ message: String) -> (String, Int)? {
        for name in chunkNames where message.hasPrefix(name + ":") {
            let rest = message.dropFirst(name.count + 1)
            let digits = rest.prefix { $0.isNumber }
            if let line = Int(digits), rest.dropFirst(digits.count).hasPrefix(":") { return (name, line) }
        }
        return nil
    }
}

/// The C trampoline's way back into Swift: finds the LuaSite and lets it serve the call.
private let luaSiteHostCallback: rc_host_function = { context, L, id in
    guard let context, let L else { return 0 }
    let site = Unmanaged<LuaSite>.fromOpaque(context).takeUnretainedValue()
    return site.hostCall(L, id: id)
}
