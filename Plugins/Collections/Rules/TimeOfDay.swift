import RevCycleCore

/// A wall-clock time with no date and no zone (`08:00`, `21:00`): the edges of a calling window.
///
/// Held as seconds after midnight, so windows compare by the clock on the patient's wall, which is
/// what the contact rules speak about; a daylight-saving change moves the instant, not the time.
struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds after midnight, `0..<86_400`.
    let secondsAfterMidnight: Int

    /// - Throws: ``RevCycleError`` (`invalidInput`) for an hour outside 0–23 or a minute outside 0–59.
    init(hour: Int, minute: Int = 0) throws {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw RevCycleError(
                .invalidInput,
                "\(hour):\(minute) is not a time of day; expected hours 0–23 and minutes 0–59, such as 17:30.")
        }
        secondsAfterMidnight = hour * 3_600 + minute * 60
    }

    private init(secondsAfterMidnight: Int) { self.secondsAfterMidnight = secondsAfterMidnight }

    var hour: Int { secondsAfterMidnight / 3_600 }
    var minute: Int { secondsAfterMidnight % 3_600 / 60 }

    /// `08:00`, Regulation F's start of the convenient day.
    static let eightInTheMorning = TimeOfDay(secondsAfterMidnight: 8 * 3_600)
    /// `21:00`, Regulation F's end of the convenient day.
    static let ninePM = TimeOfDay(secondsAfterMidnight: 21 * 3_600)

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsAfterMidnight < rhs.secondsAfterMidnight }

    /// `08:00`, `21:05`.
    var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
