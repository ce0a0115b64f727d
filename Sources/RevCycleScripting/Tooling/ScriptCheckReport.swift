/// What `revcycle scripts check` found for a site.
public struct ScriptCheckReport: Sendable, Hashable {
    /// One finding, with where it is.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Severity: String, Sendable, Hashable {
            /// The site's scripts must not be enabled as they are.
            case error
            /// Worth a look; does not fail the check.
            case warning
            /// Information (a hook left to its default).
            case note
        }

        public var severity: Severity
        public var file: String?
        public var line: Int?
        public var hook: String?
        public var message: String

        public init(severity: Severity, file: String? = nil, line: Int? = nil, hook: String? = nil, message: String) {
            self.severity = severity
            self.file = file
            self.line = line
            self.hook = hook
            self.message = message
        }

        /// `error: north/billing.lua:12: hook billing.claim.scrub: sample 2: ...`
        public var description: String {
            var text = "\(severity.rawValue): "
            if let file { text += line.map { "\(file):\($0): " } ?? "\(file): " }
            if let hook { text += "hook \(hook): " }
            return text + message
        }
    }

    public var site: String
    public var findings: [Finding]
    /// The registrations the scripts made, with file:line.
    public var registrations: [ScriptRegistration]
    /// The files checked, as messages name them.
    public var files: [String]
    /// How many sample payloads were run through policies and handlers.
    public var samplesRun: Int

    public init(site: String, findings: [Finding], registrations: [ScriptRegistration], files: [String], samplesRun: Int) {
        self.site = site
        self.findings = findings
        self.registrations = registrations
        self.files = files
        self.samplesRun = samplesRun
    }

    /// Whether no finding is an error.
    public var ok: Bool { !findings.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }
}
