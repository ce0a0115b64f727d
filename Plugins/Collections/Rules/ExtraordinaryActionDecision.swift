import RevCycleCore

/// Whether one extraordinary collection action may be taken on a day, with every reason it may not.
struct ExtraordinaryActionDecision: Sendable, Hashable, CustomStringConvertible {
    var kind: ExtraordinaryActionKind
    var date: CalendarDate
    /// All the rules that refuse the action; empty when it is allowed.
    var reasons: [RuleRefusal]

    var isAllowed: Bool { reasons.isEmpty }

    /// The reasons' rule names, for tests and audit rows.
    var ruleNames: [String] { reasons.map(\.rule) }

    var description: String {
        if isAllowed { return "\(kind.rawValue) allowed on \(date)" }
        return "\(kind.rawValue) refused on \(date): " + reasons.map(\.description).joined(separator: " ")
    }
}
