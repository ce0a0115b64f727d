/// One reason a rule refuses an action, with the rule's stable name (`501r.notification-period`,
/// `bureaus.under-500`, `state.CO`) and a sentence staff can act on.
struct RuleRefusal: Sendable, Hashable, CustomStringConvertible {
    var rule: String
    var message: String

    var description: String { "\(rule): \(message)" }
}
