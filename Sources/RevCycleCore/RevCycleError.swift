/// The one error type that RevCycle shows to people.
///
/// Every error a command can meet carries a stable ``Code``, a one-sentence ``message`` saying what
/// was wrong and what was expected, where the bad input was (``inputLocation``: a file and line, an
/// X12 segment, a config key), a ``remedy`` a person can follow, and the process ``exitCode``.
/// Any other error that reaches the CLI is internal (exit 70).
///
/// ```swift
/// throw RevCycleError(.moduleDisabled,
///     "The billing module is off for site north.",
///     remedy: "revcycle modules enable billing --site north")
/// ```
public struct RevCycleError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A stable, comparable error code. New codes break no `switch`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        /// The process exit code that errors of this code end with (see README "Exit codes").
        public let exitCode: Int32

        public init(_ name: String, exitCode: Int32) {
            self.name = name
            self.exitCode = exitCode
        }

        public var description: String { name }

        /// Bad command-line usage or an input value out of range (EX_USAGE).
        public static let invalidInput = Code("invalid-input", exitCode: 64)
        /// A data file (X12, CSV, YAML) that cannot be read as expected (EX_DATAERR).
        public static let malformedInput = Code("malformed-input", exitCode: 65)
        /// Something named does not exist: a patient, an account, a task, a site (EX_NOINPUT).
        public static let notFound = Code("not-found", exitCode: 66)
        /// The acting user may not do this (EX_NOPERM).
        public static let permissionDenied = Code("permission-denied", exitCode: 77)
        /// A configuration file or key is wrong (EX_CONFIG).
        public static let configuration = Code("configuration", exitCode: 78)
        /// The module that owns a command is switched off for the site.
        public static let moduleDisabled = Code("module-disabled", exitCode: 69)
        /// A request conflicts with what is recorded: an idempotency key reused with other
        /// content, a task already taken, an illegal state change.
        public static let conflict = Code("conflict", exitCode: 75)
        /// The database or its schema is not usable as it is (not initialised, newer schema).
        public static let storage = Code("storage", exitCode: 74)
        /// A recorded invariant does not hold (ledger or audit verification found a violation).
        public static let integrity = Code("integrity", exitCode: 3)
        /// A card processor declined a payment: nothing was recorded.
        public static let paymentDeclined = Code("payment-declined", exitCode: 76)
        /// A site script failed, or a policy result was refused.
        public static let script = Code("script", exitCode: 4)
    }

    public var code: Code
    /// What was wrong and what was expected, in one or two sentences. Never patient data.
    public var message: String
    /// Where the bad input is: `config/sites/north.yaml:12 (modules.billing)`, `ISA segment 1`.
    public var inputLocation: String?
    /// What a person can do about it, often an exact command.
    public var remedy: String?
    /// The lower-level error, when there is one (kept for logs; not shown to staff).
    public var cause: String?

    public init(
        _ code: Code,
        _ message: String,
        at inputLocation: String? = nil,
        remedy: String? = nil,
        cause: String? = nil
    ) {
        self.code = code
        self.message = message
        self.inputLocation = inputLocation
        self.remedy = remedy
        self.cause = cause
    }

    public var exitCode: Int32 { code.exitCode }

    public var description: String {
        var text = ""
        if let inputLocation { text += "\(inputLocation): " }
        text += message
        if let remedy { text += " Try: \(remedy)" }
        return text
    }
}
