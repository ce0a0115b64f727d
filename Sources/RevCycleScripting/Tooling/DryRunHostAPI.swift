import Foundation

/// The host the checker uses when none is given: logs go nowhere, the clock is fixed at
/// 2025-01-01T00:00:00Z, tasks are accepted and dropped, and every lookup finds nothing.
struct DryRunHostAPI: ScriptHostAPI {
    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {}

    func now() -> Date { Date(timeIntervalSince1970: 1_735_689_600) }

    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> {
        .success("dry-run")
    }

    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
        .failure(.notFound("dry run: no \(kind) data"))
    }
}
