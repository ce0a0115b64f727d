import Foundation
import RevCycleCore
import Testing

@testable import Collections

// RevCycleCore has its own ContactChannel and ContactPreferences (registration consents); these
// tests mean the collections rules' types.
private typealias ContactChannel = Collections.ContactChannel
private typealias ContactPreferences = Collections.ContactPreferences

private typealias F = ContactFixture

/// Regulation F's call limits, counted as 12 CFR 1006.14(b)(2) and its commentary count them.
/// The dates are the CFPB's own examples, which fall on the same weekdays in 2026.
struct ContactRuleCallFrequencyTests {
    /// One unanswered call a day, Wednesday 1 April through Tuesday 7 April, at 10:00 Chicago time.
    private let weekOfCalls = (1...7).map { F.call("2026-04-0\($0) 10:00") }

    @Test("the seventh call in seven consecutive days is allowed")
    func seventhCallAllowed() {
        let sixCalls = Array(weekOfCalls.prefix(6))
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-04-07 10:00", F.chicago), history: sixCalls, preferences: F.preferences())
        #expect(refusal == nil, "six earlier calls: \(String(describing: refusal))")
    }

    @Test("the eighth call within seven consecutive days is refused with the rule's name and the next day allowed")
    func eighthCallRefused() throws {
        let refusal = try #require(
            ContactRules.check(
                channel: .call, at: F.at("2026-04-07 15:00", F.chicago), history: weekOfCalls,
                preferences: F.preferences()))
        #expect(refusal.rule == .callFrequency)
        #expect(refusal.rule.name == "reg-f.call-frequency")
        let expected = F.at("2026-04-08 08:00", F.chicago)
        #expect(refusal.nextAllowed == expected, "next allowed \(String(describing: refusal.nextAllowed))")
        #expect(refusal.message.contains("2026-04-01 to 2026-04-07"), "\(refusal.message)")
        #expect(refusal.message.contains("Next allowed: 2026-04-08 08:00 America/Chicago"), "\(refusal.message)")
    }

    @Test("the seven-day window slides: once the oldest call leaves it, a call is allowed again")
    func windowSlides() {
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-04-08 10:00", F.chicago), history: weekOfCalls, preferences: F.preferences())
        #expect(refusal == nil, "2–8 April holds six earlier calls: \(String(describing: refusal))")
    }

    @Test("seven calls on one day block calls for the six following days", arguments: 1...8)
    func concentratedCalls(day: Int) {
        let burst = (0..<7).map { F.call("2026-04-01 1\($0):00") }
        let moment = F.at("2026-04-0\(day) 19:00", F.chicago)
        let refusal = ContactRules.check(channel: .call, at: moment, history: burst, preferences: F.preferences())
        if day <= 7 {
            #expect(refusal?.rule == .callFrequency, "day \(day): \(String(describing: refusal))")
        } else {
            #expect(refusal == nil, "day \(day): \(String(describing: refusal))")
        }
    }

    @Test("calls that never connected, wrong numbers and calls the patient placed do not count toward the limit")
    func excludedCallsDoNotCount() {
        var history = Array(weekOfCalls.prefix(6))
        history.append(F.call("2026-04-07 09:00", outcome: .notConnected))
        history.append(F.call("2026-04-07 09:10", outcome: .wrongNumber))
        history.append(F.call("2026-04-07 09:20", outcome: .leftMessage, direction: .inbound))
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-04-07 10:00", F.chicago), history: history, preferences: F.preferences())
        #expect(refusal == nil, "\(String(describing: refusal))")
    }

    @Test("texts and emails are not telephone calls: they never count toward the limit")
    func textsDoNotCount() {
        let texts = (1...7).map {
            ContactLogEntry(channel: .text, instant: F.at("2026-04-0\($0) 10:00", F.chicago), outcome: .messageSent)
        }
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-04-07 15:00", F.chicago), history: texts, preferences: F.preferences())
        #expect(refusal == nil)
    }
}

struct ContactRuleAfterConversationTests {
    /// Friday 14 August 2026: the patient and a collector talk at 11:00 Chicago time.
    private let conversation = F.call("2026-08-14 11:00", outcome: .conversation)

