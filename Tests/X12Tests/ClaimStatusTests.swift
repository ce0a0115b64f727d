import Foundation
import Testing
import X12

/// 276 claim status inquiries and 277 claim status responses (005010X212).
struct ClaimStatusTests {
    typealias Fixtures = RemittanceFixtures
    typealias Inquiry = ClaimStatusInquiry
    typealias Response = ClaimStatusResponse

    static let today = Fixtures.date("20261129")
    static let envelope = X12Envelope(senderID: "NORTHCLINIC", receiverID: "60054", date: today, time: "0900", usage: .test)
    static let payer = InformationSource(name: "AETNA", payerID: "60054")
    static let submitter = PartyName(organization: "NORTH CLINIC", idQualifier: "46", id: "NORTHCLINIC")
    static let clinic = PartyName(organization: "NORTH CLINIC", idQualifier: "XX", id: Fixtures.npi)
    static let doctor = PartyName(lastName: "SMITH", firstName: "JOHN", idQualifier: "XX", id: "1003000126")
    static let subscriber = X12Person(
        lastName: "RIVERA", firstName: "ANA", memberID: "W100000008", dateOfBirth: Fixtures.date("19840309"), gender: .female)
    /// A subscriber asked about only for a dependent: no DMG is written for them.
    static let parent = X12Person(lastName: "DOE", firstName: "JOHN", memberID: "W200000001")
    static let child = X12Person(lastName: "DOE", firstName: "SAM", dateOfBirth: Fixtures.date("20150704"), gender: .male)

    static let visit = Inquiry.Claim(
        provider: clinic, subscriber: subscriber, trace: "RC1001-1", payerClaimControlNumber: "SBX0000000001",
        patientControlNumber: "RC1001", totalCharge: 131_509, serviceDate: Fixtures.date("20261110"))
    static let lab = Inquiry.Claim(
        provider: clinic, subscriber: subscriber, trace: "RC1002-1", patientControlNumber: "RC1002", totalCharge: 5_000,
        serviceDate: Fixtures.date("20261101"), serviceEndDate: Fixtures.date("20261103"),
        serviceLines: [
            ClaimStatusServiceLine(
                procedure: RemittanceProcedure(code: "80053"), chargeAmount: 5_000, units: X12Decimal(significand: 1),
                lineItemControlNumber: "L1", serviceDate: Fixtures.date("20261101"))
        ])
    static let childVisit = Inquiry.Claim(
        provider: doctor, subscriber: parent, dependent: child, trace: "RC1003-1", patientControlNumber: "RC1003",
        totalCharge: 9_200, serviceDate: Fixtures.date("20261112"))

    static let inquiry = Inquiry(
        reference: "STATUS0001", creationDate: today, creationTime: "0900", source: payer, receiver: submitter,
        claims: [visit, lab, childVisit])

