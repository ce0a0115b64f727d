import Foundation
import RevCycleScripting

/// A host double: a fixed clock, recorded logs and tasks, canned lookups, and optional refusals.
final class TestHost: ScriptHostAPI, @unchecked Sendable {
    struct LogLine: Equatable {
        var level: ScriptLogLevel
        var message: String
        var fields: [String: ScriptValue]
        var hook: String?
    }

    /// Guards `logs`, `tasks`.
    private let lock = NSLock()
    private var logLines: [LogLine] = []
    private var createdTasks: [[String: ScriptValue]] = []
    let fixedNow: Date
    let payers: [String: ScriptValue]
    let parameters: [String: ScriptValue]
    let refused: Set<ScriptCapability>

    init(
        now: Date = Date(timeIntervalSince1970: 1_740_830_400),  // 2025-03-01T12:00:00Z
        payers: [String: ScriptValue] = ["P-1": ["name": "Acme Health", "timely_filing_days": 90]],
        parameters: [String: ScriptValue] = ["small_balance_cents": 500],
        refused: Set<ScriptCapability> = []
    ) {
        self.fixedNow = now
        self.payers = payers
        self.parameters = parameters
        self.refused = refused
    }

    var logs: [LogLine] { lock.withLock { logLines } }
    var tasks: [[String: ScriptValue]] { lock.withLock { createdTasks } }

    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {
        lock.withLock { logLines.append(LogLine(level: level, message: message, fields: fields, hook: hook)) }
    }

    func now() -> Date { fixedNow }

    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> {
        guard fields["title"]?.stringValue != nil else { return .failure(.invalid("a task needs a title")) }
        return lock.withLock {
            createdTasks.append(fields)
            return .success("T-\(createdTasks.count)")
        }
    }

    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
        let table = kind == "payer" ? payers : parameters
        guard let value = table[key] else { return .failure(.notFound("no \(kind) \(key)")) }
        return .success(value)
    }

    func authorize(_ capability: ScriptCapability, hook: String?) -> Result<Void, ScriptHostError> {
        refused.contains(capability) ? .failure(.denied("site north does not allow \(capability)")) : .success(())
    }
}
