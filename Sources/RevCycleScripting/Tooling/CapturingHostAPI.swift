import Foundation

/// The host while `revcycle.test.emit` runs a site's event handlers: tasks and logs are recorded,
/// not sent; the clock, lookups and permission checks go to the real host.
///
/// A task request first passes the real host's ``ScriptHostAPI/validateTask(_:hook:)``, so a
/// request the host would refuse fails the handler as it would in production; an accepted one is
/// recorded and gets a made-up id (`T-test-1`, `T-test-2`, ...). The real host's
/// ``ScriptHostAPI/createTask(_:hook:)`` is never called.
struct CapturingHostAPI: ScriptHostAPI {
    /// What the handlers of one emit asked for. Used under the site runtime's lock only; the
    /// lock here makes the type safely `Sendable`, as the protocol requires.
    final class Capture: @unchecked Sendable {
        struct LogLine {
            var level: ScriptLogLevel
            var message: String
        }

        /// Guards `tasks` and `logs`.
        private let lock = NSLock()
        private var recordedTasks: [[String: ScriptValue]] = []
        private var recordedLogs: [LogLine] = []

        var tasks: [[String: ScriptValue]] { lock.withLock { recordedTasks } }
        var logs: [LogLine] { lock.withLock { recordedLogs } }

        /// Records a task request; returns its made-up id.
        func record(task fields: [String: ScriptValue]) -> String {
            lock.withLock {
                recordedTasks.append(fields)
                return "T-test-\(recordedTasks.count)"
            }
        }

        func record(log level: ScriptLogLevel, _ message: String) {
            lock.withLock { recordedLogs.append(LogLine(level: level, message: message)) }
        }
    }

    let base: any ScriptHostAPI
    let capture: Capture

    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {
        capture.record(log: level, message)
    }

    func now() -> Date { base.now() }

    func today() -> String { base.today() }

    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> {
        switch base.validateTask(fields, hook: hook) {
        case .success: return .success(capture.record(task: fields))
        case .failure(let refusal): return .failure(refusal)
        }
    }

    func validateTask(_ fields: [String: ScriptValue], hook: String?) -> Result<Void, ScriptHostError> {
        base.validateTask(fields, hook: hook)
    }

    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
        base.lookup(kind, key: key, hook: hook)
    }

    func authorize(_ capability: ScriptCapability, hook: String?) -> Result<Void, ScriptHostError> {
        base.authorize(capability, hook: hook)
    }
}
