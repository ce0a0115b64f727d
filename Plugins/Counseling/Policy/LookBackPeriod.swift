import RevCycleCore

/// The twelve months of allowed claims an AGB look-back calculation uses, first and last day inclusive.
///
/// RevCycle's choice: a calculation made on a date uses the twelve months ending the day before, so the
/// period is complete (no claims still arriving for "today") and a calculation on 2026-07-01 covers
/// 2025-07-01 through 2026-06-30. When the same day a year earlier does not exist (29 February), the
/// period starts on 1 March. The facility must begin applying the result by the 120th day after the
/// period ends (26 CFR 1.501(r)-5(b)(3)).
struct LookBackPeriod: Sendable, Hashable, CustomStringConvertible {
    let first: CalendarDate
    let last: CalendarDate

    /// The twelve months ending the day before `date`.
    init(endingBefore date: CalendarDate) {
        last = date.adding(days: -1)
        // Only 29 February has no same day a year earlier; 1 March exists in every year.
        first = (try? CalendarDate(year: date.year - 1, month: date.month, day: date.day))
            ?? (try! CalendarDate(year: date.year - 1, month: 3, day: 1))
    }

    /// The twelve months ending on `lastDay` (a fiscal year end, say).
    init(endingOn lastDay: CalendarDate) {
        self.init(endingBefore: lastDay.adding(days: 1))
    }

    func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// The latest date the facility may start applying an AGB percentage computed over this period.
    var mustApplyBy: CalendarDate { last.adding(days: 120) }

    var description: String { "\(first) through \(last)" }
}
