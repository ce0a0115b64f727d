/// One finding of the claim scrubber: built-in edits and the site's `billing.claim.scrub` policy.
struct ScrubEdit: Sendable, Hashable {
    enum Severity: String, Sendable { case error, warning }

    var severity: Severity
    /// A stable code for the rule (`npi-check-digit`, `timely-filing`, `site`), for counts and filters.
    var rule: String
    var message: String

    static func error(_ rule: String, _ message: String) -> ScrubEdit { ScrubEdit(severity: .error, rule: rule, message: message) }
    static func warning(_ rule: String, _ message: String) -> ScrubEdit { ScrubEdit(severity: .warning, rule: rule, message: message) }
}
