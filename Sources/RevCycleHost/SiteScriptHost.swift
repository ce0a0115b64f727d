import Foundation
import Logging
import RevCycleCore
import RevCycleScripting
import RevCycleStore

/// What a site's scripts may ask of the host, checked against the site's `script_permissions` and
/// audited: creating a work item, looking up a payer or a site parameter, logging, reading the clock.
struct SiteScriptHost: ScriptHostAPI {
    let services: HostServices
    /// For `scripts check` and `scripts test`: lookups read the site, but tasks are checked and not created.
    var isDryRun = false

    private func actor(_ hook: String?) -> ActingUser {
        ActingUser(user: "script:\(services.site.id)", role: nil, site: services.site.id, at: services.clock.now())
    }

    func authorize(_ capability: ScriptCapability, hook: String?) -> Result<Void, ScriptHostError> {
        let permission = capability == .createTask ? "create_task" : capability.rawValue
        guard services.site.scriptPermissions.contains(permission) else {
            try? services.audit.record(action: "script.\(permission)", outcome: .denied, patient: nil, account: nil,
                                       detail: "hook \(hook ?? "-")", by: actor(hook))
            return .failure(.denied("site \(services.site.id) does not allow scripts to \(permission.replacingOccurrences(of: "_", with: " ")) (script_permissions in \(SiteConfiguration.fileName(for: services.site.id)))"))
        }
        return .success(())
    }

    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {
        let swiftLevel: Logger.Level = switch level {
        case .debug: .debug
        case .info: .info
        case .notice: .notice
        case .warning: .warning
        case .error: .error
        }
        // A script logs on every event; below the installation's level nothing is built (fields are JSON-encoded).
        guard swiftLevel >= services.logger.logLevel else { return }
        var metadata: Logger.Metadata = ["hook.name": "\(hook ?? "-")", "site.id": "\(services.site.id)"]
        for (key, value) in fields { metadata["script.\(key)"] = "\(value.jsonString(pretty: false))" }
        services.logger.log(level: swiftLevel, "\(message)", metadata: metadata)
    }

    func now() -> Date { services.clock.now() }

    /// `revcycle.today()`: the date in the site's time zone (`time_zone` in the site file), not UTC.
    func today() -> String { CalendarDate(services.clock.now(), in: services.site.timeZone).description }

    /// A `tasks.create{...}` request, checked: the fields a work item needs, parsed.
    private struct TaskRequest {
        var role: Role
        var title: String
        var priority: WorkItem.Priority
        var due: CalendarDate?
        var account: AccountID?
    }

    /// Checks the fields without touching the store (the account's format, not its existence).
    private func parseTask(_ fields: [String: ScriptValue]) -> Result<TaskRequest, ScriptHostError> {
        let allowed: Set<String> = ["role", "title", "detail", "priority", "due", "account", "kind"]
        if let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            return .failure(.invalid("tasks.create: unknown field \"\(unknown)\"; expected \(allowed.sorted().joined(separator: ", "))"))
        }
        guard let roleText = fields["role"]?.stringValue, let role = Role(rawValue: roleText) else {
            return .failure(.invalid("tasks.create needs role = one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard let title = fields["title"]?.stringValue, !title.isEmpty, title.count <= 200 else {
            return .failure(.invalid("tasks.create needs a title of 1 to 200 characters"))
        }
        do {
            let priority = try fields["priority"].map { value in
                try WorkItem.Priority(parsing: value.stringValue ?? value.integerValue.map(String.init) ?? "")
            } ?? .normal
            let due = try fields["due"]?.stringValue.map(CalendarDate.init(parsing:))
            let account = try fields["account"]?.stringValue.map(AccountID.init(parsing:))
            return .success(TaskRequest(role: role, title: title, priority: priority, due: due, account: account))
        } catch let error as RevCycleError {
            return .failure(.invalid("tasks.create: \(error.message)"))
        } catch {
            return .failure(.invalid("tasks.create: \(error)"))
        }
    }

    /// For `revcycle.test.emit`: the checks of ``createTask(_:hook:)`` that need no store.
    func validateTask(_ fields: [String: ScriptValue], hook: String?) -> Result<Void, ScriptHostError> {
        parseTask(fields).map { _ in () }
    }

    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> {
        let request: TaskRequest
        switch parseTask(fields) {
        case .success(let parsed): request = parsed
        case .failure(let refusal): return .failure(refusal)
        }
        if isDryRun { return .success("T0 (dry run: not created)") }
        do {
            var links = WorkItem.Links()
            if let id = request.account {
                let account = try services.patients.account(id, by: actor(hook))
                links = WorkItem.Links(patient: account.patient, account: account.id)
            }
            let item = WorkItem(
                kind: fields["kind"]?.stringValue.map { "script.\($0)" } ?? "script.\(hook ?? "task")",
                title: request.title, detail: fields["detail"]?.stringValue ?? "", role: request.role,
                priority: request.priority, dueDate: request.due, links: links,
                createdBy: "script:\(services.site.id)/\(hook ?? "-")", createdAt: services.clock.now())
            return .success(try services.workQueue.create(item, by: actor(hook)).description)
        } catch let error as RevCycleError {
            return .failure(.invalid("tasks.create: \(error.message)"))
        } catch {
            return .failure(.invalid("tasks.create: \(error)"))
        }
    }

    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
        let found: ScriptValue?
        switch kind {
        case "payer":
            let code = try? PayerCode(key)
            found = code.flatMap { try? services.payerCatalog().payers[$0]?.settings }.map { payer in
                ["code": .string(key.uppercased()), "name": .string(payer.name),
                 "timely_filing_days": .integer(Int64(payer.timelyFilingDays))]
            }
        case "parameter":
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            found = parts.count == 2 ? services.site.parameter(parts[0], parts[1]).map(Self.scriptValue) : nil
        default:
            return .failure(.invalid("unknown lookup \(kind); expected payer or parameter"))
        }
        if !isDryRun { try? services.audit.record(action: "script.lookup", outcome: .allowed, patient: nil, account: nil,
                                   detail: "\(kind) \(key) by hook \(hook ?? "-")", by: actor(hook)) }
        guard let found else { return .failure(.notFound("no \(kind) \(key)")) }
        return .success(found)
    }

    static func scriptValue(_ value: ParameterValue) -> ScriptValue {
        switch value {
        case .integer(let number), .amountCents(let number): .integer(number)
        case .flag(let flag): .bool(flag)
        case .text(let text): .string(text)
        }
    }
}
