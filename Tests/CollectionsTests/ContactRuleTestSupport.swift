import Foundation
import RevCycleCore
import Testing

@testable import Collections

// RevCycleCore has its own ContactChannel and ContactPreferences (registration consents); these
// tests mean the collections rules' types.
private typealias ContactChannel = Collections.ContactChannel
private typealias ContactPreferences = Collections.ContactPreferences

/// Builders for the contact-rule tests: instants from the patient's wall clock, and log entries.
enum ContactFixture {
    static let chicago = TimeZone(identifier: "America/Chicago")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let losAngeles = TimeZone(identifier: "America/Los_Angeles")!
    static let phoenix = TimeZone(identifier: "America/Phoenix")!

    /// The instant a wall clock in `zone` shows `text` (`2026-04-01 10:00` or `2026-04-01 21:00:01`).
    static func at(_ text: String, _ zone: TimeZone) -> Date {
        let parts = text.split(separator: " ")
        let date = try! CalendarDate(parsing: String(parts[0]))
        let time = parts[1].split(separator: ":").map { Int($0)! }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(
            from: DateComponents(
                year: date.year, month: date.month, day: date.day, hour: time[0], minute: time[1],
                second: time.count > 2 ? time[2] : 0))!
    }

    /// The instant of an ISO-8601 UTC timestamp (`2026-03-08T12:00:00Z`).
    static func utc(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    static func call(
        _ text: String, _ zone: TimeZone = chicago, outcome: ContactOutcome = .noAnswer,
        direction: ContactDirection = .outbound
    ) -> ContactLogEntry {
        ContactLogEntry(channel: .call, instant: at(text, zone), outcome: outcome, direction: direction)
    }

    static func preferences(_ zone: TimeZone = chicago) -> Collections.ContactPreferences {
        ContactPreferences(timeZone: zone)
    }
}
