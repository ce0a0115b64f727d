import Foundation
import Testing
import X12

struct EligibilityResponseTests {
    typealias Fixtures = EligibilityFixtures

    static func response(_ text: String) throws -> EligibilityResponse {
        let responses = try EligibilityResponse.responses(in: X12Interchange(parsing: text))
        return try #require(responses.first, "one response per set")
    }

    static func subscriber(_ text: String) throws -> EligibilityMember {
        try #require(try response(text).subscribers.first, "the response has a subscriber")
    }

    // MARK: - Reading hand-written 271s

    @Test func thePayerProviderAndSubscriberAreRead() throws {
        let response = try Self.response(Fixtures.activeFamily)
        #expect(response.source == Fixtures.payer && response.receiver == Fixtures.clinic)
        #expect(response.reference == "REF0001" && response.creationDate == Fixtures.date("20261102"))
        #expect(response.sourceRejections.isEmpty && response.receiverRejections.isEmpty)
        let subscriber = try #require(response.subscribers.first)
        #expect(subscriber.person.memberID == "W123456789" && subscriber.person.firstName == "JANE")
        #expect(subscriber.person.middleName == "Q" && subscriber.person.gender == .female)
        #expect(subscriber.person.dateOfBirth == Fixtures.date("19800101"))
        #expect(subscriber.person.references == [EligibilityPerson.Reference(qualifier: "6P", value: "GRP500")])
        #expect(subscriber.person.address?.city == "SPRINGFIELD" && subscriber.person.address?.postalCode == "62701")
        #expect(
            subscriber.dates == [
                EligibilityDate(.planBegin, Fixtures.date("20260101")), EligibilityDate(.planEnd, Fixtures.date("20261231")),
            ], "plan dates are \(subscriber.dates)")
        #expect(subscriber.hasActiveCoverage, "EB*1 is active coverage")
        #expect(subscriber.benefits.count == 9, "9 EB loops; the 2120 NM1 between LS and LE is skipped")
    }

    /// What one EB of the active family sample must read as.
    struct BenefitCase: Sendable, CustomTestStringConvertible {
        var index: Int
        var expected: EligibilityBenefit
        var testDescription: String { "EB \(index + 1): \(expected.information.code)" }
    }

    static let benefitCases: [BenefitCase] = [
        BenefitCase(
            index: 0,
            expected: EligibilityBenefit(
                .activeCoverage, coverageLevel: .family, serviceTypes: ["30"], insuranceType: "PR", planDescription: "GOLD PPO")),
        BenefitCase(
            index: 1,
            expected: EligibilityBenefit(
                .coPayment, coverageLevel: .individual, serviceTypes: ["98", "UC"], insuranceType: "PR", timePeriod: .visit,
                amount: 2500, network: .inNetwork, messages: ["COPAY WAIVED IF ADMITTED"])),
        BenefitCase(
            index: 2,
            expected: EligibilityBenefit(
                .coInsurance, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .calendarYear, percentage: 2000,
                network: .inNetwork)),
        BenefitCase(
            index: 3,
            expected: EligibilityBenefit(
                .coInsurance, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .calendarYear, percentage: 4000,
                network: .outOfNetwork)),
        BenefitCase(
            index: 4,
            expected: EligibilityBenefit(
                .deductible, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .calendarYear, amount: 150_000,
                network: .inNetwork,
                dates: [EligibilityDate(.other("292"), from: Fixtures.date("20260101"), through: Fixtures.date("20261231"))])),
        BenefitCase(
            index: 5,
            expected: EligibilityBenefit(
                .deductible, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .remaining, amount: 120_050,
                network: .inNetwork)),
        BenefitCase(
            index: 6,
            expected: EligibilityBenefit(
                .outOfPocket, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .remaining, amount: 300_000,
                network: .inNetwork)),
        BenefitCase(
            index: 7,
            expected: EligibilityBenefit(
                .limitations, coverageLevel: .individual, serviceTypes: ["AD"], timePeriod: .calendarYear,
                quantityQualifier: "VS", quantity: X12Decimal(significand: 20), network: .notApplicable)),
        BenefitCase(index: 8, expected: EligibilityBenefit(.nonCovered, coverageLevel: .individual, serviceTypes: ["AL"])),
    ]

    @Test("Each benefit type reads exactly", arguments: benefitCases)
    func benefitsReadExactly(_ testCase: BenefitCase) throws {
        let benefits = try Self.subscriber(Fixtures.activeFamily).benefits
        let actual = try #require(benefits.indices.contains(testCase.index) ? benefits[testCase.index] : nil)
        #expect(actual == testCase.expected, "read \(actual)")
    }

    @Test func aDependentHasItsOwnRelationshipTraceAndBenefits() throws {
        let subscriber = try Self.subscriber(Fixtures.activeFamily)
        let dependent = try #require(subscriber.dependents.first)
        #expect(subscriber.dependents.count == 1)
        #expect(dependent.relationship == "19", "INS*N*19: a child")
        #expect(dependent.person.firstName == "JIMMY" && dependent.person.memberID == nil)
        #expect(
            dependent.traces == [
                EligibilityTrace(type: .referenced, reference: "TRACE0001", originatorID: "1234567890"),
                EligibilityTrace(reference: "PAYER0001", originatorID: "9ACME00001"),
            ], "TRN*2 echoes the inquiry, TRN*1 is the payer's own")
        #expect(
            dependent.dates == [EligibilityDate(.plan, from: Fixtures.date("20250101"), through: Fixtures.date("20251231"))])
        #expect(dependent.benefits.map(\.information) == [.inactive], "EB*6 inactive")
        #expect(dependent.benefits.first?.messages == ["DEPENDENT AGED OUT"])
        #expect(!dependent.hasActiveCoverage)
    }

    @Test("Subscriber-level AAA rejections say why", arguments: [
        ("72", "C", "Invalid/missing subscriber/insured ID", EligibilityRejection.FollowUpAction.correctAndResubmit),
        ("75", "C", "Subscriber/insured not found", .correctAndResubmit),
        ("73", "C", "Invalid/missing subscriber/insured name", .correctAndResubmit),
        ("58", "C", "Invalid/missing date-of-birth", .correctAndResubmit),
        ("42", "R", "Unable to respond at current time", .resubmissionAllowed),
        ("42", "W", "Unable to respond at current time", .waitThirtyDays),
        ("ZZ", "Q", "reject reason ZZ", .other("Q")),
    ])
    func subscriberRejectionsAreRead(
        _ reason: String, _ followUp: String, _ description: String, _ action: EligibilityRejection.FollowUpAction
    ) throws {
        let subscriber = try Self.subscriber(Fixtures.rejectedSubscriber(reason: reason, followUp: followUp))
        let rejection = try #require(subscriber.rejections.first)
        #expect(!rejection.isValidRequest && rejection.reason.code == reason)
        #expect(rejection.reason.description == description, "described as \(rejection.reason)")
        #expect(rejection.followUp == action && rejection.followUp.code == followUp)
        #expect(subscriber.benefits.isEmpty && !subscriber.hasActiveCoverage)
        #expect(subscriber.traces.map(\.reference) == ["TRACE0001"])
    }

    @Test func aPayerLevelRejectionNeedsNoSubscriber() throws {
        let response = try Self.response(Fixtures.payerUnavailable)
        #expect(response.receiver == nil && response.subscribers.isEmpty)
        #expect(
            response.sourceRejections == [
                EligibilityRejection(isValidRequest: true, reason: .unableToRespondNow, followUp: .resubmissionAllowed)
            ])
    }

    @Test("Non-standard delimiters read the same", arguments: [
        ("|", ">", "!", "'"), ("!", "@", "#", "\n"), ("\u{1D}", "\u{1F}", "\u{1E}", "\u{1C}"),
    ] as [(Character, Character, Character, Character)])
    func nonStandardDelimitersReadTheSame(_ element: Character, _ component: Character, _ repetition: Character, _ segment: Character)
        throws
    {
        let text = Fixtures.replacingDelimiters(
            in: Fixtures.activeFamily.replacingOccurrences(of: "~\n", with: "~"), element: element, component: component,
            repetition: repetition, segment: segment)
        let response = try Self.response(text)
        #expect(response == (try Self.response(Fixtures.activeFamily)), "read with \(element) \(component) \(repetition)")
        #expect(response.subscribers.first?.benefits[1].serviceTypes == ["98", "UC"], "EB03 repeats with the repetition separator")
    }

    // MARK: - Malformed 271s

    static func activeFamily(replacing old: String, with new: String) -> String {
        guard let range = Fixtures.activeFamily.firstRange(of: old) else { fatalError("the sample has no \(old)") }
        return Fixtures.activeFamily.replacingCharacters(in: range, with: new)
    }

    @Test("Malformed 271s name the segment and element", arguments: [
        ("EB*C*IND*30***23*1500*", "EB*C*IND*30***23*12.345*", X12Error.Code.invalidValue, "EB", 7, "more than 2 decimal places"),
        ("EB*C*IND*30***23*1500*", "EB*C*IND*30***23*15O0*", .invalidValue, "EB", 7, "not a decimal number"),
        ("EB*C*IND*30***23*1500*", "EB*C*IND*30***23*1,500*", .invalidValue, "EB", 7, "not a decimal number"),
        ("EB*A*IND*30***23**.2*", "EB*A*IND*30***23**20*", .invalidValue, "EB", 8, "a fraction from 0 to 1"),
        ("EB*A*IND*30***23**.2*", "EB*A*IND*30***23**.20005*", .invalidValue, "EB", 8, "at most 4 decimal places"),
        ("HL*3*2*22*1", "HL*3*5*22*1", .invalidHierarchy, "HL", 2, "no earlier HL has that id"),
        ("HL*4*3*23*0", "HL*4*2*23*0", .invalidHierarchy, "HL", 2, "expected a 2000C subscriber"),
        ("HL*4*3*23*0", "HL*4**23*0", .invalidValue, "HL", 2, "parent"),
        ("HL*4*3*23*0", "HL*3*3*23*0", .invalidHierarchy, "HL", 1, "repeats"),
        ("DTP*346*D8*20260101", "DTP*346*RD8*20260101", .invalidValue, "DTP", 3, "CCYYMMDD-CCYYMMDD"),
        ("DTP*346*D8*20260101", "DTP*346*D6*260101", .invalidValue, "DTP", 2, "D8 or RD8"),
        ("NM1*03*1*DOE*JIMMY", "NM1*IL*1*DOE*JIMMY", .invalidValue, "NM1", 1, "expected 03"),
    ] as [(String, String, X12Error.Code, String, Int?, String)])
    func malformedResponsesNameTheSegment(
        _ old: String, _ new: String, _ code: X12Error.Code, _ segmentID: String, _ element: Int?, _ mention: String
    ) throws {
        let text = Self.activeFamily(replacing: old, with: new)
        let error = #expect(throws: X12Error.self, "\(new) is refused") { try Self.response(text) }
        Fixtures.expect(error, is: code, at: segmentID, element: element, mentioning: mention)
    }

    @Test func anAAAThatIsNeitherYesNorNoIsRefused() {
        let text = Fixtures.rejectedSubscriber(reason: "75", followUp: "C").replacingOccurrences(of: "AAA*N", with: "AAA*X")
        let error = #expect(throws: X12Error.self) { try Self.response(text) }
        Fixtures.expect(error, is: .invalidValue, at: "AAA", element: 1, mentioning: "Y or N")
    }

    @Test func aBadAmountNamesTheSegmentInItsDescription() throws {
        let text = Self.activeFamily(replacing: "EB*C*IND*30***23*1500*", with: "EB*C*IND*30***23*12.345*")
        let error = #expect(throws: X12Error.self) { try Self.response(text) }
        #expect(
            error?.description.hasPrefix("segment 22 (EB), element EB07: EB07 has more than 2 decimal places") == true,
            "description: \(String(describing: error))")
        #expect(error?.description.contains("12.345") == false, "the value is not echoed")
    }

    @Test func aResponseWithoutSubscribersOrRejectionsIsRefused() throws {
        let text = Fixtures.interchange(body: Fixtures.header)
        let error = #expect(throws: X12Error.self) { try Self.response(text) }
        #expect(error?.code == .missingSegment, "\(String(describing: error))")
        #expect(error?.location?.segmentID == "HL" && error?.location?.segmentOrdinal == 7, "the receiver's HL (segment 7)")
        #expect(error?.message.contains("no 2000C subscriber") == true, "\(String(describing: error))")
    }

    @Test func anInquiryIsNotReadAsAResponse() throws {
        let text = Fixtures.interchange(functionalID: "HB", setID: "270", body: Fixtures.header)
        let error = #expect(throws: X12Error.self) { try Self.response(text) }
        #expect(error?.code == .unexpectedTransaction && error?.location?.segmentID == "ST", "\(String(describing: error))")
    }

    // MARK: - Building 271s

    static let planYear = [
        EligibilityDate(.planBegin, Fixtures.date("20260101")), EligibilityDate(.planEnd, Fixtures.date("20261231")),
    ]

    /// A found subscriber with every benefit type of the hand-written sample.
    static let builtResponse: EligibilityResponse = {
        var subscriber = EligibilityMember(
            person: Fixtures.jane, traces: [EligibilityTrace(type: .referenced, reference: "TRACE0001", originatorID: "1234567890")],
            dates: planYear, benefits: benefitCases.map(\.expected))
        subscriber.person.references = [EligibilityPerson.Reference(qualifier: "6P", value: "GRP500")]
        return EligibilityResponse(
            reference: "RESP0001", creationDate: Fixtures.date("20261102"), creationTime: "1231", source: Fixtures.payer,
            receiver: Fixtures.clinic, subscribers: [subscriber])
    }()

    /// A dependent patient: the benefits stand in 2110D, under the dependent.
    static let builtFamilyResponse: EligibilityResponse = {
        var response = builtResponse
        response.subscribers[0].benefits = []
        response.subscribers[0].traces = []
        response.subscribers[0].dependents = [
            EligibilityMember(
                person: EligibilityPerson(lastName: "DOE", firstName: "JIMMY", dateOfBirth: Fixtures.date("20150607"), gender: .male),
                traces: [EligibilityTrace(type: .referenced, reference: "TRACE0002", originatorID: "1234567890")],
                relationship: "19", dates: planYear,
                benefits: [
                    EligibilityBenefit(.activeCoverage, coverageLevel: .family, serviceTypes: ["30"]),
                    EligibilityBenefit(.coPayment, coverageLevel: .individual, serviceTypes: ["98"], amount: 1500, network: .inNetwork),
                ])
        ]
        return response
    }()

    static func text(for response: EligibilityResponse, delimiters: X12Delimiters = .standard) throws -> String {
        var numbers = ControlNumbers(interchange: 6, group: 6, transactionSet: 0)
        let envelope = X12Envelope(
            senderID: "ACME01", receiverID: "NORTHCLINIC", date: Fixtures.date("20261102"), time: "1231", usage: .test)
        return try X12Writer(delimiters: delimiters)
            .text(for: response.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    @Test("A built 271 reads back the same", arguments: [builtResponse, builtFamilyResponse])
    func built271sRoundTrip(_ response: EligibilityResponse) throws {
        let text = try Self.text(for: response)
        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.functionalGroups.first?.functionalIdentifier == "HB")
        #expect(interchange.functionalGroups.first?.version == "005010X279A1")
        let parsed = try EligibilityResponse.responses(in: interchange)
        #expect(parsed == [response], "read back \(parsed)")
    }

    @Test func aBuilt271WritesTheGuidesSegments() throws {
        let text = try Self.text(for: Self.builtResponse)
        #expect(text.contains("EB*B*IND*98^UC*PR**27*25*****Y~"), "EB03 repeats; amounts are written short")
        #expect(text.contains("EB*A*IND*30***23**.2****Y~") && text.contains("EB*C*IND*30***29*1200.5*****Y~"))
        #expect(text.contains("HL*3*2*22*0~TRN*2*TRACE0001*1234567890~NM1*IL*1*DOE*JANE*Q***MI*W123456789~REF*6P*GRP500~"))
        let family = try Self.text(for: Self.builtFamilyResponse)
        #expect(
            family.contains("HL*4*3*23*0~TRN*2*TRACE0002*1234567890~NM1*03*1*DOE*JIMMY~DMG*D8*20150607*M~INS*N*19~DTP*346*D8*20260101~"),
            "wrote \(family)")
    }

    @Test func aResponseAnsweringAnInquiryEchoesItsTraceAndHierarchy() throws {
        for testCase in Fixtures.inquiryCases {
            let inquiry = testCase.inquiry
            var response = EligibilityResponse(answering: inquiry, creationDate: Fixtures.date("20261102"), creationTime: "1231")
            response.patient?.benefits = [EligibilityBenefit(.activeCoverage, coverageLevel: .individual, serviceTypes: ["30"])]
            let parsed = try Self.response(try Self.text(for: response, delimiters: testCase.delimiters))
            #expect(parsed == response, "\(testCase.name): read back \(parsed)")
            let patient = try #require(parsed.patient)
            #expect(patient.traces == [inquiry.trace.echoed], "\(testCase.name): TRN*2 on the patient")
            #expect(patient.person == inquiry.patient && patient.hasActiveCoverage, "\(testCase.name)")
            #expect(parsed.subscribers.first?.dependents.count == (inquiry.dependent == nil ? 0 : 1), "\(testCase.name)")
        }
    }

    @Test("A not-found member is written as AAA with no benefits", arguments: [
        EligibilityRejection.Reason.subscriberNotFound, .invalidMemberID,
    ])
    func notFoundMembersAreRejected(_ reason: EligibilityRejection.Reason) throws {
        var response = EligibilityResponse(
            answering: Fixtures.inquiry(), creationDate: Fixtures.date("20261102"), creationTime: "1231")
        response.patient?.rejections = [EligibilityRejection(reason: reason, followUp: .correctAndResubmit)]
        let text = try Self.text(for: response)
        #expect(text.contains("NM1*IL*1*DOE*JANE*Q***MI*W123456789~AAA*N**\(reason.code)*C~DMG*D8*19800101*F~"), "wrote \(text)")
        #expect(!text.contains("EB*"))
        #expect(try Self.response(text) == response)
    }

    @Test func aResponseWithSubscribersButNoProviderIsRefused() {
        var response = Self.builtResponse
        response.receiver = nil
        let error = #expect(throws: X12Error.self) { try response.transactionSet(controlNumber: 1) }
        #expect(error?.code == .invalidValue, "\(String(describing: error))")
    }
}
