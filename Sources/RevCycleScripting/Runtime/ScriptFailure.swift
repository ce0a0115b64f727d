public import RevCycleCore

/// A script that failed: an error, a stop, or a result of the wrong shape.
///
/// Its description names the site, hook, script file and line:
/// `site north, hook billing.claim.scrub, north/billing.lua:14: attempt to index a nil value (field 'lines')`.
public struct ScriptFailure: Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// A Lua error (or a refused host call).
        case error
        /// The instruction budget ran out.
        case budget
        /// The call's memory cap was met.
        case memory
        /// The wall-clock deadline passed.
        case deadline
        /// The policy returned a value its hook's result shape refuses.
        case badResult
        /// A file failed to compile or load.
        case load
    }

    public var site: String
    /// The hook or event (`nil` while loading a file or running a file).
    public var hook: String?
    /// The script file as shown in messages (`north/billing.lua`), when known.
    public var file: String?
    /// The line in ``file``, when known.
    public var line: Int?
    /// The error message, as Lua produced it (it starts with file:line when Lua knows them).
    public var message: String
    /// The Lua traceback ("" when there is none, as for memory errors and bad results).
    public var traceback: String
    public var kind: Kind

    public init(
        site: String, hook: String?, file: String?, line: Int?, message: String, traceback: String, kind: Kind
    ) {
        self.site = site
        self.hook = hook
        self.file = file
        self.line = line
        self.message = message
        self.traceback = traceback
        self.kind = kind
    }

    /// `north/billing.lua:14`, or the file alone, or nil.
    public var location: String? {
        guard let file else { return nil }
        guard let line, line > 0 else { return file }
        return "\(file):\(line)"
    }

    public var description: String {
        var parts = ["site \(site)"]
        if let hook { parts.append("hook \(hook)") }
        var text = parts.joined(separator: ", ") + ", "
        if let location, !message.hasPrefix(location) { text += "\(location): " }
        return text + message
    }

    /// The failure as the error people see (code `.script`), with the traceback as its cause.
    public var error: RevCycleError {
        var text = message
        if let location, text.hasPrefix(location + ": ") { text.removeFirst(location.count + 2) }
        if let hook { text = "hook \(hook): " + text }
        return RevCycleError(
            .script, text, at: location, remedy: "revcycle scripts check --site \(site)",
            cause: traceback.isEmpty ? nil : traceback)
    }
}
