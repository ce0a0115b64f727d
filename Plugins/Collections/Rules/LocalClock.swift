import Foundation
import RevCycleCore

/// The calendar and wall clock of one time zone: turns instants into the patient's local date and
/// time of day, and local dates and times back into instants.
///
/// Everything goes through `Calendar` with the zone set, so daylight-saving changes are the
/// zone database's business, not ours: 08:00 on the day clocks spring forward is still 08:00.
struct LocalClock: Sendable {
    let timeZone: TimeZone
    private let calendar: Calendar

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The local date `instant` falls on.
    func date(of instant: Date) -> CalendarDate { CalendarDate(instant, in: timeZone) }

    /// The first instant of the local `date` (midnight, or the first moment after a gap).
    func startOfDay(_ date: CalendarDate) -> Date {
        calendar.startOfDay(for: instant(date, at: 12 * 3_600))
    }

    /// The instant the local clock shows `time` on `date`.
    func instant(_ date: CalendarDate, at time: TimeOfDay) -> Date {
        instant(date, at: time.secondsAfterMidnight)
    }

    /// Seconds after local midnight by the wall clock at `instant`, and whether a fraction of a
    /// second is left over (so that 21:00:00.4 reads as after 21:00).
    func wallClock(at instant: Date) -> (seconds: Int, hasFraction: Bool) {
        let parts = calendar.dateComponents([.hour, .minute, .second, .nanosecond], from: instant)
        let seconds = (parts.hour ?? 0) * 3_600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)
        return (seconds, (parts.nanosecond ?? 0) > 0)
    }

    /// `2026-03-09 08:00 America/Chicago`: an instant as the patient's clock shows it.
    func describe(_ instant: Date) -> String {
        let seconds = wallClock(at: instant).seconds
        let hour = seconds / 3_600
        let minute = seconds % 3_600 / 60
        let time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        return "\(date(of: instant)) \(time) \(timeZone.identifier)"
    }

    private func instant(_ date: CalendarDate, at secondsAfterMidnight: Int) -> Date {
        let parts = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: secondsAfterMidnight / 3_600,
            minute: secondsAfterMidnight % 3_600 / 60, second: secondsAfterMidnight % 60)
        // A valid calendar date and time of day always names an instant in a Gregorian calendar
        // (inside a daylight-saving gap, Foundation moves it past the gap).
        return calendar.date(from: parts)!
    }
}
