import Foundation
import RevCycleCore
import Testing

/// Regulation F and TCPA contact rules, enforced when a collector logs an attempt: the site is in
/// America/Chicago (UTC-6 in January), and scenario day 0 is Monday 2026-01-05.
@Suite("Collections contact rules refuse what Regulation F and the TCPA forbid, end to end")
struct CollectionsContactTests {
    static let call = ["collections", "contact", "log", "--guarantor", "G1", "--channel", "call", "--outcome", "no-answer", "--user", "coll"]

    @Test("The eighth call in seven days is refused and the seventh allowed; check names the rule and the next allowed time; the refusal is audited, not logged")
    func theEighthCallInSevenDaysIsRefused() throws {
        let home = try CollectionsHome.selfPay()
        for day in 0...6 {
            try home.on(day, Self.call)
        }
        let eighth = try home.attempt(6, at: "17:00:00Z", Self.call)
        #expect(eighth.exitCode == 77, "refused as not permitted: \(eighth.exitCode)")
        #expect(eighth.stderr.contains("Refused by reg-f.call-frequency"), "\(eighth.stderr)")
        #expect(eighth.stderr.contains("7 calls were already placed from 2026-01-05 to 2026-01-11"), "\(eighth.stderr)")
        #expect(eighth.stderr.contains("Next allowed: 2026-01-12 08:00 America/Chicago"), "day 7 at the start of convenient hours: \(eighth.stderr)")

        let check = try home.rows(6, ["collections", "contact", "check", "--guarantor", "G1", "--user", "coll"])
        let call = try #require(check.first { $0.first == "call" })
        #expect(call[1] == "no" && call[2] == "reg-f.call-frequency" && call[4] == "2026-01-12 08:00 America/Chicago", "\(call)")
        #expect(check.contains { $0.first == "letter" && $0[1] == "yes" }, "a letter is still allowed: \(check)")

        let logged = try home.rows(6, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"])
        #expect(logged.count == 7, "the refused attempt is not in the log: \(logged)")
        #expect(logged.allSatisfy { $0[2] == "call" && $0[3] == "outbound" && $0[4] == "no-answer" && $0[7] == "coll" }, "\(logged)")
        let denied = try home.rows(6, ["audit", "show", "--denied", "--by", "coll"])
        #expect(denied.count == 1, "one denied attempt: \(denied)")
        #expect(denied.first?[7] == "collections.contact.log" && denied.first?[8] == "denied"
                && denied.first?[9].hasPrefix("G1 call: reg-f.call-frequency") == true, "\(denied)")

        // 2026-01-12 08:00 local is 14:00Z: the first day 2026-01-06..12 holds six calls, and 08:00:00 is convenient.
        try home.on(7, at: "14:00:00Z", Self.call)
        let next = try home.attempt(7, at: "15:00:00Z", Self.call)
        #expect(next.stderr.contains("reg-f.call-frequency"), "seven again in 2026-01-06..12: \(next.stderr)")
    }

