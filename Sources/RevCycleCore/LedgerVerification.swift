/// What `ledger verify` found.
public struct LedgerVerification: Sendable, Hashable {
    public var entriesChecked: Int
    public var postingsChecked: Int
    public var accountsChecked: Int
    /// Violations in the order they were found; the first one is the one to fix first.
    public var violations: [String]

    public init(entriesChecked: Int, postingsChecked: Int, accountsChecked: Int, violations: [String]) {
        self.entriesChecked = entriesChecked
        self.postingsChecked = postingsChecked
        self.accountsChecked = accountsChecked
        self.violations = violations
    }

    public var isClean: Bool { violations.isEmpty }
}
