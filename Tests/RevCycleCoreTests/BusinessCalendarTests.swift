import RevCycleCore
import Testing

struct BusinessCalendarTests {
    private let calendar = BusinessCalendar.usFederal(years: 2026...2028)

    private func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    @Test("US federal holidays fall on their rule's date and are observed on the nearest weekday", arguments: [
        (USFederalHoliday.newYearsDay, 2026, "2026-01-01", "2026-01-01"),
        (.martinLutherKingJrDay, 2026, "2026-01-19", "2026-01-19"),   // 3rd Monday of January
        (.washingtonsBirthday, 2026, "2026-02-16", "2026-02-16"),     // 3rd Monday of February
        (.memorialDay, 2026, "2026-05-25", "2026-05-25"),             // last Monday of May (May 31 is a Sunday)
        (.juneteenth, 2026, "2026-06-19", "2026-06-19"),
        (.independenceDay, 2026, "2026-07-04", "2026-07-03"),         // Saturday → Friday
        (.laborDay, 2026, "2026-09-07", "2026-09-07"),                // 1st Monday of September
        (.columbusDay, 2026, "2026-10-12", "2026-10-12"),             // 2nd Monday of October
        (.veteransDay, 2026, "2026-11-11", "2026-11-11"),
        (.thanksgivingDay, 2026, "2026-11-26", "2026-11-26"),         // 4th Thursday of November
        (.christmasDay, 2026, "2026-12-25", "2026-12-25"),
        (.juneteenth, 2027, "2027-06-19", "2027-06-18"),              // Saturday → Friday
        (.independenceDay, 2027, "2027-07-04", "2027-07-05"),         // Sunday → Monday
        (.christmasDay, 2027, "2027-12-25", "2027-12-24"),            // Saturday → Friday
        (.newYearsDay, 2028, "2028-01-01", "2027-12-31"),             // Saturday → Friday of the year before
    ])
    func holidaysAreObserved(holiday: USFederalHoliday, year: Int, actual: String, observed: String) throws {
        let date = holiday.date(in: year)?.description
        let observedDate = holiday.observedDate(in: year)?.description
        #expect(date == actual, "\(holiday) \(year) falls on \(date ?? "nil"), expected \(actual)")
        #expect(observedDate == observed, "\(holiday) \(year) is observed \(observedDate ?? "nil"), expected \(observed)")
    }

    @Test func aCalendarHoldsTheObservedDatesThatFallInItsYears() throws {
        let only2027 = BusinessCalendar.usFederal(years: [2027])
        let expected = ["2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
                        "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"]
        let actual = only2027.holidays.map(\.description).sorted()
        #expect(actual == expected, "2027 holds \(actual), expected \(expected)")
        let only2028 = BusinessCalendar.usFederal(years: [2028])
        #expect(!only2028.holidays.contains(try date("2027-12-31")), "2028's calendar should not hold 2027-12-31")
    }

    @Test func juneteenthIsAHolidayOnlyFrom2021() {
        #expect(USFederalHoliday.juneteenth.date(in: 2020) == nil)
        #expect(USFederalHoliday.juneteenth.observedDate(in: 2021)?.description == "2021-06-18",
                "June 19 2021 was a Saturday, observed Friday 2021-06-18")
    }

    @Test("Business days skip weekends and holidays", arguments: [
        ("2026-11-26", false),  // Thanksgiving
        ("2026-11-27", true),
        ("2026-07-03", false),  // Independence Day observed
        ("2026-11-28", false),  // Saturday
    ])
    func businessDaysAreWeekdaysThatAreNotHolidays(day: String, isBusinessDay: Bool) throws {
        let actual = calendar.isBusinessDay(try date(day))
        #expect(actual == isBusinessDay, "\(day) business day: \(actual), expected \(isBusinessDay)")
    }

    @Test("Adding business days starts after the given day and skips closed days", arguments: [
        ("2026-11-25", 1, "2026-11-27"),  // Wednesday + 1, Thanksgiving skipped
        ("2026-11-25", 3, "2026-12-01"),  // Friday, Monday, Tuesday
        ("2026-07-02", 1, "2026-07-06"),  // Thursday + 1: Friday is the observed July 4
        ("2027-12-23", 2, "2027-12-28"),  // Christmas observed 12-24
        ("2027-12-30", 1, "2028-01-03"),  // New Year's Day 2028 observed 2027-12-31
        ("2026-11-28", 1, "2026-11-30"),  // Saturday + 1
        ("2026-11-25", 0, "2026-11-25"),
    ])
    func addingBusinessDays(start: String, count: Int, expected: String) throws {
        let actual = calendar.adding(businessDays: count, to: try date(start)).description
        #expect(actual == expected, "\(start) + \(count) business days = \(actual), expected \(expected)")
        let aligned = try date(start).adding(businessDays: count, holidays: calendar.holidays).description
        #expect(aligned == actual, "CalendarDate gives \(aligned), the calendar \(actual)")
    }

    @Test("Counting business days after the start, up to and including the end", arguments: [
        ("2026-11-25", "2026-11-30", 2),  // Friday 27 and Monday 30
        ("2026-11-25", "2026-11-26", 0),  // Thanksgiving
        ("2026-11-27", "2026-11-30", 1),  // over the weekend
        ("2026-11-30", "2026-11-30", 0),
        ("2026-12-01", "2026-11-30", 0),  // end before start
        ("2026-11-01", "2026-11-30", 19), // 21 weekdays less Veterans Day and Thanksgiving
    ])
    func countingBusinessDays(from start: String, to end: String, expected: Int) throws {
        let actual = calendar.businessDays(from: try date(start), to: try date(end))
        #expect(actual == expected, "business days after \(start) through \(end): \(actual), expected \(expected)")
    }

    @Test func countingIsTheInverseOfAdding() throws {
        let start = try date("2026-11-20")
        for count in 0...30 {
            let end = calendar.adding(businessDays: count, to: start)
            let counted = calendar.businessDays(from: start, to: end)
            #expect(counted == count, "\(start) + \(count) = \(end), counted back as \(counted)")
        }
    }

    @Test func siteHolidaysAddToTheFederalOnes() throws {
        let dayAfterThanksgiving = try date("2026-11-27")
        let site = BusinessCalendar.usFederal(years: [2026], adding: [dayAfterThanksgiving])
        let actual = site.adding(businessDays: 1, to: try date("2026-11-25")).description
        #expect(actual == "2026-11-30", "Wednesday + 1 with the site closed Friday: \(actual), expected 2026-11-30")
        #expect(calendar.adding(holidays: [dayAfterThanksgiving]).isBusinessDay(dayAfterThanksgiving) == false)
        #expect(BusinessCalendar().isBusinessDay(try date("2026-11-26")), "a bare calendar has no holidays")
    }
}
