import Testing
import X12

/// Eligibility values and hand-written 271s for the tests.
enum EligibilityFixtures {
    static func date(_ text: String) -> X12Date {
        guard let date = X12Date(x12: text) else { fatalError("fixture date \(text) is not CCYYMMDD") }
        return date
    }

    static let payer = InformationSource(name: "ACME HEALTH", payerID: "ACME01")
    static let clinic = InformationReceiver(name: "NORTH CLINIC", npi: "1234567893")
    static let envelope = X12Envelope(
        senderID: "NORTHCLINIC", receiverID: "ACME01", date: date("20261102"), time: "1230", usage: .test)
    static let jane = EligibilityPerson(
        lastName: "DOE", firstName: "JANE", middleName: "Q", memberID: "W123456789", dateOfBirth: date("19800101"),
        gender: .female)

    // MARK: - 270s

    /// One inquiry the tests build, write with `delimiters`, read back and validate.
    struct InquiryCase: Sendable, CustomTestStringConvertible {
        var name: String
        var inquiry: EligibilityInquiry
        var delimiters: X12Delimiters = .standard

        var testDescription: String { name }
    }

    static func inquiry(
        subscriber: EligibilityPerson = jane, dependent: EligibilityPerson? = nil, serviceTypes: [String] = ["30"],
        endDate: X12Date? = nil
    ) -> EligibilityInquiry {
        EligibilityInquiry(
            reference: "REF0001", creationDate: date("20261102"), creationTime: "1230", source: payer, receiver: clinic,
            subscriber: subscriber, dependent: dependent,
            trace: EligibilityTrace(reference: "TRACE0001", originatorID: "1234567890"),
            eligibilityDate: date("20261102"), eligibilityEndDate: endDate, serviceTypes: serviceTypes)
    }

    static let inquiryCases: [InquiryCase] = {
        let discovery = EligibilityPerson(
            lastName: "ROE", firstName: "RICHARD", dateOfBirth: date("19751231"), gender: .male,
            address: EligibilityPerson.Address(line1: "12 MAIN ST", line2: "APT 4", city: "SPRINGFIELD", state: "IL", postalCode: "62701"))
        let child = EligibilityPerson(lastName: "DOE", firstName: "JIMMY", dateOfBirth: date("20150607"), gender: .male)
        guard let delimiters = try? X12Delimiters(element: "|", component: ">", repetition: "!", segment: "#") else {
            fatalError("the fixture delimiters are not valid")
        }
        return [
            InquiryCase(name: "subscriber only", inquiry: inquiry()),
            InquiryCase(name: "with a dependent", inquiry: inquiry(dependent: child)),
            InquiryCase(name: "discovery by name and date of birth", inquiry: inquiry(subscriber: discovery)),
            InquiryCase(
                name: "several service types and a date range",
                inquiry: inquiry(serviceTypes: ["30", "98", "UC"], endDate: date("20261130"))),
            InquiryCase(
                name: "non-standard delimiters", inquiry: inquiry(dependent: child, serviceTypes: ["1", "33"]),
                delimiters: delimiters),
        ]
    }()

    // MARK: - Hand-written 271s

    /// A whole interchange around one set whose body is `body` (segments without terminators), with SE01
    /// counted, using `*`, `:`, `^` and `~`.
    static func interchange(functionalID: String = "HB", setID: String = "271", body: [String]) -> String {
        let segments =
            [
                "ISA*00*          *00*          *ZZ*ACME01         *ZZ*NORTHCLINIC    *261102*1231*^*00501*000000007*0*T*:",
                "GS*\(functionalID)*ACME01*NORTHCLINIC*20261102*1231*7*X*005010X279A1",
                "ST*\(setID)*0001*005010X279A1",
            ] + body + ["SE*\(body.count + 2)*0001", "GE*1*7", "IEA*1*000000007"]
        return segments.map { $0 + "~\n" }.joined()
    }

