import Foundation
import Testing
import X12

struct ClaimAcknowledgmentTests {
    typealias Ack = ClaimAcknowledgment
    typealias Fixtures = RemittanceFixtures

    static let today = Fixtures.date("20261102")
    static let envelope = X12Envelope(
        senderID: "CLEARHOUSE01", receiverID: "NORTHCLINIC", date: today, time: "1400", usage: .test)

    static func accepted(_ amount: Int64) -> Ack.Status {
        Ack.Status(Ack.Status.Code(category: "A1", code: "20"), date: today, action: .workQueue, amount: amount)
    }

    static let rejected = Ack.Status(
        Ack.Status.Code(category: "A3", code: "21", entity: "85"), date: today, action: .unprocessed, amount: 12_000,
        additionalCodes: [Ack.Status.Code(category: "A3", code: "562", entity: "85")], message: "BILLING NPI INVALID")

    static func acknowledgment(claims: [Ack.Claim], clearinghouse: Bool = true) -> Ack {
        let accepted = claims.filter { !$0.isRejected }
        let acceptedAmount = accepted.compactMap { $0.statuses.first?.amount }.reduce(0, +)
        let rejectedAmount = claims.filter(\.isRejected).compactMap { $0.statuses.first?.amount }.reduce(0, +)
        let totals = Ack.Totals(
            acceptedCount: accepted.count, rejectedCount: claims.count - accepted.count, acceptedAmount: acceptedAmount,
            rejectedAmount: rejectedAmount)
        return Ack(
            reference: "ACK0001", creationDate: today, creationTime: "1400",
            source: PartyName(organization: "NORTH CLEARINGHOUSE", idQualifier: "46", id: "CLEARHOUSE01"),
            sourceIsClearinghouse: clearinghouse, sourceTrace: "CH20261102001", receivedDate: today, processedDate: today,
            receiver: PartyName(organization: "NORTH CLINIC", idQualifier: "46", id: "NORTHCLINIC"),
            batchReference: "BATCH0001",
            receiverStatuses: [
                Ack.Status(Ack.Status.Code(category: "A1", code: "19", entity: "PR"), date: today, action: .workQueue,
                           amount: acceptedAmount + rejectedAmount)
            ],
            receiverTotals: totals,
            providers: [
                Ack.Provider(
                    name: PartyName(organization: "NORTH CLINIC", idQualifier: "XX", id: Fixtures.npi),
                    trace: "PROV0001",
                    statuses: [Ack.Status(Ack.Status.Code(category: "A1", code: "19", entity: "85"), action: .workQueue, amount: acceptedAmount + rejectedAmount)],
                    reference: X12Person.Reference(qualifier: "TJ", value: "371234567"),
                    totals: Ack.Totals(acceptedCount: totals.acceptedCount, rejectedCount: totals.rejectedCount,
                                       acceptedAmount: acceptedAmount, rejectedAmount: rejectedAmount),
                    claims: claims)
            ])
    }