    static func text(for inquiry: Inquiry) throws -> String {
        var numbers = ControlNumbers(interchange: 7, group: 7, transactionSet: 7)
        return try X12Writer(lineBreaks: true).text(for: inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    static func text(for response: Response) throws -> String {
        var numbers = ControlNumbers(interchange: 8, group: 8, transactionSet: 8)
        return try X12Writer(lineBreaks: true).text(for: response.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    /// The payer's answer to ``inquiry``: the visit paid, the lab denied with a paid line of 0, the
    /// child's visit not found.
    static var response: Response {
        var response = Response(answering: inquiry, reference: "ANSWER0001", creationDate: today, creationTime: "1300")
        response.claims[0].statuses = [
            ClaimStatus(
                .init(category: "F1", code: "1"), date: today, amount: 131_509, paidAmount: 25_994, adjudicationDate: today,
                remittanceDate: today, remittanceTrace: "SBX000000001")
        ]
        response.claims[1].statuses = [
            ClaimStatus(.init(category: "F2", code: "88", entity: "QC"), date: today, amount: 5_000, paidAmount: 0,
                        additionalCodes: [.init(category: "F2", code: "1")])
        ]
        response.claims[1].serviceLines = [
            ClaimStatusServiceLine(
                procedure: RemittanceProcedure(code: "80053"), chargeAmount: 5_000, paidAmount: 0, units: X12Decimal(significand: 1),
                statuses: [ClaimStatus(.init(category: "F2", code: "88"), date: today)], lineItemControlNumber: "L1",
                serviceDate: Fixtures.date("20261101"))
        ]
        response.claims[2].statuses = [ClaimStatus(.init(category: "A4", code: "35"), date: today)]
        return response
    }

    // MARK: - 276

    @Test func a276WithSeveralClaimsAndADependentReadsBackAsWritten() throws {
        let text = try Self.text(for: Self.inquiry)
        let read = try Inquiry.inquiries(in: X12Interchange(parsing: text))
        #expect(read == [Self.inquiry], "the 276 reads back differently:\n\(text)")
        #expect(read.first?.claims.map(\.patient.lastName) == ["RIVERA", "RIVERA", "DOE"])
    }

    @Test func a276IsWrittenAsTheGuideShowsIt() throws {
        let text = try Self.text(for: Self.inquiry)
        let expected = """
            GS*HR*NORTHCLINIC*60054*20261129*0900*8*X*005010X212~
            ST*276*0008*005010X212~
            BHT*0010*13*STATUS0001*20261129*0900~
            HL*1**20*1~
            NM1*PR*2*AETNA*****PI*60054~
            HL*2*1*21*1~
            NM1*41*2*NORTH CLINIC*****46*NORTHCLINIC~
            HL*3*2*19*1~
            NM1*1P*2*NORTH CLINIC*****XX*1245319599~
            HL*4*3*22*0~
            DMG*D8*19840309*F~
            NM1*IL*1*RIVERA*ANA****MI*W100000008~
            TRN*1*RC1001-1~
            REF*1K*SBX0000000001~
            REF*EJ*RC1001~
            AMT*T3*1315.09~
            DTP*472*D8*20261110~
            TRN*1*RC1002-1~
            REF*EJ*RC1002~
            AMT*T3*50~
            DTP*472*RD8*20261101-20261103~
            SVC*HC:80053*50*****1~
            REF*FJ*L1~
            DTP*472*D8*20261101~
            HL*5*2*19*1~
            NM1*1P*1*SMITH*JOHN****XX*1003000126~
            HL*6*5*22*1~
            NM1*IL*1*DOE*JOHN****MI*W200000001~
            HL*7*6*23~
            DMG*D8*20150704*M~
            NM1*QC*1*DOE*SAM~
            TRN*1*RC1003-1~
            REF*EJ*RC1003~
            AMT*T3*92~
            DTP*472*D8*20261112~
            SE*35*0008~
            """
        #expect(text.contains(expected), "the 276 differs from the guide's layout:\n\(text)")
    }

    @Test func claimsOfOneSubscriberInterleavedWithOthersAreGroupedUnderOneLevel() throws {
        var inquiry = Self.inquiry
        inquiry.claims = [Self.visit, Self.childVisit, Self.lab]
        let text = try Self.text(for: inquiry)
        #expect(text.components(separatedBy: "NM1*IL*1*RIVERA").count == 2, "one 2000D for RIVERA:\n\(text)")
        let read = try #require(try Inquiry.inquiries(in: X12Interchange(parsing: text)).first)
        #expect(read.claims == [Self.visit, Self.lab, Self.childVisit])
    }

    @Test(arguments: [
        "a dependent without a date of birth", "a subscriber without a member id", "an empty trace number", "no claim",
        "a provider without an id",
    ])
    func anIncomplete276IsNotWritten(_ problem: String) throws {
        var inquiry = Self.inquiry
        switch problem {
        case "a dependent without a date of birth": inquiry.claims[2].dependent?.dateOfBirth = nil
        case "a subscriber without a member id": inquiry.claims[0].subscriber.memberID = nil
        case "an empty trace number": inquiry.claims[1].trace = ""
        case "no claim": inquiry.claims = []
        default: inquiry.claims[0].provider.id = nil
        }
        let error = try #require(throws: X12Error.self, "\(problem)") { try Self.text(for: inquiry) }
        #expect(error.code == .invalidValue, "\(problem): \(error)")
    }

    @Test(arguments: [
        ("BHT*0010*13*", "BHT*0010*08*", "BHT", 2, "BHT02 is '08'"),
        ("TRN*1*RC1002-1~", "TRN*2*RC1002-1~", "TRN", 1, "TRN01 is '2'"),
        ("AMT*T3*50~", "AMT*T3*5O~", "AMT", 2, "AMT02 is not a decimal number"),
        ("AMT*T3*92~", "AMT*YU*92~", "TRN", nil, "the claim has no AMT*T3"),
        ("DTP*472*D8*20261110~", "DTP*472*D8*20261131~", "DTP", 3, "DTP03 is not a date"),
        ("HL*7*6*23~", "HL*7*5*23~", "HL", 2, "HL02 names '5', a 2000C service provider"),
        ("NM1*QC*1*DOE*SAM~", "NM1*IL*1*DOE*SAM~", "NM1", 1, "NM101 is 'IL'"),
        ("SVC*HC:80053*50*****1~", "SVC*HC:80053******1~", "SVC", 2, "SVC02 is empty"),
        ("DMG*D8*19840309*F~", "DMG*D8*19840399*F~", "DMG", 2, "DMG02 is not a date"),
    ] as [(String, String, String, Int?, String)])
    func aMalformed276NamesTheSegment(old: String, new: String, segmentID: String, element: Int?, message: String) throws {
        var text = try Self.text(for: Self.inquiry)
        let range = try #require(text.range(of: old), "the fixture has \(old)")
        text.replaceSubrange(range, with: new)
        let error = try #require(throws: X12Error.self) { try Inquiry.inquiries(in: X12Interchange(parsing: text)) }
        #expect(error.location?.segmentID == segmentID && error.location?.elementPosition == element, "\(error)")
        #expect(error.message.hasPrefix(message), "the message is \(error.message)")
    }

    // MARK: - 277

    @Test func a277AnsweringEachClaimReadsBackAsWritten() throws {
        let text = try Self.text(for: Self.response)
        let read = try Response.responses(in: X12Interchange(parsing: text))
        #expect(read == [Self.response], "the 277 reads back differently:\n\(text)")
    }

    @Test func a277EchoesTheInquirysTracesAndSaysPaidDeniedAndNotFound() throws {
        let text = try Self.text(for: Self.response)
        for expected in [
            "GS*HN*NORTHCLINIC*60054*20261129*0900*9*X*005010X212~", "ST*277*0009*005010X212~",
            "BHT*0010*08*ANSWER0001*20261129*1300*DG~", "HL*4*3*22*0~\nNM1*IL*1*RIVERA*ANA****MI*W100000008~\nTRN*2*RC1001-1~",
            "STC*F1:1*20261129**1315.09*259.94*20261129**20261129*SBX000000001~", "REF*1K*SBX0000000001~",
            "STC*F2:88:QC*20261129**50*0*****F2:1~", "SVC*HC:80053*50*0****1~\nSTC*F2:88*20261129~\nREF*FJ*L1~",
            "HL*7*6*23~\nNM1*QC*1*DOE*SAM~\nTRN*2*RC1003-1~\nSTC*A4:35*20261129~",
        ] {
            #expect(text.contains(expected), "the 277 lacks \(expected):\n\(text)")
        }
        #expect(!text.contains("DMG"), "a 277 carries no DMG:\n\(text)")
        let read = try #require(try Response.responses(in: X12Interchange(parsing: text)).first)
        let statuses = read.claims.compactMap(\.statuses.first)
        #expect(statuses.map(\.isFinalized) == [true, true, false] && statuses[2].isRejection)
        #expect(statuses[0].paidAmount == 25_994 && statuses[0].remittanceTrace == "SBX000000001")
        #expect(read.claims.map(\.trace) == Self.inquiry.claims.map(\.trace))
    }

    @Test func a277CAIsNotReadAsAClaimStatusResponse() throws {
        let text = try ClaimAcknowledgmentTests.text(for: ClaimAcknowledgmentTests.cases[0].acknowledgment)
        let error = try #require(throws: X12Error.self) { try Response.responses(in: X12Interchange(parsing: text)) }
        #expect(error.code == .unexpectedTransaction && error.location?.elementName == "ST03", "\(error)")
    }

    @Test func a277WithoutAStatusIsNotWritten() throws {
        var response = Self.response
        response.claims[2].statuses = []
        #expect(throws: X12Error.self) { try Self.text(for: response) }
        response = Self.response
        response.claims[0].statuses[0].date = nil
        #expect(throws: X12Error.self) { try Self.text(for: response) }
    }

    @Test(arguments: [
        ("TRN*2*RC1001-1~", "TRN*1*RC1001-1~", "TRN", 1, "TRN01 is '1'"),
        ("STC*A4:35*20261129~", "STC*A4*20261129~", "STC", 1, "STC01 lacks a category or a status code"),
        ("*259.94*", "*259.945*", "STC", 5, "STC05 has more than 2 decimal places"),
        ("*20261129*SBX000000001~", "*20261199*SBX000000001~", "STC", 8, "STC08 is not a date"),
        ("BHT*0010*08*", "BHT*0085*08*", "BHT", 1, "BHT01 is '0085'"),
        ("NM1*41*2*NORTH CLINIC", "NM1*85*2*NORTH CLINIC", "NM1", 1, "NM101 is '85'"),
        ("TRN*2*RC1003-1~\nSTC*A4:35*20261129~", "TRN*2*RC1003-1~", "TRN", nil, "the claim has no STC"),
    ] as [(String, String, String, Int?, String)])
    func aMalformed277NamesTheSegment(old: String, new: String, segmentID: String, element: Int?, message: String) throws {
        var text = try Self.text(for: Self.response)
        let range = try #require(text.range(of: old), "the fixture has \(old)")
        text.replaceSubrange(range, with: new)
        text = Self.recounted(text)
        let error = try #require(throws: X12Error.self) { try Response.responses(in: X12Interchange(parsing: text)) }
        #expect(error.location?.segmentID == segmentID && error.location?.elementPosition == element, "\(error)")
        #expect(error.message.hasPrefix(message), "the message is \(error.message)")
    }

    /// `text` with SE01 counting its segments again, after a test removed one.
    static func recounted(_ text: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("ST*") }),
            let end = lines.firstIndex(where: { $0.hasPrefix("SE*") })
        else { return text }
        var fixed = lines
        let control = lines[end].split(separator: "*")[2]
        fixed[end] = "SE*\(end - start + 1)*\(control)"
        return fixed.joined(separator: "\n") + (text.hasSuffix("\n") ? "\n" : "")
    }
}
