import Foundation
import RevCycleCore

/// Whether collections may contact a guarantor on a channel at a moment: Regulation F and TCPA
/// rules enforced, not advised.
///
/// The rules, each with its stable name (``ContactRule/name``):
/// - `do-not-contact.<channel>`: the guarantor asked us not to use the channel (12 CFR 1006.14(h)(1)).
/// - `hold.<kind>`: an active hold stops collection contact (see ``CollectionHoldKind``).
/// - `tcpa.text-consent`: texts only with the guarantor's consent in force.
/// - `reg-f.after-conversation`: no call in the seven days that start with a telephone conversation.
/// - `reg-f.call-frequency`: no eighth call within seven consecutive days.
/// - `reg-f.inconvenient-time`: calls, texts, emails and portal messages only 08:00–21:00 where the
///   guarantor is (or the hours they asked for, for calls); letters have no time of day.
///
/// ```swift
/// if let refusal = ContactRules.check(channel: .call, at: now, history: log, preferences: preferences) {
///     print(refusal)   // reg-f.inconvenient-time: A call is allowed only 08:00–21:00 ... Next allowed: ...
/// }
/// ```
enum ContactRules {
    /// The first rule that refuses `channel` at `moment`, or `nil` when the contact is allowed.
    ///
    /// - Parameters:
    ///   - history: the guarantor's contact log for this debt (any order).
    ///   - holds: the account's holds; those that stop ``CollectionActivity/collectionContact`` on the
    ///     patient's local date refuse every channel.
    static func check(
        channel: ContactChannel, at moment: Date, history: [ContactLogEntry], preferences: ContactPreferences,
        holds: [CollectionHold] = []
    ) -> ContactRefusal? {
        refusals(channel: channel, at: moment, history: history, preferences: preferences, holds: holds).first
    }

    /// Every rule that refuses `channel` at `moment` (empty when allowed), most lasting first. Each
    /// refusal carries the next moment all rules allow the channel.
    static func refusals(
        channel: ContactChannel, at moment: Date, history: [ContactLogEntry], preferences: ContactPreferences,
        holds: [CollectionHold] = []
    ) -> [ContactRefusal] {
        let found = findings(channel: channel, at: moment, history: history, preferences: preferences, holds: holds)
        guard !found.isEmpty else { return [] }
        let next = nextAllowedMoment(
            for: channel, from: moment, history: history, preferences: preferences, holds: holds)
        let clock = LocalClock(preferences.timeZone)
        let when = next.map { " Next allowed: \(clock.describe($0))." } ?? " No moment is allowed until this changes."
        return found.map { ContactRefusal(rule: $0.rule, message: $0.reason + when, nextAllowed: next) }
    }

    /// The first moment at or after `moment` when every rule allows `channel`: `moment` itself when
    /// it is allowed, `nil` when no moment will be until something changes (a do-not-contact
    /// request, no text consent, a hold with no expiry, windows that never overlap).
    ///
    /// For worklists: "call after 2026-03-09 08:00 America/Chicago".
    static func nextAllowedMoment(
        for channel: ContactChannel, from moment: Date, history: [ContactLogEntry], preferences: ContactPreferences,
        holds: [CollectionHold] = []
    ) -> Date? {
        var candidate = moment
        // Every pass jumps to the latest moment at which each refusing rule lets go, so the
        // candidate only moves forward; a handful of passes settles any real history.
        for _ in 0..<64 {
            let found = findings(
                channel: channel, at: candidate, history: history, preferences: preferences, holds: holds)
            if found.isEmpty { return candidate }
            var latest = candidate
            for finding in found {
                guard let clears = finding.clearsAt, clears > candidate else { return nil }
                latest = max(latest, clears)
            }
            candidate = latest
        }
        return nil
    }

    // MARK: - Rules

    /// One rule's refusal and the moment that rule alone would stop refusing (`nil`: never by itself).
    private struct Finding {
        var rule: ContactRule
        var reason: String
        var clearsAt: Date?
    }

    private static func findings(
        channel: ContactChannel, at moment: Date, history: [ContactLogEntry], preferences: ContactPreferences,
        holds: [CollectionHold]
    ) -> [Finding] {
        let clock = LocalClock(preferences.timeZone)
        let today = clock.date(of: moment)
        var found: [Finding] = []

        if preferences.doNotContact.contains(channel) {
            found.append(
                Finding(
                    rule: .doNotContact(channel),
                    reason: "The patient asked not to be contacted by \(channel.rawValue) (12 CFR 1006.14(h)(1)); "
                        + "use another channel.",
                    clearsAt: nil))
        }
        for hold in holds.holds(stopping: .collectionContact, on: today) {
            found.append(
                Finding(
                    rule: .hold(hold.kind), reason: "Collection contact is stopped by a \(hold.summary).",
                    clearsAt: hold.expiresOn.map(clock.startOfDay)))
        }
        if channel == .text,
            let finding = textConsentFinding(at: moment, consent: preferences.textConsent, clock: clock)
        {
            found.append(finding)
        }
        if channel == .call {
            let limits = CallFrequencyLimits(clock: clock, history: history)
            if let refusal = limits.conversationRefusal(at: moment) {
                found.append(Finding(rule: .afterConversation, reason: refusal.reason, clearsAt: refusal.allowedFrom))
            }
            if let refusal = limits.frequencyRefusal(at: moment) {
                found.append(Finding(rule: .callFrequency, reason: refusal.reason, clearsAt: refusal.allowedFrom))
            }
        }
        if channel.isTimeSensitive {
            let hours = ConvenientHours(channel: channel, preferences: preferences)
            if !hours.allows(moment) {
                found.append(
                    Finding(
                        rule: .inconvenientTime, reason: hours.explainRefusal(of: channel, at: moment),
                        clearsAt: hours.nextAllowedMoment(from: moment)))
            }
        }
        return found
    }

    /// Texts need consent given at or before the moment and not revoked (TCPA, 47 U.S.C. 227(b)).
    private static func textConsentFinding(at moment: Date, consent: TextConsent?, clock: LocalClock) -> Finding? {
        guard let consent else {
            return Finding(
                rule: .textConsent,
                reason: "The patient has not consented to billing texts (TCPA); record their consent first "
                    + "or use another channel.",
                clearsAt: nil)
        }
        if let revoked = consent.revoked, revoked <= moment {
            return Finding(
                rule: .textConsent,
                reason:
                    "The patient withdrew consent to texts at \(clock.describe(revoked)) (TCPA); use another channel.",
                clearsAt: nil)
        }
        if moment < consent.given {
            return Finding(
                rule: .textConsent,
                reason: "Consent to texts is recorded only from \(clock.describe(consent.given)) (TCPA).",
                clearsAt: consent.given)
        }
        return nil
    }
}
