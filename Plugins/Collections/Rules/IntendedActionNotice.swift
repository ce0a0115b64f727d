import RevCycleCore

/// The written notice of intended extraordinary collection actions, sent at least 30 days before
/// any of them (26 CFR 1.501(r)-6(c)(4)(i)).
///
/// The notice says financial assistance is available, names the ECAs the hospital intends to take,
/// and "states a deadline after which such ECA(s) may be initiated that is no earlier than 30 days
/// after the date that the written notice is provided"; it comes with the plain-language summary
/// of the assistance policy, and staff try to tell the patient orally too. Those two companions
/// are the sender's duty; this value records what the rules check: the date, the actions named,
/// and the deadline.
///
/// An action may start only *after* the deadline: on the day following it. A patient told "by
/// June 30" has all of June 30 to act.
struct IntendedActionNotice: Sendable, Hashable {
    /// Days from the notice to its earliest allowed deadline (30).
    static let minimumLeadDays = 30

    var sentOn: CalendarDate
    /// The actions the notice names.
    var actions: Set<ExtraordinaryActionKind>
    /// The deadline the notice states.
    var deadline: CalendarDate

    /// Whether the stated deadline is at least 30 days after the notice.
    var hasLongEnoughDeadline: Bool { deadline >= earliestValidDeadline }

    /// The earliest deadline such a notice may state: 30 days after it is sent.
    var earliestValidDeadline: CalendarDate { sentOn.adding(days: Self.minimumLeadDays) }

    /// The first day the named actions may start: the day after the deadline.
    var actionsMayStartOn: CalendarDate { deadline.adding(days: 1) }

    /// Whether the notice names `kind`.
    func names(_ kind: ExtraordinaryActionKind) -> Bool { actions.contains(kind) }
}
