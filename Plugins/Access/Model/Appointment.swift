import RevCycleCore

/// A scheduled visit: who, with which provider, where, when, and the services planned.
struct Appointment: Sendable, Hashable {
    enum Status: String, Sendable, CaseIterable {
        case scheduled
        case checkedIn = "checked-in"
        case cancelled
        case noShow = "no-show"
    }

    var id: AppointmentID
    var patient: PatientID
    var provider: NationalProviderID
    var location: String
    var date: CalendarDate
    /// Local start time at the site, `HH:MM`.
    var time: LocalTime
    var durationMinutes: Int
    /// The services planned, as chargemaster codes (CPT/HCPCS).
    var services: [ServiceCode]
    var status: Status
    /// The day the appointment was made: the No Surprises Act's clock for a good-faith estimate starts here.
    var scheduledOn: CalendarDate
    /// The encounter account opened at check-in.
    var account: AccountID?
    var cancelReason: String?
}

/// A time of day at the site, `HH:MM` on a 24-hour clock.
struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    let minutes: Int

    init(parsing text: String, field: String = "--at") throws {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a time; expected HH:MM on a 24-hour clock, such as 09:30 or 14:05.",
                                at: field)
        }
        minutes = hour * 60 + minute
    }

    var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.minutes < rhs.minutes }
}

extension Appointment {
    /// Reads `YYYY-MM-DD HH:MM` (or `YYYY-MM-DDTHH:MM`) as a date and local time.
    static func parseStart(_ text: String, field: String = "--at") throws -> (CalendarDate, LocalTime) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2 else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a start; expected \"YYYY-MM-DD HH:MM\", such as \"2026-12-14 09:30\".",
                                at: field)
        }
        do {
            return (try CalendarDate(parsing: String(parts[0])), try LocalTime(parsing: String(parts[1]), field: field))
        } catch var error as RevCycleError {
            error.inputLocation = field
            throw error
        }
    }
}
