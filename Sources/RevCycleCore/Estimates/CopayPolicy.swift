/// How many copays a visit takes.
public enum CopayPolicy: String, Sendable, Hashable, CaseIterable {
    /// One copay for the visit, on the first line whose service type has a copay (and whose allowed
    /// amount is above zero). Later lines with a copay service type are covered by it.
    case oncePerVisit
    /// Every line whose service type has a copay takes its own copay.
    case perLine
}
