import RevCycleCore
import Testing

struct GoodFaithEstimateDeadlineTests {
    private let calendar = BusinessCalendar.usFederal(years: 2026...2028)

    /// Business days ahead count the scheduling day (when a business day) and stop before the service day.
    @Test("The deadline follows how far ahead the service was scheduled", arguments: [
        // Thanksgiving and a weekend: Wed 11-25 for Mon 12-14 is 12 business days ahead → 3 business
        // days to deliver: Fri 11-27, Mon 11-30, Tue 12-01.
        ("2026-11-25", "2026-12-14", 12, "2026-12-01"),
        // Over a weekend, with Veterans Day inside: Fri 11-06, Mon, Tue (Wed 11-11 closed) = 3 → 1 business day: Mon 11-09.
        ("2026-11-06", "2026-11-12", 3, "2026-11-09"),
        // Exactly 3: Mon, Tue, Wed before a Thursday service → due Tuesday.
        ("2026-09-14", "2026-09-17", 3, "2026-09-15"),
        // Exactly 10: two full weeks before a Monday service → 3 business days: Thursday.
        ("2026-09-14", "2026-09-28", 10, "2026-09-17"),
        // 9: one day short of the long notice → 1 business day.
        ("2026-09-14", "2026-09-25", 9, "2026-09-15"),
        // Veterans Day makes two weeks only 9 business days; one more day makes 10.
        ("2026-11-02", "2026-11-16", 9, "2026-11-03"),
        ("2026-11-02", "2026-11-17", 10, "2026-11-05"),
        // Scheduled on a Saturday: the Saturday does not count; due the next business day.
        ("2026-09-12", "2026-09-17", 3, "2026-09-14"),
        // Scheduled before Christmas 2027 (observed Fri 12-24) and New Year 2028 (observed Fri 12-31).
        ("2027-12-22", "2028-01-10", 11, "2027-12-28"),
    ])
    func deadlineWhenScheduled(scheduled: String, service: String, ahead: Int, due: String) throws {
        let deadline = try GoodFaithEstimateDeadline(
            scheduledOn: try CalendarDate(parsing: scheduled), serviceDate: try CalendarDate(parsing: service),
            calendar: calendar)
        #expect(deadline.businessDaysAhead == ahead,
                "\(scheduled) → \(service): \(deadline.businessDaysAhead ?? -1) business days ahead, expected \(ahead)")
        #expect(deadline.dueDate?.description == due,
                "\(scheduled) → \(service): due \(deadline.dueDate?.description ?? "never"), expected \(due)")
        #expect(deadline.isRequired)
    }

    @Test("Fewer than 3 business days ahead needs no estimate", arguments: [
        ("2026-09-14", "2026-09-16", 2),  // Monday for Wednesday
        ("2026-09-14", "2026-09-14", 0),  // same day
        ("2026-09-12", "2026-09-16", 2),  // Saturday for Wednesday: Monday and Tuesday
        ("2026-11-25", "2026-11-30", 2),  // Wednesday for Monday: Wednesday and Friday (Thanksgiving closed)
    ])
    func notRequiredWhenScheduledTooSoon(scheduled: String, service: String, ahead: Int) throws {
        let deadline = try GoodFaithEstimateDeadline(
            scheduledOn: try CalendarDate(parsing: scheduled), serviceDate: try CalendarDate(parsing: service),
            calendar: calendar)
        let expected = GoodFaithEstimateDeadline.Requirement.notRequired(.scheduledTooSoon(businessDaysAhead: ahead, minimum: 3))
        #expect(deadline.requirement == expected, "\(scheduled) → \(service): \(deadline.requirement), expected \(expected)")
        #expect(deadline.dueDate == nil && !deadline.isRequired)
        #expect(deadline.explanation.hasSuffix("fewer than 3: no good-faith estimate is required."), "\(deadline.explanation)")
    }

    @Test("On request, with nothing scheduled, the estimate is due in 3 business days", arguments: [
        ("2026-11-25", "2026-12-01"),  // skips Thanksgiving and the weekend
        ("2027-12-23", "2027-12-29"),  // skips Christmas observed (Fri 12-24) and the weekend
        ("2026-09-14", "2026-09-17"),
    ])
    func deadlineOnRequest(requested: String, due: String) throws {
        let deadline = try GoodFaithEstimateDeadline(scheduledOn: try CalendarDate(parsing: requested), serviceDate: nil,
                                                     calendar: calendar)
        let expected = GoodFaithEstimateDeadline.Requirement.due(by: try CalendarDate(parsing: due), withinBusinessDays: 3)
        #expect(deadline.requirement == expected, "requested \(requested): \(deadline.requirement), expected \(expected)")
        #expect(deadline.businessDaysAhead == nil)
        #expect(deadline.explanation == "Requested on \(requested) with no service scheduled: a good-faith estimate is due within 3 business days, by \(due).")
    }

    @Test func theExplanationSaysWhatIsDueAndWhy() throws {
        let deadline = try GoodFaithEstimateDeadline(
            scheduledOn: try CalendarDate(parsing: "2026-11-25"), serviceDate: try CalendarDate(parsing: "2026-12-14"),
            calendar: calendar)
        let expected = "Scheduled on 2026-11-25 for 2026-12-14, 12 business days ahead: a good-faith estimate is due within 3 business days, by 2026-12-01."
        #expect(deadline.explanation == expected, "\(deadline.explanation)\nexpected \(expected)")
    }

    @Test func aServiceBeforeItsSchedulingDateIsRefused() throws {
        let error = #expect(throws: RevCycleError.self) {
            try GoodFaithEstimateDeadline(scheduledOn: try CalendarDate(parsing: "2026-09-14"),
                                          serviceDate: try CalendarDate(parsing: "2026-09-11"), calendar: calendar)
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains("2026-09-11") == true, "\(error?.message ?? "")")
    }

    @Test func theDayCountsAreData() throws {
        var rule = GoodFaithEstimateTimingRule.noSurprisesAct
        rule.shortNoticeBusinessDays = 5
        rule.shortNoticeDeliveryBusinessDays = 2
        let scheduled = try CalendarDate(parsing: "2026-09-14")
        let tooSoon = try GoodFaithEstimateDeadline(scheduledOn: scheduled, serviceDate: try CalendarDate(parsing: "2026-09-18"),
                                                    calendar: calendar, rule: rule)
        #expect(!tooSoon.isRequired, "4 business days ahead is too soon under a 5-day rule")
        let due = try GoodFaithEstimateDeadline(scheduledOn: scheduled, serviceDate: try CalendarDate(parsing: "2026-09-21"),
                                                calendar: calendar, rule: rule)
        #expect(due.dueDate?.description == "2026-09-16", "due \(due.dueDate?.description ?? "never"), expected 2026-09-16")
    }
}