    /// `text` with `*`, `:`, `^` and `~` swapped for other delimiters (the fixtures hold none of them).
    static func replacingDelimiters(
        in text: String, element: Character, component: Character, repetition: Character, segment: Character
    ) -> String {
        String(
            text.map { character -> Character in
                switch character {
                case "*": element
                case ":": component
                case "^": repetition
                case "~": segment
                default: character
                }
            })
    }

    static let header = [
        "BHT*0022*11*REF0001*20261102*1231",
        "HL*1**20*1", "NM1*PR*2*ACME HEALTH*****PI*ACME01",
        "HL*2*1*21*1", "NM1*1P*2*NORTH CLINIC*****XX*1234567893",
    ]

    /// An active subscriber with several benefit types and an inactive dependent.
    static let activeFamily = interchange(
        body: header + [
            "HL*3*2*22*1",
            "NM1*IL*1*DOE*JANE*Q***MI*W123456789",
            "REF*6P*GRP500",
            "N3*12 MAIN ST",
            "N4*SPRINGFIELD*IL*62701",
            "DMG*D8*19800101*F",
            "DTP*346*D8*20260101",
            "DTP*347*D8*20261231",
            "EB*1*FAM*30*PR*GOLD PPO",
            "EB*B*IND*98^UC*PR**27*25*****Y",
            "MSG*COPAY WAIVED IF ADMITTED",
            "EB*A*IND*30***23**.2****Y",
            "EB*A*IND*30***23**0.40****N",
            "EB*C*IND*30***23*1500*****Y",
            "DTP*292*RD8*20260101-20261231",
            "EB*C*IND*30***29*1200.5*****Y",
            "EB*G*IND*30***29*3000*****Y",
            "EB*F*IND*AD***23***VS*20**W",
            "LS*2120",
            "NM1*P3*1*WELBY*MARCUS****XX*1111111112",
            "LE*2120",
            "EB*I*IND*AL",
            "HL*4*3*23*0",
            "TRN*2*TRACE0001*1234567890",
            "TRN*1*PAYER0001*9ACME00001",
            "NM1*03*1*DOE*JIMMY",
            "DMG*D8*20150607*M",
            "INS*N*19",
            "DTP*291*RD8*20250101-20251231",
            "EB*6*IND*30",
            "MSG*DEPENDENT AGED OUT",
        ])

    /// A subscriber the payer could not find.
    static func rejectedSubscriber(reason: String, followUp: String) -> String {
        interchange(
            body: header + [
                "HL*3*2*22*0",
                "TRN*2*TRACE0001*1234567890",
                "NM1*IL*1*DOE*JANE****MI*W999999999",
                "AAA*N**\(reason)*\(followUp)",
                "DMG*D8*19800101*F",
            ])
    }

    /// A payer that could not answer at all: AAA at 2000A, and no receiver or subscriber.
    static let payerUnavailable = interchange(
        body: [
            "BHT*0022*11*REF0001*20261102*1231",
            "HL*1**20*0", "AAA*Y**42*R", "NM1*PR*2*ACME HEALTH*****PI*ACME01",
        ])

    // MARK: - Expectations

    /// Expects `error` to carry `code`, a location naming the segment (with its ordinal) and element,
    /// and a message that mentions `mention`.
    static func expect(
        _ error: X12Error?, is code: X12Error.Code, at segmentID: String, element: Int?, mentioning mention: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let described = String(describing: error)
        #expect(error?.code == code, "code is \(String(describing: error?.code)): \(described)", sourceLocation: sourceLocation)
        #expect(
            error?.location?.segmentID == segmentID && error?.location?.elementPosition == element,
            "at \(String(describing: error?.location)); expected \(segmentID) element \(String(describing: element))",
            sourceLocation: sourceLocation)
        #expect(error?.location?.segmentOrdinal != nil, "the segment's ordinal is named: \(described)", sourceLocation: sourceLocation)
        #expect(error?.message.contains(mention) == true, "message: \(described)", sourceLocation: sourceLocation)
    }
}