    @Test("A call the guarantor makes to us is always logged, even as an eighth call at 21:30 local time")
    func anInboundCallIsAlwaysLogged() throws {
        let home = try CollectionsHome.selfPay()
        for day in 0...6 {
            try home.on(day, Self.call)
        }
        // Day 7 at 03:30Z is 2026-01-11 21:30 in Chicago: outside convenient hours and the eighth call in seven days.
        let outbound = try home.attempt(7, at: "03:30:00Z", Self.call)
        #expect(outbound.exitCode == 77 && outbound.stderr.contains("reg-f."), "an outbound call then is refused: \(outbound.stderr)")
        try home.on(7, at: "03:30:00Z", ["collections", "contact", "log", "--guarantor", "G1", "--channel", "call", "--outcome", "conversation",
                                         "--inbound", "--note", "Asked about a payment plan", "--user", "coll"])
        let logged = try home.rows(7, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"])
        #expect(logged.count == 8, "\(logged)")
        #expect(logged.last.map { [$0[1], $0[3], $0[4], $0[6]] } == ["2026-01-11 21:30 America/Chicago", "inbound", "conversation",
                                                                     "Asked about a payment plan"], "\(logged.last ?? [])")
    }

    @Test("A call at 21:05 local time is refused; 20:55 and 21:00 are allowed")
    func aCallAfterNinePMIsRefused() throws {
        let home = try CollectionsHome.selfPay()
        // Day 1 at 03:05Z is 2026-01-05 21:05 in Chicago (UTC-6).
        let late = try home.attempt(1, at: "03:05:00Z", Self.call)
        #expect(late.exitCode == 77, "\(late.exitCode)")
        #expect(late.stderr.contains("Refused by reg-f.inconvenient-time"), "\(late.stderr)")
        #expect(late.stderr.contains("it is 2026-01-05 21:05 America/Chicago there"), "\(late.stderr)")
        #expect(late.stderr.contains("Next allowed: 2026-01-06 08:00 America/Chicago"), "\(late.stderr)")
        try home.on(1, at: "02:55:00Z", Self.call)
        try home.on(1, at: "03:00:00Z", Self.call)
        let early = try home.attempt(1, at: "13:59:00Z", Self.call)
        #expect(early.stderr.contains("reg-f.inconvenient-time"), "07:59 local is too early: \(early.stderr)")
        let logged = try home.rows(1, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"])
        #expect(logged.map { $0[1] } == ["2026-01-05 20:55 America/Chicago", "2026-01-05 21:00 America/Chicago"], "\(logged)")
    }

    @Test("A billing text is refused without the patient's consent and allowed with it", arguments: [false, true])
    func aTextNeedsConsent(consented: Bool) throws {
        let home = try CollectionsHome.selfPay(textConsent: consented)
        let text = try home.attempt(0, ["collections", "contact", "log", "--guarantor", "G1", "--channel", "text", "--outcome", "message-sent",
                                        "--user", "coll"])
        if consented {
            #expect(text.exitCode == 0, "consent given at registration: \(text.stderr)")
            #expect(try home.rows(0, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"]).map { $0[2] } == ["text"])
        } else {
            #expect(text.exitCode == 77, "\(text.exitCode)")
            #expect(text.stderr.contains("Refused by tcpa.text-consent"), "\(text.stderr)")
            #expect(try home.rows(0, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"]).isEmpty)
        }
    }

    @Test("Consent recorded later with `contact preferences --text-consent` is read back: texts go out, and a revocation stops them")
    func consentRecordedByCollections() throws {
        let home = try CollectionsHome.selfPay()
        let text = ["collections", "contact", "log", "--guarantor", "G1", "--channel", "text", "--outcome", "message-sent", "--user", "coll"]
        #expect(try home.attempt(0, text).exitCode == 77, "no consent yet")
        try home.on(1, ["collections", "contact", "preferences", "--guarantor", "G1", "--text-consent", "2026-01-06", "--user", "coll"])
        let allowed = try home.attempt(1, text)
        #expect(allowed.exitCode == 0, "consent from the preferences: \(allowed.stderr)")
        try home.on(2, ["collections", "contact", "preferences", "--guarantor", "G1", "--revoke-text-consent", "--user", "coll"])
        let revoked = try home.attempt(3, text)
        #expect(revoked.exitCode == 77 && revoked.stderr.contains("tcpa.text-consent"), "\(revoked.exitCode) \(revoked.stderr)")
        #expect(try home.attempt(3, Self.call).exitCode == 0, "the stored preferences still read for a call")
    }

    @Test("After a telephone conversation, no call for the seven days that start with it")
    func noCallForSevenDaysAfterAConversation() throws {
        let home = try CollectionsHome.selfPay()
        try home.on(10, ["collections", "contact", "log", "--guarantor", "G1", "--channel", "call", "--outcome", "conversation",
                         "--note", "Will call back after payday", "--user", "coll"])
        for day in [12, 16] {
            let refused = try home.attempt(day, Self.call)
            #expect(refused.exitCode == 77, "day \(day): \(refused.exitCode)")
            #expect(refused.stderr.contains("Refused by reg-f.after-conversation"), "day \(day): \(refused.stderr)")
            #expect(refused.stderr.contains("conversation with us on 2026-01-15") && refused.stderr.contains("calls resume on 2026-01-22"),
                    "day \(day): \(refused.stderr)")
        }
        try home.on(12, ["collections", "contact", "log", "--guarantor", "G1", "--channel", "letter", "--outcome", "letter-mailed", "--user", "coll"])
        try home.on(17, Self.call)
        let logged = try home.rows(17, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"])
        #expect(logged.map { $0[2] + " " + $0[4] } == ["call conversation", "letter letter-mailed", "call no-answer"], "\(logged)")
    }

    @Test("Do-not-contact by call refuses calls but allows a letter, and check says it lasts until it changes")
    func doNotContactRefusesTheChannelOnly() throws {
        let home = try CollectionsHome.selfPay()
        let set = try home.on(0, ["collections", "contact", "preferences", "--guarantor", "G1", "--do-not-contact", "call", "--user", "coll"])
        #expect(set.stdout.contains("call"), "\(set.stdout)")
        let refused = try home.attempt(1, Self.call)
        #expect(refused.exitCode == 77 && refused.stderr.contains("Refused by do-not-contact.call"), "\(refused.stderr)")
        try home.on(1, ["collections", "contact", "log", "--guarantor", "G1", "--channel", "letter", "--outcome", "letter-mailed", "--user", "coll"])
        let check = try home.rows(1, ["collections", "contact", "check", "--guarantor", "G1", "--user", "coll"])
        #expect(check.first { $0.first == "call" }.map { [$0[1], $0[2], $0[4]] } == ["no", "do-not-contact.call", "not until this changes"],
                "\(check)")
        #expect(check.first { $0.first == "letter" }?[1] == "yes", "\(check)")
        let logged = try home.rows(1, ["collections", "contact", "list", "--guarantor", "G1", "--user", "coll"])
        #expect(logged.map { $0[2] } == ["letter"], "\(logged)")
    }
}