    @Test(
        "a call within the seven days that start with a conversation is refused",
        arguments: [
            "2026-08-14 15:00", "2026-08-15 10:00", "2026-08-17 09:00", "2026-08-20 20:59",
        ])
    func callInsidePeriodRefused(moment: String) throws {
        let refusal = try #require(
            ContactRules.check(
                channel: .call, at: F.at(moment, F.chicago), history: [conversation], preferences: F.preferences()))
        #expect(refusal.rule.name == "reg-f.after-conversation")
        let expected = F.at("2026-08-21 08:00", F.chicago)
        #expect(refusal.nextAllowed == expected, "\(refusal.message)")
        #expect(refusal.message.contains("2026-08-14"), "\(refusal.message)")
    }

    @Test(
        "after a Friday conversation the first call allowed is on the next Friday: the conversation day is day one"
    )
    func callAfterPeriodAllowed() {
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-08-21 08:00", F.chicago), history: [conversation],
            preferences: F.preferences())
        #expect(refusal == nil, "\(String(describing: refusal))")
    }

    @Test(
        "a conversation the patient started, or a promise to pay, starts the same quiet period",
        arguments: [
            ContactLogEntry(
                channel: .call, instant: F.at("2026-08-14 11:00", F.chicago), outcome: .conversation,
                direction: .inbound),
            ContactLogEntry(
                channel: .call, instant: F.at("2026-08-14 11:00", F.chicago), outcome: .promiseToPay,
                promise: PaymentPromise(payBy: try! CalendarDate(parsing: "2026-08-31"), amount: Money(cents: 12_500))),
            ContactLogEntry(channel: .call, instant: F.at("2026-08-14 11:00", F.chicago), outcome: .refusedToPay),
        ])
    func anyConversationCounts(entry: ContactLogEntry) {
        let refusal = ContactRules.check(
            channel: .call, at: F.at("2026-08-18 10:00", F.chicago), history: [entry], preferences: F.preferences())
        #expect(refusal?.rule == .afterConversation)
    }

    @Test("a conversation does not stop letters, texts with consent or emails")
    func otherChannelsStayOpen() {
        var preferences = F.preferences()
        preferences.textConsent = TextConsent(given: F.at("2026-01-02 09:00", F.chicago))
        for channel in [ContactChannel.letter, .text, .email, .portalMessage] {
            let refusal = ContactRules.check(
                channel: channel, at: F.at("2026-08-15 10:00", F.chicago), history: [conversation],
                preferences: preferences)
            #expect(refusal == nil, "\(channel): \(String(describing: refusal))")
        }
    }
}

struct ContactRuleConvenientHoursTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var zone: TimeZone
        var wallClock: String
        var allowed: Bool
        var testDescription: String { "\(wallClock) \(zone.identifier) → \(allowed ? "allowed" : "refused")" }
    }

    /// 8 March 2026 is the day US clocks spring forward; 1 November 2026 the day they fall back.
    /// Phoenix keeps standard time all year.
    static let cases: [Case] = [F.newYork, F.losAngeles, F.phoenix].flatMap { zone in
        ["2026-03-08", "2026-11-01", "2026-06-15"].flatMap { day in
            [
                Case(zone: zone, wallClock: "\(day) 07:59", allowed: false),
                Case(zone: zone, wallClock: "\(day) 08:00", allowed: true),
                Case(zone: zone, wallClock: "\(day) 20:59", allowed: true),
                Case(zone: zone, wallClock: "\(day) 21:00", allowed: true),
                Case(zone: zone, wallClock: "\(day) 21:00:01", allowed: false),
                Case(zone: zone, wallClock: "\(day) 21:05", allowed: false),
            ]
        }
    }

    @Test(
        "calls are allowed 08:00–21:00 on the patient's own clock, on DST change days and in several zones",
        arguments: cases)
    func callWindow(example: Case) {
        let refusal = ContactRules.check(
            channel: .call, at: F.at(example.wallClock, example.zone), history: [],
            preferences: F.preferences(example.zone))
        if example.allowed {
            #expect(refusal == nil, "\(String(describing: refusal))")
        } else {
            #expect(refusal?.rule.name == "reg-f.inconvenient-time", "\(String(describing: refusal))")
        }
    }

    @Test("one instant is a convenient time in New York and too early in Los Angeles")
    func sameInstantTwoZones() {
        let instant = F.utc("2026-03-09T14:30:00Z")  // 10:30 EDT, 07:30 PDT
        #expect(
            ContactRules.check(channel: .call, at: instant, history: [], preferences: F.preferences(F.newYork)) == nil)
        let refusal = ContactRules.check(
            channel: .call, at: instant, history: [], preferences: F.preferences(F.losAngeles))
        let expected = F.utc("2026-03-09T15:00:00Z")  // 08:00 PDT
        #expect(refusal?.nextAllowed == expected, "\(String(describing: refusal))")
    }

    @Test(
        "after 21:05 on the eve of the spring change, the next allowed moment is 08:00 EDT (12:00 UTC, not 13:00)"
    )
    func nextMorningAcrossDaylightSaving() throws {
        let refusal = try #require(
            ContactRules.check(
                channel: .text, at: F.at("2026-03-07 21:05", F.newYork), history: [],
                preferences: ContactPreferences(
                    timeZone: F.newYork, textConsent: TextConsent(given: F.utc("2026-01-01T00:00:00Z")))))
        let expected = F.utc("2026-03-08T12:00:00Z")
        #expect(refusal.nextAllowed == expected, "\(refusal.message)")
        #expect(refusal.message.contains("2026-03-08 08:00 America/New_York"), "\(refusal.message)")
    }

    @Test("with a phone in New York and an address in Los Angeles, a contact must be convenient in both")
    func conflictingLocations() {
        let preferences = ContactPreferences(timeZone: F.losAngeles, otherPossibleTimeZones: [F.newYork])
        let lateInNewYork = F.at("2026-06-15 18:30", F.losAngeles)  // 21:30 in New York
        let refusal = ContactRules.check(channel: .email, at: lateInNewYork, history: [], preferences: preferences)
        #expect(refusal?.rule == .inconvenientTime)
        let expected = F.at("2026-06-16 08:00", F.losAngeles)  // 11:00 in New York
        #expect(refusal?.nextAllowed == expected, "\(String(describing: refusal))")
        #expect(
            ContactRules.check(
                channel: .email, at: F.at("2026-06-16 17:59", F.losAngeles), history: [],
                preferences: preferences) == nil)
    }

    @Test("a calling window the patient asked for replaces 08:00–21:00 for calls only")
    func patientCallWindow() throws {
        var preferences = F.preferences()
        preferences.callWindow = try CallWindow(from: TimeOfDay(hour: 17, minute: 30), to: TimeOfDay(hour: 19))
        let morning = F.at("2026-06-15 10:00", F.chicago)
        let refusal = ContactRules.check(channel: .call, at: morning, history: [], preferences: preferences)
        let expected = F.at("2026-06-15 17:30", F.chicago)
        #expect(refusal?.nextAllowed == expected, "\(String(describing: refusal))")
        #expect(
            ContactRules.check(
                channel: .call, at: F.at("2026-06-15 19:00", F.chicago), history: [],
                preferences: preferences) == nil)
        #expect(ContactRules.check(channel: .email, at: morning, history: [], preferences: preferences) == nil)
    }

    @Test("letters have no time of day")
    func lettersAnyTime() {
        let refusal = ContactRules.check(
            channel: .letter, at: F.at("2026-06-15 23:30", F.chicago), history: [], preferences: F.preferences())
        #expect(refusal == nil)
    }

    @Test("an empty or backward calling window is refused when entered")
    func invalidWindow() {
        #expect(throws: RevCycleError.self) { try CallWindow(from: TimeOfDay(hour: 19), to: TimeOfDay(hour: 17)) }
        #expect(throws: RevCycleError.self) { try TimeOfDay(hour: 24) }
    }
}

struct ContactRuleConsentAndPreferenceTests {
    private let consentGiven = F.at("2026-05-01 09:00", F.chicago)
    private let moment = F.at("2026-06-15 12:00", F.chicago)

