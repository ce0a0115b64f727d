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

    // The fields live in one immutable box (copied on write), so that a failure, and every
    // PolicyOutcome that may carry one, is a single word: the hot path of every policy call moves
    // outcomes around, and a seven-field struct made each move a long memory copy.
    private final class Storage: Sendable {
        let site: String
        let hook: String?
        let file: String?
        let line: Int?
        let message: String
        let traceback: String
        let kind: Kind

        init(site: String, hook: String?, file: String?, line: Int?, message: String, traceback: String, kind: Kind) {
            self.site = site
            self.hook = hook
            self.file = file
            self.line = line
            self.message = message
            self.traceback = traceback
            self.kind = kind
        }
    }

    private var storage: Storage

    private mutating func update(
        site: String? = nil, hook: String?? = nil, file: String?? = nil, line: Int?? = nil, message: String? = nil,
        traceback: String? = nil, kind: Kind? = nil
    ) {
        storage = Storage(
            site: site ?? storage.site, hook: hook ?? storage.hook, file: file ?? storage.file,
            line: line ?? storage.line, message: message ?? storage.message, traceback: traceback ?? storage.traceback,
            kind: kind ?? storage.kind)
    }

    public var site: String {
        get { storage.site }
        set { update(site: newValue) }
    }
    /// The hook or event (`nil` while loading a file or running a file).
    public var hook: String? {
        get { storage.hook }
        set { update(hook: .some(newValue)) }
    }
    /// The script file as shown in messages (`north/billing.lua`), when known.
    public var file: String? {
        get { storage.file }
        set { update(file: .some(newValue)) }
    }
    /// The line in ``file``, when known.
    public var line: Int? {
        get { storage.line }
        set { update(line: .some(newValue)) }
    }
    /// The error message, as Lua produced it (it starts with file:line when Lua knows them).
    public var message: String {
        get { storage.message }
        set { update(message: newValue) }
    }
    /// The Lua traceback ("" when there is none, as for memory errors and bad results).
    public var traceback: String {
        get { storage.traceback }
        set { update(traceback: newValue) }
    }
    public var kind: Kind {
        get { storage.kind }
        set { update(kind: newValue) }
    }

    public init(
        site: String, hook: String?, file: String?, line: Int?, message: String, traceback: String, kind: Kind
    ) {
        storage = Storage(
            site: site, hook: hook, file: file, line: line, message: message, traceback: traceback, kind: kind)
    }

    public static func == (lhs: ScriptFailure, rhs: ScriptFailure) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.site == rhs.site && lhs.hook == rhs.hook && lhs.file == rhs.file && lhs.line == rhs.line
                && lhs.message == rhs.message && lhs.traceback == rhs.traceback && lhs.kind == rhs.kind)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(site)
        hasher.combine(hook)
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(message)
        hasher.combine(traceback)
        hasher.combine(kind)
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
