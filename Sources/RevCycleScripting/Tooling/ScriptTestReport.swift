/// What `revcycle scripts test` found for a site.
public struct ScriptTestReport: Sendable, Hashable {
    /// One test's result.
    public struct Result: Sendable, Hashable, CustomStringConvertible {
        /// The test file (`north/billing_test.lua`).
        public var file: String
        /// The name given to `test(name, fn)`.
        public var name: String
        /// Where `test(...)` is.
        public var line: Int
        public var passed: Bool
        /// Why it failed.
        public var failure: ScriptFailure?

        public init(file: String, name: String, line: Int, passed: Bool, failure: ScriptFailure?) {
            self.file = file
            self.name = name
            self.line = line
            self.passed = passed
            self.failure = failure
        }

        /// `PASS north/billing_test.lua:3 scrubs empty claims` or `FAIL ...: message`.
        public var description: String {
            var text = "\(passed ? "PASS" : "FAIL") \(file):\(line) \(name)"
            if let failure { text += "\n    \(failure.location.map { "\($0): " } ?? "")\(Self.stripLocation(failure))" }
            return text
        }

        private static func stripLocation(_ failure: ScriptFailure) -> String {
            guard let location = failure.location, failure.message.hasPrefix(location + ": ") else { return failure.message }
            return String(failure.message.dropFirst(location.count + 2))
        }
    }

    public var site: String
    public var results: [Result]
    /// Site scripts or test files that failed to load (their tests did not run).
    public var loadFailures: [ScriptFailure]
    /// The test files run.
    public var files: [String]

    public init(site: String, results: [Result], loadFailures: [ScriptFailure], files: [String]) {
        self.site = site
        self.results = results
        self.loadFailures = loadFailures
        self.files = files
    }

    public var passed: Int { results.filter(\.passed).count }
    public var failed: Int { results.count - passed }
    /// Whether every test passed and every file loaded.
    public var ok: Bool { failed == 0 && loadFailures.isEmpty }
}
