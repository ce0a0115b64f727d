/// The eleven US federal holidays (5 U.S.C. 6103(a)) and the rule that places each in a year.
///
/// ```swift
/// USFederalHoliday.thanksgivingDay.date(in: 2026)          // 2026-11-26, the 4th Thursday
/// USFederalHoliday.independenceDay.observedDate(in: 2026)  // 2026-07-03: July 4 is a Saturday
/// ```
public enum USFederalHoliday: String, Sendable, Hashable, CaseIterable {
    case newYearsDay = "New Year's Day"
    case martinLutherKingJrDay = "Birthday of Martin Luther King, Jr."
    case washingtonsBirthday = "Washington's Birthday"
    case memorialDay = "Memorial Day"
    case juneteenth = "Juneteenth National Independence Day"
    case independenceDay = "Independence Day"
    case laborDay = "Labor Day"
    case columbusDay = "Columbus Day"
    case veteransDay = "Veterans Day"
    case thanksgivingDay = "Thanksgiving Day"
    case christmasDay = "Christmas Day"

    /// The first year the holiday was observed under today's rule: Juneteenth from 2021, the
    /// Martin Luther King, Jr. holiday from 1986, the rest (Monday holidays included) from 1971.
    public var firstYear: Int {
        switch self {
        case .juneteenth: 2021
        case .martinLutherKingJrDay: 1986
        default: 1971
        }
    }

    /// The holiday's own date in `year`, or `nil` before ``firstYear``.
    public func date(in year: Int) -> CalendarDate? {
        guard year >= firstYear else { return nil }
        return switch self {
        case .newYearsDay: Self.date(year, 1, 1)
        case .martinLutherKingJrDay: Self.weekday(1, occurrence: 3, month: 1, year: year)
        case .washingtonsBirthday: Self.weekday(1, occurrence: 3, month: 2, year: year)
        case .memorialDay: Self.lastWeekday(1, month: 5, year: year)
        case .juneteenth: Self.date(year, 6, 19)
        case .independenceDay: Self.date(year, 7, 4)
        case .laborDay: Self.weekday(1, occurrence: 1, month: 9, year: year)
        case .columbusDay: Self.weekday(1, occurrence: 2, month: 10, year: year)
        case .veteransDay: Self.date(year, 11, 11)
        case .thanksgivingDay: Self.weekday(4, occurrence: 4, month: 11, year: year)
        case .christmasDay: Self.date(year, 12, 25)
        }
    }

    /// The day off in `year`: Saturday moves to the Friday before, Sunday to the Monday after.
    ///
    /// The observed date can fall in the year before: New Year's Day 2028 is observed 2027-12-31.
    public func observedDate(in year: Int) -> CalendarDate? {
        guard let actual = date(in: year) else { return nil }
        switch actual.isoWeekday {
        case 6: return actual.adding(days: -1)
        case 7: return actual.adding(days: 1)
        default: return actual
        }
    }

    // MARK: - Placing a date

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: day))
    }

    /// The `occurrence`-th ISO `weekday` (Monday = 1) of the month.
    private static func weekday(_ weekday: Int, occurrence: Int, month: Int, year: Int) -> CalendarDate {
        let first = date(year, month, 1)
        return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (occurrence - 1))
    }

    /// The last ISO `weekday` (Monday = 1) of the month.
    private static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDate {
        let last = date(year, month, CalendarDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
    }
}
