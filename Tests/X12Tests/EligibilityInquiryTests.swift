import Foundation
import Testing
import X12

struct EligibilityInquiryTests {
    typealias Fixtures = EligibilityFixtures

    static func text(for testCase: Fixtures.InquiryCase) throws -> String {
        var numbers = ControlNumbers(interchange: 41, group: 16, transactionSet: 86)
        let interchange = try testCase.inquiry.makeInterchange(envelope: Fixtures.envelope, controlNumbers: &numbers)
        return try X12Writer(delimiters: testCase.delimiters, lineBreaks: testCase.delimiters.segment != 0x0A)
            .text(for: interchange)
    }

    @Test("A built 270 reads back as the same inquiry", arguments: Fixtures.inquiryCases)
    func inquiriesRoundTrip(_ testCase: Fixtures.InquiryCase) throws {
        let text = try Self.text(for: testCase)
        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.delimiters == testCase.delimiters, "read with \(interchange.delimiters)")
        let group = try #require(interchange.functionalGroups.first)
        #expect(group.functionalIdentifier == "HS" && group.version == "005010X279A1", "GS is \(group.header)")
        #expect(group.controlNumber == "17" && interchange.controlNumber == "000000042")
        let parsed = try EligibilityInquiry.inquiries(in: interchange)
        #expect(parsed == [testCase.inquiry], "read back \(parsed)")
    }

    @Test func theHierarchyLinksSourceReceiverSubscriberAndDependent() throws {
        let testCase = try #require(Fixtures.inquiryCases.first { $0.name == "with a dependent" })
        let set = try testCase.inquiry.transactionSet(controlNumber: 1)
        let levels = set.body.filter { $0.id == "HL" }.map { $0.elements.map(\.value).joined(separator: "*") }
        #expect(levels == ["1**20*1", "2*1*21*1", "3*2*22*1", "4*3*23*0"], "HL segments are \(levels)")
        let ids = set.body.map(\.id)
        #expect(
            ids == ["BHT", "HL", "NM1", "HL", "NM1", "HL", "NM1", "DMG", "HL", "TRN", "NM1", "DMG", "DTP", "EQ"],
            "the trace, date and EQ go with the dependent: \(ids)")
        #expect(set.body[0].elements.map(\.value) == ["0022", "13", "REF0001", "20261102", "1230"])
    }

    @Test func aSubscriberOnlyInquiryEndsTheHierarchyAtTheSubscriber() throws {
        let set = try Fixtures.inquiry().transactionSet(controlNumber: 1)
        let text = try X12Writer().text(for: set.segments)
        #expect(
            text.contains("HL*3*2*22*0~TRN*1*TRACE0001*1234567890~NM1*IL*1*DOE*JANE*Q***MI*W123456789~"
                + "DMG*D8*19800101*F~DTP*291*D8*20261102~EQ*30~"),
            "wrote \(text)")
    }

    @Test func discoveryOmitsTheMemberID() throws {
        let testCase = try #require(Fixtures.inquiryCases.first { $0.name.hasPrefix("discovery") })
        let text = try X12Writer().text(for: try testCase.inquiry.transactionSet(controlNumber: 1).segments)
        #expect(text.contains("NM1*IL*1*ROE*RICHARD~N3*12 MAIN ST*APT 4~N4*SPRINGFIELD*IL*62701~DMG*D8*19751231*M~"), "wrote \(text)")
    }

    @Test("Inquiries that cannot be valid are refused", arguments: [
        ("a short originator id", "TRN03"), ("no member id and no birth date", "member id"),
        ("no service type", "service type"), ("an empty payer id", "payer"), ("a range ending first", "end date"),
    ])
    func invalidInquiriesAreRefused(_ problem: String, _ mention: String) {
        var inquiry = Fixtures.inquiry()
        switch problem {
        case "a short originator id": inquiry.trace.originatorID = "12345"
        case "no member id and no birth date":
            inquiry.subscriber.memberID = nil
            inquiry.subscriber.dateOfBirth = nil
        case "no service type": inquiry.serviceTypes = []
        case "an empty payer id": inquiry.source.payerID = ""
        default: inquiry.eligibilityEndDate = Fixtures.date("20260101")
        }
        let error = #expect(throws: X12Error.self, "\(problem) is refused") { try inquiry.transactionSet(controlNumber: 1) }
        #expect(error?.code == .invalidValue && error?.message.contains(mention) == true, "\(problem): \(String(describing: error))")
    }

    // MARK: - Malformed 270s

    static func inquiryText(replacing old: String, with new: String) throws -> String {
        var numbers = ControlNumbers()
        let interchange = try Fixtures.inquiry().makeInterchange(envelope: Fixtures.envelope, controlNumbers: &numbers)
        let text = try X12Writer().text(for: interchange)
        guard let range = text.firstRange(of: old) else { fatalError("the 270 has no \(old)") }
        return text.replacingCharacters(in: range, with: new)
    }

    @Test("Malformed 270s name the segment and what was expected", arguments: [
        ("HL*3*2*22*0", "HL*3*9*22*0", X12Error.Code.invalidHierarchy, "HL", 2, "no earlier HL"),
        ("HL*3*2*22*0", "HL*3*1*22*0", .invalidHierarchy, "HL", 2, "expected a 2000B"),
        ("HL*2*1*21*1", "HL*2*1*29*1", .invalidHierarchy, "HL", 3, "expected 20, 21, 22 or 23"),
        ("EQ*30~", "", .missingSegment, "HL", nil, "no EQ"),
        ("TRN*1*TRACE0001*1234567890~", "", .missingSegment, "HL", nil, "no TRN"),
        ("DMG*D8*19800101", "DMG*D8*19800230", .invalidValue, "DMG", 2, "date of birth"),
        ("NM1*PR*2*ACME HEALTH*****PI*ACME01~", "", .missingSegment, "HL", nil, "no NM1"),
    ] as [(String, String, X12Error.Code, String, Int?, String)])
    func malformedInquiriesNameTheSegment(
        _ old: String, _ new: String, _ code: X12Error.Code, _ segmentID: String, _ element: Int?, _ mention: String
    ) throws {
        let text = try Self.inquiryText(replacing: old, with: new)
        let interchange = try X12Interchange(parsing: text.replacingOccurrences(of: "SE*13*", with: "SE*\(new.isEmpty ? 12 : 13)*"))
        let error = #expect(throws: X12Error.self, "\(old) → \(new) is refused") {
            try EligibilityInquiry.inquiries(in: interchange)
        }
        Fixtures.expect(error, is: code, at: segmentID, element: element, mentioning: mention)
    }

    @Test func aResponseIsNotReadAsAnInquiry() throws {
        let interchange = try X12Interchange(parsing: EligibilityFixtures.activeFamily)
        let error = #expect(throws: X12Error.self) { try EligibilityInquiry.inquiries(in: interchange) }
        #expect(error?.code == .unexpectedTransaction && error?.location?.segmentID == "GS", "\(String(describing: error))")
    }
}
