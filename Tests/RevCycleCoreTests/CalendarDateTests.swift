import Foundation
import RevCycleCore
import Testing

struct CalendarDateTests {
    @Test("Dates parse and refuse impossible days", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2026-04-31", false), ("2026-13-01", false), ("2026-1-01", false),
        ("1899-12-31", false), ("2026-11-02", true),
    ])
    func datesParse(text: String, valid: Bool) {
        #expect(((try? CalendarDate(parsing: text)) != nil) == valid, "\(text) valid should be \(valid)")
    }

    @Test func dayArithmeticCrossesMonthsAndLeapYears() throws {
        let date = try CalendarDate(parsing: "2024-02-28")
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(date.adding(days: 366).description == "2025-02-28")
        #expect(try CalendarDate(parsing: "2026-01-01").days(until: try CalendarDate(parsing: "2026-12-31")) == 364)
    }

    @Test("Business days skip weekends and holidays", arguments: [
        ("2026-11-27", 1, "2026-11-30"),  // Friday + 1 → Monday
        ("2026-11-26", 3, "2026-12-01"),
        ("2026-11-28", 1, "2026-11-30"),  // Saturday + 1 → Monday
    ])
    func businessDays(start: String, count: Int, expected: String) throws {
        #expect(try CalendarDate(parsing: start).adding(businessDays: count).description == expected)
    }

    @Test func aHolidayIsNotABusinessDay() throws {
        let christmas = try CalendarDate(parsing: "2026-12-25")
        #expect(try CalendarDate(parsing: "2026-12-24").adding(businessDays: 1, holidays: [christmas]).description == "2026-12-28")
    }

    @Test func anInstantFallsOnTheSiteDate() throws {
        let instant = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC
        #expect(CalendarDate(instant, in: TimeZone(identifier: "UTC")!).description == "2026-11-03")
        #expect(CalendarDate(instant, in: TimeZone(identifier: "America/Chicago")!).description == "2026-11-02")
    }

    @Test("Ids parse with or without their prefix", arguments: [("A7", 7), ("a7", 7), ("7", 7)])
    func idsParse(text: String, value: Int64) throws {
        #expect(try AccountID(parsing: text).rawValue == value)
    }

    @Test("Bad ids are refused", arguments: ["G7", "A", "A-1", "A0", "x"])
    func badIDsAreRefused(text: String) {
        #expect(throws: RevCycleError.self) { try AccountID(parsing: text) }
    }
}
