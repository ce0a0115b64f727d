public import Foundation

/// `revcycle scripts check`: validates every script of a site without side effects.
///
/// It reports syntax errors with file:line, load-time errors (unknown hook or event names,
/// `revcycle.policy` on an event, host functions not available at load time), sample payloads
/// that do not fit their hook's payload shape, and, for every registered policy and handler,
/// each of the hook's sample payloads run through it: errors, stops, unavailable host
/// functions ("tasks.create is not available in hook …") and results that the hook's shape
/// refuses. Hooks without a script are noted (their default applies).
///
/// ```swift
/// let report = ScriptChecker.check(site: "north", folders: [defaultFolder, northFolder], catalog: catalog)
/// for finding in report.findings { print(finding) }
/// exit(report.ok ? 0 : 4)
/// ```
public enum ScriptChecker {
    /// Checks a site's scripts.
    ///
    /// - Parameters:
    ///   - host: The host API to run samples against; by default a dry run (fixed clock, tasks
    ///     dropped, lookups find nothing).
    public static func check(
        site: String, folders: [URL], catalog: HookCatalog, host: (any ScriptHostAPI)? = nil,
        limits: ScriptLimits = .standard
    ) -> ScriptCheckReport {
        var findings: [ScriptCheckReport.Finding] = []
        findings += sampleShapeFindings(catalog)

        let sources: [ScriptSource]
        let state: LuaSite
        do {
            sources = try ScriptSource.discover(in: folders, tests: false)
            state = try LuaSite(site: site, catalog: catalog, host: host ?? DryRunHostAPI(), limits: limits)
        } catch {
            findings.append(.init(severity: .error, message: String(describing: error)))
            return ScriptCheckReport(site: site, findings: findings, registrations: [], files: [], samplesRun: 0)
        }
        for source in sources {
            if let failure = state.load(source) {
                findings.append(finding(failure, prefix: failure.kind == .load ? "syntax: " : "while loading: "))
            }
        }

        var samplesRun = 0
        for declaration in catalog.policies {
            guard state.policies[declaration.name] != nil else {
                findings.append(
                    .init(severity: .note, hook: declaration.name, message: "no script decides it; the default applies"))
                continue
            }
            if declaration.samplePayloads.isEmpty {
                findings.append(
                    .init(
                        severity: .warning, hook: declaration.name,
                        message: "the hook has no sample payloads, so its result shape was not checked"))
            }
            for (index, sample) in declaration.samplePayloads.enumerated() {
                samplesRun += 1
                if let failure = state.callPolicy(declaration.name, payload: sample).failure {
                    findings.append(finding(failure, prefix: "sample \(index + 1): "))
                }
            }
        }
        for declaration in catalog.events where state.handlers[declaration.name] != nil {
            for (index, sample) in declaration.samplePayloads.enumerated() {
                samplesRun += 1
                for failure in state.emit(declaration.name, payload: sample) {
                    findings.append(finding(failure, prefix: "sample \(index + 1): "))
                }
            }
        }
        return ScriptCheckReport(
            site: site, findings: findings, registrations: state.registrations, files: sources.map(\.displayName),
            samplesRun: samplesRun)
    }

    private static func finding(_ failure: ScriptFailure, prefix: String) -> ScriptCheckReport.Finding {
        var message = failure.message
        if let location = failure.location, message.hasPrefix(location + ": ") {
            message.removeFirst(location.count + 2)
        }
        return .init(severity: .error, file: failure.file, line: failure.line, hook: failure.hook, message: prefix + message)
    }

    /// Sample payloads that do not fit their hook's payload shape (a module's mistake).
    private static func sampleShapeFindings(_ catalog: HookCatalog) -> [ScriptCheckReport.Finding] {
        catalog.declarations.flatMap { declaration in
            declaration.samplePayloads.enumerated().compactMap { index, sample in
                let violations = declaration.payload.validate(sample, path: "payload")
                guard !violations.isEmpty else { return nil }
                return .init(
                    severity: .error, hook: declaration.name,
                    message: "sample \(index + 1) does not fit the payload shape: "
                        + violations.map(\.description).joined(separator: "; "))
            }
        }
    }
}
