import Foundation
import RevCycleCore

/// What a guarantor told us about how and when they may be contacted.
///
/// ```swift
/// let preferences = ContactPreferences(
///     timeZone: TimeZone(identifier: "America/Chicago")!,
///     textConsent: TextConsent(given: consentMoment),
///     doNotContact: [.call],
///     callWindow: try CallWindow(from: TimeOfDay(hour: 17), to: TimeOfDay(hour: 19)))
/// ```
struct ContactPreferences: Sendable, Hashable {
    /// Where the guarantor lives (IANA zone, such as `America/Chicago`): the clock the
    /// convenient-hours rule reads, and the calendar the seven-day periods count in.
    var timeZone: TimeZone
    /// Other zones the guarantor may be in (a phone number's area code in another zone than the
    /// address). With conflicting locations a contact must be convenient in every one of them
    /// (comment 6(b)(1)(i)-2).
    var otherPossibleTimeZones: [TimeZone]
    /// The guarantor's consent to billing texts, if ever given.
    var textConsent: TextConsent?
    /// Channels the guarantor asked us not to use (12 CFR 1006.14(h)(1)).
    var doNotContact: Set<ContactChannel>
    /// When the guarantor asked to be called, in their own time zone. It replaces the default
    /// 08:00–21:00 for calls: a time the patient names is knowledge of what is convenient, and a
    /// time they ask for is their prior consent (12 CFR 1006.6(b)(1) and (b)(4)(i)).
    var callWindow: CallWindow?

    init(
        timeZone: TimeZone, otherPossibleTimeZones: [TimeZone] = [], textConsent: TextConsent? = nil,
        doNotContact: Set<ContactChannel> = [], callWindow: CallWindow? = nil
    ) {
        self.timeZone = timeZone
        self.otherPossibleTimeZones = otherPossibleTimeZones
        self.textConsent = textConsent
        self.doNotContact = doNotContact
        self.callWindow = callWindow
    }

    /// The primary zone first, then the others, without repeats.
    var allTimeZones: [TimeZone] {
        var zones = [timeZone]
        for zone in otherPossibleTimeZones where !zones.contains(zone) { zones.append(zone) }
        return zones
    }
}

/// A guarantor's consent to receive billing texts, and its withdrawal.
///
/// Under the TCPA a text message is a call: texting a mobile number about a bill needs the
/// person's prior express consent, and a revoked consent ends it at once.
struct TextConsent: Sendable, Hashable {
    /// When the guarantor gave consent.
    var given: Date
    /// When the guarantor withdrew it ("STOP", a request by phone or in writing).
    var revoked: Date?

    init(given: Date, revoked: Date? = nil) {
        self.given = given
        self.revoked = revoked
    }

    /// Whether consent is in force at `moment`: given at or before it and not yet revoked.
    func isInForce(at moment: Date) -> Bool {
        given <= moment && (revoked.map { moment < $0 } ?? true)
    }
}

/// The hours, in the guarantor's own time zone, during which a contact is convenient.
///
/// Both ends are included: a window "08:00–21:00" allows 21:00:00 and refuses any later second,
/// because 12 CFR 1006.6(b)(1)(i) calls inconvenient the times "before 8:00 a.m. and after
/// 9:00 p.m.", and 9:00 p.m. itself is not after 9:00 p.m.
struct CallWindow: Sendable, Hashable, CustomStringConvertible {
    var from: TimeOfDay
    var to: TimeOfDay

    /// - Throws: ``RevCycleError`` (`invalidInput`) unless `from` is earlier than `to`; a window that
    ///   runs past midnight is two requests and is not accepted as one.
    init(from: TimeOfDay, to: TimeOfDay) throws {
        guard from < to else {
            throw RevCycleError(
                .invalidInput,
                "A calling window from \(from) to \(to) is empty; expected a start earlier than its end "
                    + "on the same day.",
                remedy: "Enter the hours the patient asked for, such as 17:00 to 19:00.")
        }
        self.from = from
        self.to = to
    }

    private init(uncheckedFrom from: TimeOfDay, to: TimeOfDay) {
        self.from = from
        self.to = to
    }

    /// 08:00–21:00: the hours Regulation F presumes convenient (12 CFR 1006.6(b)(1)(i)).
    static let regulationF = CallWindow(uncheckedFrom: .eightInTheMorning, to: .ninePM)

    var description: String { "\(from)–\(to)" }
}