    @Test("a text without consent is refused and no moment is offered")
    func textWithoutConsent() throws {
        let refusal = try #require(
            ContactRules.check(channel: .text, at: moment, history: [], preferences: F.preferences()))
        #expect(refusal.rule.name == "tcpa.text-consent")
        #expect(refusal.nextAllowed == nil)
    }

    @Test("a text with consent in force is allowed")
    func textWithConsent() {
        var preferences = F.preferences()
        preferences.textConsent = TextConsent(given: consentGiven)
        #expect(ContactRules.check(channel: .text, at: moment, history: [], preferences: preferences) == nil)
    }

    @Test("a text after consent was revoked is refused, and one just before the revocation was allowed")
    func textAfterRevocation() {
        var preferences = F.preferences()
        let revoked = F.at("2026-06-10 14:00", F.chicago)
        preferences.textConsent = TextConsent(given: consentGiven, revoked: revoked)
        let refusal = ContactRules.check(channel: .text, at: moment, history: [], preferences: preferences)
        #expect(refusal?.rule == .textConsent)
        #expect(refusal?.nextAllowed == nil)
        #expect(
            ContactRules.check(channel: .text, at: revoked, history: [], preferences: preferences)?.rule == .textConsent
        )
        let justBefore = revoked.addingTimeInterval(-60)
        #expect(ContactRules.check(channel: .text, at: justBefore, history: [], preferences: preferences) == nil)
    }

    @Test("a text before consent was given is refused until the moment it was given")
    func textBeforeConsent() {
        var preferences = F.preferences()
        preferences.textConsent = TextConsent(given: consentGiven)
        let early = F.at("2026-04-30 12:00", F.chicago)
        let refusal = ContactRules.check(channel: .text, at: early, history: [], preferences: preferences)
        #expect(refusal?.nextAllowed == consentGiven, "\(String(describing: refusal))")
    }

    @Test("do-not-contact by call blocks calls and leaves letters, emails and portal messages allowed")
    func doNotContactPerChannel() throws {
        var preferences = F.preferences()
        preferences.doNotContact = [.call]
        let refusal = try #require(
            ContactRules.check(channel: .call, at: moment, history: [], preferences: preferences))
        #expect(refusal.rule.name == "do-not-contact.call")
        #expect(refusal.nextAllowed == nil)
        for channel in [ContactChannel.letter, .email, .portalMessage] {
            #expect(
                ContactRules.check(channel: channel, at: moment, history: [], preferences: preferences) == nil,
                "\(channel)")
        }
    }

    @Test("do-not-contact names each channel in its rule", arguments: ContactChannel.allCases)
    func doNotContactNames(channel: Collections.ContactChannel) {
        let preferences = ContactPreferences(timeZone: F.chicago, doNotContact: [channel])
        let refusal = ContactRules.check(channel: channel, at: moment, history: [], preferences: preferences)
        #expect(refusal?.rule.name == "do-not-contact.\(channel.rawValue)")
    }

    @Test("a bankruptcy hold stops letters too; a pending-insurance hold stops calls until it expires")
    func holdsStopContact() throws {
        let today = try CalendarDate(parsing: "2026-06-15")
        let bankruptcy = try CollectionHold(kind: .bankruptcy, reason: "Chapter 7 filed", startsOn: today)
        let letter = ContactRules.check(
            channel: .letter, at: moment, history: [], preferences: F.preferences(),
            holds: [bankruptcy])
        #expect(letter?.rule.name == "hold.bankruptcy")
        #expect(letter?.nextAllowed == nil)

        let insurance = try CollectionHold(
            kind: .pendingInsurance, reason: "Claim at payer", startsOn: today, expiresOn: today.adding(days: 10))
        let call = ContactRules.check(
            channel: .call, at: moment, history: [], preferences: F.preferences(),
            holds: [insurance])
        let expected = F.at("2026-06-25 08:00", F.chicago)
        #expect(call?.nextAllowed == expected, "\(String(describing: call))")
    }

    @Test("refusals lists every rule that refuses, most lasting first")
    func everyRefusal() {
        let preferences = ContactPreferences(timeZone: F.chicago, doNotContact: [.call])
        let history =
            (1...7).map { F.call("2026-04-0\($0) 10:00") } + [F.call("2026-04-07 11:00", outcome: .conversation)]
        let all = ContactRules.refusals(
            channel: .call, at: F.at("2026-04-07 22:00", F.chicago), history: history, preferences: preferences)
        #expect(
            all.map(\.rule.name) == [
                "do-not-contact.call", "reg-f.after-conversation", "reg-f.call-frequency", "reg-f.inconvenient-time",
            ])
    }
}
