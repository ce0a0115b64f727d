import Foundation
import Testing
import X12

struct ImplementationAcknowledgmentTests {
    typealias Ack = ImplementationAcknowledgment

    static let envelope = X12Envelope(
        senderID: "CLEARHOUSE01", receiverID: "NORTHCLINIC", date: RemittanceFixtures.date("20261102"), time: "1300",
        usage: .test)

    /// A claim group of three sets, as the acknowledged side sent it.
    static let claimGroup = X12FunctionalGroup(
        functionalIdentifier: "HC", senderCode: "NORTHCLINIC", receiverCode: "CLEARHOUSE01", date: "20261102",
        time: "1230", controlNumber: 17, version: "005010X222A1",
        transactionSets: (1...3).map {
            X12TransactionSet(id: "837", controlNumber: $0, implementationReference: "005010X222A1", body: [])
        })

    static let rejection = Ack.SetResponse(
        acknowledging: claimGroup.transactionSets[1], status: .rejected,
        segmentErrors: [
            Ack.SegmentError(
                segmentID: "NM1", position: 8, loopID: "2010", errorCode: "8",
                elementErrors: [
                    Ack.ElementError(position: 9, dataElementReference: "67", errorCode: "7", badValue: "W12"),
                    Ack.ElementError(position: 1, componentPosition: 2, errorCode: "I12"),
                ]),
            Ack.SegmentError(segmentID: "DTP", position: 22, loopID: "2400", errorCode: "3"),
        ],
        errorCodes: ["5"])

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var acknowledgment: ImplementationAcknowledgment
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "every set accepted",
            acknowledgment: Ack(
                acknowledging: claimGroup,
                responses: claimGroup.transactionSets.map { Ack.SetResponse(acknowledging: $0, status: .accepted) })),
        Case(
            name: "one set rejected with segment and element errors",
            acknowledgment: Ack(
                acknowledging: claimGroup,
                responses: [
                    Ack.SetResponse(acknowledging: claimGroup.transactionSets[0], status: .accepted), rejection,
                    Ack.SetResponse(
                        acknowledging: claimGroup.transactionSets[2], status: .acceptedWithErrors,
                        segmentErrors: [Ack.SegmentError(segmentID: "REF", position: 30, loopID: "2300", errorCode: "I4")]),
                ])),
        Case(
            name: "the whole group rejected",
            acknowledgment: Ack(
                functionalIdentifierCode: "HC", groupControlNumber: "17", version: "005010X222A1", setResponses: [],
                groupStatus: .rejected, setsIncluded: 3, setsReceived: 0, setsAccepted: 0, groupErrorCodes: ["4"])),
    ]

    static func text(for acknowledgment: ImplementationAcknowledgment) throws -> String {
        var numbers = ControlNumbers(interchange: 7, group: 7, transactionSet: 7)
        return try X12Writer(lineBreaks: true).text(for: acknowledgment.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    @Test(arguments: cases)
    func aWritten999ReadsBackAsWritten(_ testCase: Case) throws {
        let text = try Self.text(for: testCase.acknowledgment)
        let read = try Ack.acknowledgments(in: X12Interchange(parsing: text))
        #expect(read == [testCase.acknowledgment], "\(testCase.name) reads back differently:\n\(text)")
    }

    @Test func theVerdictsAreCountedFromTheResponses() throws {
        let partial = Self.cases[1].acknowledgment
        #expect(partial.groupStatus == .partiallyAccepted && partial.setsAccepted == 2 && partial.setsReceived == 3)
        #expect(Self.cases[0].acknowledgment.groupStatus == .accepted)
        let errors = Ack(acknowledging: Self.claimGroup, responses: [Ack.SetResponse(acknowledging: Self.claimGroup.transactionSets[0], status: .acceptedWithErrors)])
        #expect(errors.groupStatus == .acceptedWithErrors)
        let none = Ack(acknowledging: Self.claimGroup, responses: [Self.rejection])
        #expect(none.groupStatus == .rejected && none.setsAccepted == 0 && none.setsIncluded == 3)
    }

    @Test func theRejectionIsWrittenAsTheGuideShowsIt() throws {
        let text = try Self.text(for: Self.cases[1].acknowledgment)
        for expected in [
            "ST*999*0008*005010X231A1~", "AK1*HC*17*005010X222A1~", "AK2*837*0002*005010X222A1~", "IK3*NM1*8*2010*8~",
            "IK4*9*67*7*W12~", "IK4*1:2**I12~", "IK3*DTP*22*2400*3~", "IK5*R*5~", "IK5*E~", "AK9*P*3*3*2~",
        ] {
            #expect(text.contains(expected), "the 999 lacks \(expected):\n\(text)")
        }
        #expect(text.contains("GS*FA*CLEARHOUSE01*NORTHCLINIC*20261102*1300*8*X*005010X231A1~"), "\(text)")
    }

    @Test(arguments: [
        ("AK2*837*0002*005010X222A1~", "AK2*837**005010X222A1~", "AK2", 2, "AK202 is empty"),
        ("IK5*R*5~", "", "AK2", nil, "AK2 starts before the previous set response ends"),
        ("AK9*P*3*3*2~", "AK9*Q*3*3*2~", "AK9", 1, "AK901 is 'Q'"),
        ("IK3*NM1*8*2010*8~", "IK3*NM1*X*2010*8~", "IK3", 2, "IK302 is not a count"),
        ("IK4*9*67*7*W12~", "IK4**67*7*W12~", "IK4", 1, "IK401 is not an element position"),
    ] as [(String, String, String, Int?, String)])
    func aMalformed999NamesTheSegment(old: String, new: String, segmentID: String, element: Int?, message: String) throws {
        var text = try Self.text(for: Self.cases[1].acknowledgment).replacingOccurrences(of: "\n", with: "")
        let range = try #require(text.range(of: old), "the fixture has \(old)")
        text.replaceSubrange(range, with: new)
        if new.isEmpty { text = text.replacingOccurrences(of: "SE*15*", with: "SE*14*") }
        let error = try #require(throws: X12Error.self) { try Ack.acknowledgments(in: X12Interchange(parsing: text)) }
        #expect(error.location?.segmentID == segmentID && error.location?.elementPosition == element, "\(error)")
        #expect(error.message.hasPrefix(message), "the message is \(error.message)")
    }

    @Test func every999PassesPyx12() throws {
        try RemittanceValidationTests.expectValid(Self.cases.map { ($0.name, try Self.text(for: $0.acknowledgment)) })
    }
}
