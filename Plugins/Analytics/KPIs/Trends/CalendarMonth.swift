import RevCycleCore

/// One calendar month (`2026-03`): the unit of the monthly series.
struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The month's first day.
    let first: CalendarDate

    /// The month `date` falls in.
    init(_ date: CalendarDate) {
        first = date.adding(days: 1 - date.day)
    }

    var year: Int { first.year }
    var month: Int { first.month }

    /// The month after this one (31 days after any month's 1st always lands in the next month).
    var next: CalendarMonth { CalendarMonth(first.adding(days: 31)) }

    /// The month's last day.
    var last: CalendarDate { next.first.adding(days: -1) }

    /// The calendar months `range` touches, first to last; none when the range ends before it starts.
    static func months(in range: AnalyticsFacts.DateRange) -> [CalendarMonth] {
        guard range.first <= range.last else { return [] }
        var months = [CalendarMonth(range.first)]
        let end = CalendarMonth(range.last)
        while let current = months.last, current < end { months.append(current.next) }
        return months
    }

    /// `2026-03`.
    var description: String { String(first.description.prefix(7)) }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.first < rhs.first }
}
