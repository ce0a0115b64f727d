/// When an uninsured or self-pay patient's good-faith estimate is due, or why none is required.
///
/// The No Surprises Act (45 CFR 149.610(b)) sets three deadlines, kept as data in
/// ``GoodFaithEstimateTimingRule``:
///
/// - scheduled at least 10 business days ahead: within 3 business days of scheduling;
/// - scheduled at least 3 business days ahead: within 1 business day of scheduling;
/// - scheduled fewer than 3 business days ahead: no estimate is required;
/// - requested with no service scheduled: within 3 business days of the request.
///
/// **Business days ahead** is the number of business days *on or after the scheduling date and
/// before the service date*: the scheduling day counts when it is a business day, the service day
/// never does. This is the rule's "scheduled at least N business days before the date of service"
/// read literally: stepping back N business days from the service date lands on or after the day
/// it was scheduled. Scheduled Monday for Thursday is 3 business days ahead (Monday is 3 business
/// days before Thursday); scheduled Monday for Wednesday is 2.
///
/// **Due within N business days** is counted the other way, as ``BusinessCalendar`` always counts:
/// the scheduling (or request) day is day zero, and the estimate is due by the N-th business day
/// after it. Scheduled Wednesday 2026-11-25 with 1 business day to deliver: Thursday is
/// Thanksgiving, so it is due Friday 2026-11-27.
///
/// ```swift
/// let calendar = BusinessCalendar.usFederal(years: 2026...2027)
/// let deadline = try GoodFaithEstimateDeadline(
///     scheduledOn: try CalendarDate(parsing: "2026-11-25"), serviceDate: try CalendarDate(parsing: "2026-12-14"),
///     calendar: calendar)
/// deadline.businessDaysAhead   // 12
/// deadline.dueDate             // 2026-12-01: 3 business days, skipping Thanksgiving and the weekend
/// ```
public struct GoodFaithEstimateDeadline: Sendable, Hashable {
    /// Whether an estimate is owed, and by when.
    public enum Requirement: Sendable, Hashable {
        /// Due by the date, the given number of business days after scheduling or the request.
        case due(by: CalendarDate, withinBusinessDays: Int)
        /// No estimate is required, for the reason given.
        case notRequired(NotRequiredReason)
    }

    /// Why no good-faith estimate is required.
    public enum NotRequiredReason: Sendable, Hashable {
        /// The service was scheduled fewer than `minimum` business days before it is furnished.
        case scheduledTooSoon(businessDaysAhead: Int, minimum: Int)
    }

    /// The day the service was scheduled, or the estimate requested.
    public let startDate: CalendarDate
    /// The scheduled service date; `nil` when the patient asked for an estimate without scheduling.
    public let serviceDate: CalendarDate?
    /// Business days on or after ``startDate`` and before ``serviceDate``; `nil` on request.
    public let businessDaysAhead: Int?
    public let requirement: Requirement

    /// Computes the deadline for a service scheduled on `scheduledOn` for `serviceDate`, or, when
    /// `serviceDate` is `nil`, for an estimate requested on `scheduledOn`.
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) when the service date is before the scheduling date.
    public init(scheduledOn: CalendarDate, serviceDate: CalendarDate?, calendar: BusinessCalendar,
                rule: GoodFaithEstimateTimingRule = .noSurprisesAct) throws {
        startDate = scheduledOn
        self.serviceDate = serviceDate
        guard let serviceDate else {
            businessDaysAhead = nil
            let days = rule.onRequestDeliveryBusinessDays
            requirement = .due(by: calendar.adding(businessDays: days, to: scheduledOn), withinBusinessDays: days)
            return
        }
        guard scheduledOn <= serviceDate else {
            throw RevCycleError(.invalidInput,
                                "The service date \(serviceDate) is before the day it was scheduled (\(scheduledOn)); expected a service date on or after the scheduling date.",
                                at: "service date")
        }
        // Business days in [scheduledOn, serviceDate): those after the day before scheduling, up to the day before service.
        let ahead = calendar.businessDays(from: scheduledOn.adding(days: -1), to: serviceDate.adding(days: -1))
        businessDaysAhead = ahead
        let days: Int
        if ahead >= rule.longNoticeBusinessDays {
            days = rule.longNoticeDeliveryBusinessDays
        } else if ahead >= rule.shortNoticeBusinessDays {
            days = rule.shortNoticeDeliveryBusinessDays
        } else {
            requirement = .notRequired(.scheduledTooSoon(businessDaysAhead: ahead, minimum: rule.shortNoticeBusinessDays))
            return
        }
        requirement = .due(by: calendar.adding(businessDays: days, to: scheduledOn), withinBusinessDays: days)
    }

    /// The last day to deliver the estimate; `nil` when none is required.
    public var dueDate: CalendarDate? {
        if case .due(let date, _) = requirement { date } else { nil }
    }

    public var isRequired: Bool { dueDate != nil }

    /// One plain-English sentence: what was scheduled or requested, and what is owed by when.
    public var explanation: String {
        let start: String
        if let serviceDate, let businessDaysAhead {
            let plural = businessDaysAhead == 1 ? "" : "s"
            start = "Scheduled on \(startDate) for \(serviceDate), \(businessDaysAhead) business day\(plural) ahead"
        } else {
            start = "Requested on \(startDate) with no service scheduled"
        }
        switch requirement {
        case .due(let date, let days):
            return "\(start): a good-faith estimate is due within \(days) business day\(days == 1 ? "" : "s"), by \(date)."
        case .notRequired(.scheduledTooSoon(_, let minimum)):
            return "\(start), fewer than \(minimum): no good-faith estimate is required."
        }
    }
}