    static let acceptedClaim = Ack.Claim(
        patient: PartyName(lastName: "DOE", firstName: "JANE", idQualifier: "MI", id: "W123456789"),
        patientControlNumber: "PCN0001", statuses: [accepted(25_000)], payerClaimControlNumber: "PAYER0001",
        clearinghouseTraceNumber: "CH0001", serviceDate: Fixtures.date("20261101"))
    static let rejectedClaim = Ack.Claim(
        patient: PartyName(lastName: "ROE", firstName: "JOHN", idQualifier: "MI", id: "W987654321"),
        patientControlNumber: "PCN0002", statuses: [rejected], clearinghouseTraceNumber: "CH0002",
        serviceDate: Fixtures.date("20261020"), serviceEndDate: Fixtures.date("20261023"))

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var acknowledgment: ClaimAcknowledgment
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "every claim accepted by the payer", acknowledgment: acknowledgment(claims: [acceptedClaim], clearinghouse: false)),
        Case(name: "one claim accepted and one rejected", acknowledgment: acknowledgment(claims: [acceptedClaim, rejectedClaim])),
    ]

    static func text(for acknowledgment: ClaimAcknowledgment) throws -> String {
        var numbers = ControlNumbers(interchange: 9, group: 9, transactionSet: 9)
        return try X12Writer(lineBreaks: true).text(for: acknowledgment.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    @Test(arguments: cases)
    func aWritten277CAReadsBackAsWritten(_ testCase: Case) throws {
        let text = try Self.text(for: testCase.acknowledgment)
        let read = try Ack.acknowledgments(in: X12Interchange(parsing: text))
        #expect(read == [testCase.acknowledgment], "\(testCase.name) reads back differently:\n\(text)")
    }

    @Test func aRejectionIsWrittenAsTheGuideShowsIt() throws {
        let text = try Self.text(for: Self.cases[1].acknowledgment)
        for expected in [
            "ST*277*0010*005010X214~", "BHT*0085*08*ACK0001*20261102*1400*TH~", "HL*1**20*1~",
            "NM1*AY*2*NORTH CLEARINGHOUSE*****46*CLEARHOUSE01~", "TRN*1*CH20261102001~", "DTP*050*D8*20261102~",
            "DTP*009*D8*20261102~", "HL*2*1*21*1~", "NM1*41*2*NORTH CLINIC*****46*NORTHCLINIC~", "TRN*2*BATCH0001~",
            "STC*A1:19:PR*20261102*WQ*370~", "QTY*90*1~", "QTY*AA*1~", "AMT*YU*250~", "AMT*YY*120~", "HL*3*2*19*1~",
            "NM1*85*2*NORTH CLINIC*****XX*1245319599~", "STC*A1:19:85**WQ*370~", "QTY*QA*1~", "HL*4*3*PT~",
            "TRN*2*PCN0001~", "STC*A1:20*20261102*WQ*250~", "REF*1K*PAYER0001~", "REF*D9*CH0001~", "DTP*472*D8*20261101~",
            "STC*A3:21:85*20261102*U*120******A3:562:85**BILLING NPI INVALID~", "DTP*472*RD8*20261020-20261023~",
        ] {
            #expect(text.contains(expected), "the 277CA lacks \(expected):\n\(text)")
        }
        let read = try #require(try Ack.acknowledgments(in: X12Interchange(parsing: text)).first)
        #expect(read.claims.map(\.isRejected) == [false, true])
        #expect(read.claims[1].statuses[0].additionalCodes.map(\.code) == ["562"])
    }

    @Test(arguments: [
        ("TRN*2*PCN0001~", "TRN*1*PCN0001~", "TRN", 1, "TRN01 is '1'"),
        ("STC*A1:20*20261102*WQ*250~", "STC*A1:20*20261102*ZZ*250~", "STC", 3, "STC03 is 'ZZ'"),
        ("DTP*472*D8*20261101~", "DTP*472*D8*20261131~", "DTP", 3, "DTP03 is not a date"),
        ("HL*4*3*PT~", "HL*4*9*PT~", "HL", 2, "HL02 names parent '9'"),
        ("AMT*YU*250~", "AMT*YU*2.505~", "AMT", 2, "AMT02 has more than 2 decimal places"),
    ] as [(String, String, String, Int?, String)])
    func aMalformed277CANamesTheSegment(old: String, new: String, segmentID: String, element: Int?, message: String) throws {
        var text = try Self.text(for: Self.cases[1].acknowledgment)
        let range = try #require(text.range(of: old), "the fixture has \(old)")
        text.replaceSubrange(range, with: new)
        let error = try #require(throws: X12Error.self) { try Ack.acknowledgments(in: X12Interchange(parsing: text)) }
        #expect(error.location?.segmentID == segmentID && error.location?.elementPosition == element, "\(error)")
        #expect(error.message.hasPrefix(message), "the message is \(error.message)")
    }

    @Test func every277CAPassesPyx12() throws {
        try RemittanceValidationTests.expectValid(Self.cases.map { ($0.name, try Self.text(for: $0.acknowledgment)) })
    }
}
