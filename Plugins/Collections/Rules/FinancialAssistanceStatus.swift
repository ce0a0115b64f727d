import RevCycleCore

/// Where the patient's financial-assistance (FAP) application for this care stands.
enum FinancialAssistanceStatus: Sendable, Hashable {
    /// No application received.
    case none
    /// An application missing information, received on a date. ECAs are suspended
    /// (26 CFR 1.501(r)-6(c)(5)); `completeBy` is the deadline given in the notice of what is
    /// missing, after which, still incomplete, it no longer suspends them.
    case incomplete(receivedOn: CalendarDate, completeBy: CalendarDate?)
    /// A complete application awaiting a decision: ECAs are suspended (1.501(r)-6(c)(6)).
    case pending(receivedOn: CalendarDate)
    /// The patient qualifies; `patientOwes` is what they owe for the care under the policy.
    case approved(decidedOn: CalendarDate, patientOwes: Money)
    /// The patient does not qualify; collection may resume under the notice rules.
    case denied(decidedOn: CalendarDate)

    /// The day the application was received, while it is undecided.
    var receivedOn: CalendarDate? {
        switch self {
        case .incomplete(let receivedOn, _), .pending(let receivedOn): receivedOn
        case .none, .approved, .denied: nil
        }
    }
}
