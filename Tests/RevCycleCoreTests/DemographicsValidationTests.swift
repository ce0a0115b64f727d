import RevCycleCore
import Testing

@Suite("Registration fields are validated with messages naming the field")
struct DemographicsValidationTests {
    @Test("Phone numbers normalise to ten NANP digits", arguments: [
        ("(312) 555-0142", "3125550142"), ("312.555.0142", "3125550142"), ("+1 312 555 0142", "3125550142"),
        ("13125550142", "3125550142"), ("3125550142", "3125550142"),
    ])
    func goodPhones(text: String, digits: String) throws {
        let phone = try PhoneNumber(parsing: text)
        #expect(phone.digits == digits, "\(text) gave \(phone.digits), expected \(digits)")
        #expect(phone.description == "312-555-0142")
    }

    @Test("Bad phone numbers are refused", arguments: [
        "555-0142", "123-555-0142", "312-155-0142", "312-555-01423", "23125550142", "312-555-O142", "", "call me",
    ])
    func badPhones(text: String) {
        do {
            _ = try PhoneNumber(parsing: text, field: "--phone")
            Issue.record("\(text) should be refused")
        } catch let error as RevCycleError {
            #expect(error.inputLocation == "--phone" && error.code == .invalidInput, "got \(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("ZIP codes: five digits or ZIP+4", arguments: [
        ("62704", "62704"), ("62704-1234", "62704-1234"), ("627041234", "62704-1234"), (" 00501 ", "00501"),
    ])
    func goodZIPs(text: String, expected: String) throws {
        #expect(try ZIPCode(parsing: text).rawValue == expected)
    }

    @Test("Bad ZIP codes are refused", arguments: ["6270", "627045", "62704-123", "6270-41234", "ABCDE", "62704--1234", ""])
    func badZIPs(text: String) {
        #expect(throws: RevCycleError.self, "\(text) should be refused") { try ZIPCode(parsing: text) }
    }

    @Test("USPS state codes include DC, the territories and military codes", arguments: [
        ("IL", true), ("il", true), ("DC", true), ("PR", true), ("GU", true), ("VI", true), ("AE", true),
        ("ZZ", false), ("Illinois", false), ("I", false), ("", false), ("QC", false),
    ])
    func states(text: String, valid: Bool) {
        #expect(((try? StateCode(parsing: text)) != nil) == valid, "\(text) valid should be \(valid)")
    }

    @Test("Emails need a local part, one @ and a dotted domain", arguments: [
        ("ana.rivera@example.com", true), ("a+billing@mail.example.org", true), ("ANA@EXAMPLE.COM", true),
        ("ana@", false), ("@example.com", false), ("ana@example", false), ("ana@@example.com", false),
        ("ana rivera@example.com", false), ("ana@exa_mple.com", false), ("ana@.example.com", false), (".ana@example.com", false),
        ("ana@example.c", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(((try? EmailAddress(parsing: text)) != nil) == valid, "\(text) valid should be \(valid)")
    }

    @Test func anEmailDomainIsLowercased() throws {
        #expect(try EmailAddress(parsing: "Ana@Example.COM").rawValue == "Ana@example.com")
    }

    @Test("Languages are ISO 639 codes of two or three letters", arguments: [
        ("en", true), ("ES", true), ("hmn", true), ("e", false), ("engl", false), ("e1", false), ("", false),
    ])
    func languages(text: String, valid: Bool) {
        #expect(((try? LanguageCode(parsing: text)) != nil) == valid, "\(text) valid should be \(valid)")
    }

    @Test("Sex codes", arguments: [("F", true), ("m", true), ("X", true), ("U", true), ("Q", false), ("female", false)])
    func sexes(text: String, valid: Bool) {
        #expect(((try? Sex(parsing: text)) != nil) == valid, "\(text) valid should be \(valid)")
    }

    @Test func textsNeedExplicitConsent() throws {
        #expect(throws: RevCycleError.self) { try ContactPreferences(allowed: [.text], textConsent: nil) }
        let consented = try ContactPreferences(allowed: [.text, .mail], textConsent: try CalendarDate(parsing: "2026-11-02"))
        #expect(consented.allows(.text) && !consented.allows(.email))
    }

    @Test func aChannelWithNothingToReachIsRefused() throws {
        let preferences = try ContactPreferences(allowed: [.email], textConsent: nil)
        #expect(throws: RevCycleError.self) {
            try PatientDemographics(sex: .female, address: nil, phone: nil, email: nil, preferredLanguage: nil, contact: preferences)
        }
    }

    @Test("Coverage spans overlap when they share a day", arguments: [
        ("2026-01-01", nil, "2026-06-01", nil, true),
        ("2026-01-01", "2026-05-31", "2026-06-01", nil, false),
        ("2026-01-01", "2026-06-01", "2026-06-01", nil, true),
        ("2026-06-01", nil, "2026-01-01", "2026-05-31", false),
        ("2026-03-01", "2026-03-31", "2026-01-01", "2026-12-31", true),
    ] as [(String, String?, String, String?, Bool)])
    func coverageOverlap(start: String, end: String?, otherStart: String, otherEnd: String?, overlaps: Bool) throws {
        func coverage(_ from: String, _ to: String?) throws -> Coverage {
            try Coverage(patient: PatientID(1), payer: PayerCode("MEDICARE"), memberID: "M1", subscriberRelationship: .self,
                         priority: .primary, effective: CalendarDate(parsing: from), end: to.map(CalendarDate.init(parsing:)))
        }
        #expect(try coverage(start, end).overlaps(try coverage(otherStart, otherEnd)) == overlaps)
    }

    @Test("Coverage dates and member ids are checked", arguments: [
        ("2026-06-01", "2026-05-31", "M1"), ("2026-01-01", nil, ""), ("2026-01-01", nil, "M 1"),
    ] as [(String, String?, String)])
    func badCoverage(start: String, end: String?, member: String) {
        #expect(throws: RevCycleError.self) {
            try Coverage(patient: PatientID(1), payer: PayerCode("MEDICARE"), memberID: member, subscriberRelationship: .self,
                         priority: .primary, effective: CalendarDate(parsing: start), end: end.map(CalendarDate.init(parsing:)))
        }
    }
}
