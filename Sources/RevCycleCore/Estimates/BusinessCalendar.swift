/// The days a site counts as business days: Monday to Friday, less a set of holidays.
///
/// No Surprises Act deadlines and other "business day" rules count on a `BusinessCalendar`. The
/// usual one is ``usFederal(years:adding:)``: the US federal holidays on their observed dates, plus
/// any days the site closes besides (45 CFR 149.610(a)(2) lets the convening provider or facility
/// define its business days).
///
/// Counting convention, shared with ``CalendarDate/adding(businessDays:holidays:)``: the start
/// day is day zero and never counts, whatever it is; the business days after it are 1, 2, 3, …
///
/// ```swift
/// let calendar = BusinessCalendar.usFederal(years: 2026...2027)
/// let wednesday = try CalendarDate(parsing: "2026-11-25")
/// calendar.isBusinessDay(wednesday.adding(days: 1))            // false: Thanksgiving
/// calendar.adding(businessDays: 1, to: wednesday)              // 2026-11-27 (Friday)
/// calendar.businessDays(from: wednesday, to: try CalendarDate(parsing: "2026-11-30"))  // 2
/// ```
public struct BusinessCalendar: Sendable, Hashable {
    /// The weekdays that are not business days. Saturdays and Sundays never are.
    public var holidays: Set<CalendarDate>

    /// A calendar with only weekends off, plus `holidays`.
    public init(holidays: Set<CalendarDate> = []) {
        self.holidays = holidays
    }

    /// The US federal holidays, on their observed dates, that fall in `years`, plus `siteHolidays`.
    ///
    /// A holiday on a Saturday is observed the Friday before and one on a Sunday the Monday after
    /// (5 U.S.C. 6103(b)). An observed date belongs to the year it falls in: New Year's Day 2028 is
    /// a Saturday, so `usFederal(years: 2027...2027)` holds Friday 2027-12-31.
    public static func usFederal(years: some Sequence<Int>, adding siteHolidays: Set<CalendarDate> = []) -> BusinessCalendar {
        var holidays = siteHolidays
        for year in years {
            for holidayYear in [year, year + 1] {
                for holiday in USFederalHoliday.allCases {
                    if let observed = holiday.observedDate(in: holidayYear), observed.year == year {
                        holidays.insert(observed)
                    }
                }
            }
        }
        return BusinessCalendar(holidays: holidays)
    }

    /// This calendar with the site's own closures added.
    public func adding(holidays more: some Sequence<CalendarDate>) -> BusinessCalendar {
        BusinessCalendar(holidays: holidays.union(more))
    }

    /// Whether `date` is a weekday that is not a holiday.
    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        !date.isWeekend && !holidays.contains(date)
    }

    /// The date `count` business days after `date` (`date` itself is day zero; `count` ≤ 0 gives `date`).
    public func adding(businessDays count: Int, to date: CalendarDate) -> CalendarDate {
        date.adding(businessDays: count, holidays: holidays)
    }

    /// How many business days there are after `from`, up to and including `to`.
    ///
    /// The inverse of ``adding(businessDays:to:)`` when `to` is a business day. Zero when `to` is on
    /// or before `from`.
    public func businessDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var date = start.adding(days: 1)
        while date <= end {
            if isBusinessDay(date) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }
}
