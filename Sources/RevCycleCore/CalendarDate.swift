public import Foundation

/// A calendar date with no time and no zone: a date of service, a due date, a statement date.
///
/// Arithmetic goes through the day number, so adding days never meets a time-zone or DST edge.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) throws {
        guard (1900...2999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else {
            throw RevCycleError(
                .invalidInput, "\(year)-\(month)-\(day) is not a calendar date between 1900-01-01 and 2999-12-31.")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init(parsing text: String) throws {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a date; expected YYYY-MM-DD, such as 2026-11-02.")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// The date an instant falls on in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        // The components of a real instant always form a valid date.
        self.init(dayNumber: CalendarDate.dayNumber(year: parts.year!, month: parts.month!, day: parts.day!))
    }

    /// The instant this day starts (local midnight) in `timeZone`: the lower bound when instants
    /// recorded in UTC are selected by local calendar day.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }

    // MARK: - Arithmetic

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int { CalendarDate.dayNumber(year: year, month: month, day: day) }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        let value = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (4)
        return (value < 0 ? value + 7 : value) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// Whole years from this date (a birth date) to `date`.
    public func age(on date: CalendarDate) -> Int {
        date.year - year - ((date.month, date.day) < (month, day) ? 1 : 0)
    }

    /// The date `count` business days (Monday to Friday, not in `holidays`) after this one.
    public func adding(businessDays count: Int, holidays: Set<CalendarDate> = []) -> CalendarDate {
        var date = self
        var remaining = count
        while remaining > 0 {
            date = date.adding(days: 1)
            if !date.isWeekend && !holidays.contains(date) { remaining -= 1 }
        }
        return date
    }

    // MARK: - Day numbers (proleptic Gregorian; Howard Hinnant's civil-from-days algorithm)

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CalendarDate {
    /// 2999-12-31, the last date RevCycle accepts: stands for "no end" in date-span comparisons.
    public static var distantFuture: CalendarDate {
        // Valid by construction.
        try! CalendarDate(year: 2999, month: 12, day: 31)
    }
}
