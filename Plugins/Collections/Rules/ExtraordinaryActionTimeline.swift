import RevCycleCore

/// The key 501(r) dates for one episode of care, all counted from the first post-discharge statement.
///
/// ```swift
/// let timeline = ExtraordinaryActionRules.timeline(for: facts)!
/// timeline.earliestActionDate      // statement + 120 days
/// timeline.noticeNeededBy          // statement + 89 days: a notice then, deadline +30, action the day after
/// timeline.applicationPeriodEnds   // statement + 240 days, or a later notice deadline
/// ```
struct ExtraordinaryActionTimeline: Sendable, Hashable {
    var firstStatementDate: CalendarDate
    /// The first day an ECA may be taken: 120 days after the first statement (1.501(r)-6(c)(3)(i)).
    var earliestActionDate: CalendarDate
    /// The last day a written notice can go out and still allow an ECA on ``earliestActionDate``:
    /// its deadline must be 30 days out and the action comes the day after the deadline.
    var noticeNeededBy: CalendarDate
    /// The last day of the application period: the 240th day after the first statement, or the
    /// deadline of a written notice when that is later (1.501(r)-1(b)(3)). Applications received
    /// by then must be processed.
    var applicationPeriodEnds: CalendarDate
}
