import Foundation
import RevCycleCore

/// Regulation F's two telephone-call limits, counted in the patient's local calendar days.
///
/// 12 CFR 1006.14(b)(2)(i) presumes harassment when a collector places a call about a debt
/// (A) more than seven times within seven consecutive days, or (B) "within a period of seven
/// consecutive days after having had a telephone conversation with the person … The date of the
/// telephone conversation is the first day of the seven-consecutive-day period."
///
/// Day counting follows the regulation, not "seven days starting the day after": a conversation
/// on Friday 14 August makes Friday 14 through Thursday 20 August the quiet period, and the next
/// call may be placed on Friday 21 August (comment 14(b)(2)(ii)-1.ii). Seven calls on 1–7 April
/// are allowed; an eighth on 7 April is refused; a call on 8 April is allowed again, because
/// 2–8 April then holds seven (comments 14(b)(2)(i)-1.i and (ii)-1.i). Days are the patient's
/// local dates in their primary time zone.
///
/// Only outbound calls that reached the number count toward the limit (1006.14(b)(3)(ii)); a
/// conversation counts whoever placed the call (comment 14(b)(2)(i)-1.ii). The exclusion for calls
/// the patient asked for within seven days (1006.14(b)(3)(i)) is not applied: such a call must be
/// logged as inbound or placed within the limits.
struct CallFrequencyLimits: Sendable {
    /// Calls allowed within any seven consecutive days (7).
    static let callsPerSevenDays = 7
    /// Length of each period, in days, counting its first day (7).
    static let periodDays = 7

    let clock: LocalClock
    let history: [ContactLogEntry]

    /// Why a call at `moment` would exceed seven calls in seven days, and when it would not.
    func frequencyRefusal(at moment: Date) -> (reason: String, allowedFrom: Date)? {
        let day = clock.date(of: moment)
        let calls = countedCallDates()
        guard count(calls, endingOn: day) >= Self.callsPerSevenDays else { return nil }
        var next = day.adding(days: 1)
        while count(calls, endingOn: next) >= Self.callsPerSevenDays { next = next.adding(days: 1) }
        let first = day.adding(days: 1 - Self.periodDays)
        let reason =
            "\(Self.callsPerSevenDays) calls were already placed from \(first) to \(day); an eighth call "
            + "within seven consecutive days is presumed harassment (12 CFR 1006.14(b)(2)(i)(A))."
        return (reason, clock.startOfDay(next))
    }

    /// Why a call at `moment` would fall inside the seven days that start with a telephone
    /// conversation, and when the period ends.
    func conversationRefusal(at moment: Date) -> (reason: String, allowedFrom: Date)? {
        let day = clock.date(of: moment)
        let lastConversation =
            history
            .filter(\.isTelephoneConversation)
            .map { clock.date(of: $0.instant) }
            .filter { $0 <= day && day < $0.adding(days: Self.periodDays) }
            .max()
        guard let lastConversation else { return nil }
        let allowed = lastConversation.adding(days: Self.periodDays)
        let reason =
            "The patient had a telephone conversation with us on \(lastConversation), the first of seven "
            + "days without calls (12 CFR 1006.14(b)(2)(i)(B)); calls resume on \(allowed)."
        return (reason, clock.startOfDay(allowed))
    }

    private func countedCallDates() -> [CalendarDate] {
        history.filter(\.countsTowardCallLimit).map { clock.date(of: $0.instant) }
    }

    /// Calls on the seven local days ending with `day`.
    private func count(_ callDates: [CalendarDate], endingOn day: CalendarDate) -> Int {
        let first = day.adding(days: 1 - Self.periodDays)
        return callDates.filter { first <= $0 && $0 <= day }.count
    }
}
