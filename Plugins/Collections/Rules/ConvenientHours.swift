import Foundation
import RevCycleCore

/// Regulation F's convenient-hours rule: a contact only when it is convenient where the patient is.
///
/// 12 CFR 1006.6(b)(1)(i): without knowledge to the contrary, "a time before 8:00 a.m. and after
/// 9:00 p.m. local time at the consumer's location is inconvenient". So 08:00:00 and 21:00:00 are
/// allowed and 21:00:01 is not (see ``CallWindow``). An email or text happens when it is sent
/// (comment 6(b)(1)(i)-1). When the patient may be in several zones, the moment must be convenient
/// in all of them (comment 6(b)(1)(i)-2). A calling window the patient asked for replaces the
/// default for calls, in their primary zone.
struct ConvenientHours: Sendable {
    /// The windows to satisfy, each read on its zone's wall clock.
    let windows: [(clock: LocalClock, window: CallWindow)]

    init(channel: ContactChannel, preferences: ContactPreferences) {
        if channel == .call, let asked = preferences.callWindow {
            windows = [(LocalClock(preferences.timeZone), asked)]
        } else {
            windows = preferences.allTimeZones.map { (LocalClock($0), CallWindow.regulationF) }
        }
    }

    /// Whether `moment` is inside every window.
    func allows(_ moment: Date) -> Bool {
        windows.allSatisfy { Self.isInside($0.window, on: $0.clock, at: moment) }
    }

    /// The first moment at or after `moment` inside every window; `nil` when the windows never
    /// overlap (zones so far apart that no hour is convenient in all of them).
    func nextAllowedMoment(from moment: Date) -> Date? {
        var candidate = moment
        // Each pass moves the candidate to the next opening of every window it is outside of; a
        // real overlap is reached within a couple of passes, an empty one never.
        for _ in 0..<16 {
            var moved = false
            for (clock, window) in windows where !Self.isInside(window, on: clock, at: candidate) {
                candidate = Self.nextOpening(of: window, on: clock, after: candidate)
                moved = true
            }
            if !moved { return candidate }
        }
        return nil
    }

    /// How a collector reads the rule that refused `moment`.
    func explainRefusal(of channel: ContactChannel, at moment: Date) -> String {
        let parts = windows.map { clock, window in
            "\(window) in \(clock.timeZone.identifier) (it is \(clock.describe(moment)) there)"
        }
        let source =
            windows.count == 1 && windows[0].window != .regulationF
            ? "the hours the patient asked for" : "Regulation F's convenient hours (12 CFR 1006.6(b)(1)(i))"
        return "\(channel.words.capitalizedFirst) is allowed only \(parts.joined(separator: " and ")), \(source)."
    }

    private static func isInside(_ window: CallWindow, on clock: LocalClock, at moment: Date) -> Bool {
        let (seconds, hasFraction) = clock.wallClock(at: moment)
        let from = window.from.secondsAfterMidnight
        let to = window.to.secondsAfterMidnight
        return seconds >= from && (seconds < to || (seconds == to && !hasFraction))
    }

    private static func nextOpening(of window: CallWindow, on clock: LocalClock, after moment: Date) -> Date {
        let today = clock.date(of: moment)
        let opening = clock.instant(today, at: window.from)
        if opening > moment { return opening }
        return clock.instant(today.adding(days: 1), at: window.from)
    }
}

extension String {
    /// "a call" → "A call".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
