import RevCycleCore

/// Monthly due dates anchored on one day of the month.
///
/// Installment 1 is due on the first due date; installment *n* is due *n − 1* months later on the
/// anchor day, or on the month's last day when the month is shorter. Each date is computed from the
/// anchor, never from the previous date, so a plan anchored on the 31st runs Jan 31 → Feb 28 (Feb 29
/// in a leap year) → Mar 31 rather than drifting to the 28th for good.
///
/// ```swift
/// let dates = MonthlyDueDates(firstDueDate: try CalendarDate(parsing: "2028-01-31"), anchorDay: 31)
/// try dates.dueDate(ofInstallment: 2)   // 2028-02-29
/// ```
struct MonthlyDueDates: Sendable, Hashable {
    var firstDueDate: CalendarDate
    /// 1…31.
    var anchorDay: Int

    /// The due date of installment `number` (1-based).
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) when the date would fall after 2999-12-31.
    func dueDate(ofInstallment number: Int) throws -> CalendarDate {
        precondition(number >= 1, "installments are numbered from 1")
        if number == 1 { return firstDueDate }
        let monthIndex = firstDueDate.year * 12 + (firstDueDate.month - 1) + (number - 1)
        let year = monthIndex / 12
        let month = monthIndex % 12 + 1
        let day = min(anchorDay, try Self.lastDay(ofMonth: month, year: year))
        return try CalendarDate(year: year, month: month, day: day)
    }

    /// The number of days in `month` of `year`: the day before the first of the next month.
    static func lastDay(ofMonth month: Int, year: Int) throws -> Int {
        if month == 12 { return 31 }
        return try CalendarDate(year: year, month: month + 1, day: 1).adding(days: -1).day
    }
}
