import Testing
import X12

struct X12WriterTests {
    /// A two-group interchange built in code, with numbers from `numbers`.
    static func makeInterchange(_ numbers: inout ControlNumbers, extra: [X12Segment] = []) -> X12Interchange {
        let inquiry = X12TransactionSet(
            id: "270", controlNumber: numbers.nextTransactionSet(), implementationReference: "005010X279A1",
            body: [
                X12Segment("BHT", ["0022", "13", "REF0001", "20261102", "1230"]),
                X12Segment("HL", ["1", "", "20", "1"]),
                X12Segment("NM1", ["IL", "1", "DOE", "JANE", "", "", "", "MI", "W123456789"]),
                X12Segment("EQ", [X12Element(repetitions: [["30"], ["1"]])]),
            ] + extra)
        let claim = X12TransactionSet(
            id: "837", controlNumber: numbers.nextTransactionSet(), implementationReference: "005010X222A1",
            body: [X12Segment("SV1", [X12Element(components: ["HC", "99213", "25"]), "125", "UN", "1"])])
        let groups = [
            X12FunctionalGroup(
                functionalIdentifier: "HS", senderCode: "NORTHCLINIC", receiverCode: "PAYER01", date: "20261102",
                time: "1230", controlNumber: numbers.nextGroup(), version: "005010X279A1", transactionSets: [inquiry]),
            X12FunctionalGroup(
                functionalIdentifier: "HC", senderCode: "NORTHCLINIC", receiverCode: "PAYER01", date: "20261102",
                time: "1230", controlNumber: numbers.nextGroup(), version: "005010X222A1", transactionSets: [claim]),
        ]
        return X12Interchange(
            senderID: "NORTHCLINIC", receiverID: "PAYER01", date: "261102", time: "1230",
            controlNumber: numbers.nextInterchange(), usage: .test, functionalGroups: groups)
    }

    static let delimiterSets: [X12Delimiters] = [
        .standard,
        try! X12Delimiters(element: "|", component: ">", repetition: "!", segment: "\n"),
        try! X12Delimiters(element: "^", component: "\\", repetition: "{", segment: "'"),
        try! X12Delimiters(element: "*", component: ":", repetition: nil, segment: "~"),
    ]

    @Test("Written interchanges read back the same", arguments: delimiterSets, [false, true])
    func roundTrip(delimiters: X12Delimiters, lineBreaks: Bool) throws {
        var numbers = ControlNumbers(interchange: 41, group: 16, transactionSet: 0)
        var original = Self.makeInterchange(&numbers)
        if delimiters.repetition == nil {  // without a repetition separator the EQ cannot repeat
            original.functionalGroups[0].transactionSets[0].body[3] = X12Segment("EQ", ["30"])
        }
        let text = try X12Writer(delimiters: delimiters, lineBreaks: lineBreaks).text(for: original)
        let read = try X12Interchange(parsing: text)
        #expect(read.delimiters == delimiters)
        #expect(read.functionalGroups == original.functionalGroups)
        #expect(read.controlNumber == "000000042")
        #expect(read.senderID == "NORTHCLINIC" && read.receiverID == "PAYER01" && read.usage == .test)
        #expect(read.trailer == X12Segment("IEA", ["2", "000000042"]))
        // Writing what was read gives the same text again.
        #expect(try X12Writer(delimiters: delimiters, lineBreaks: lineBreaks).text(for: read) == text)
    }

    @Test func theISAIsPaddedToItsFixedWidthsAndCountsAreComputed() throws {
        var numbers = ControlNumbers(interchange: 41, group: 16, transactionSet: 0)
        let text = try X12Writer(lineBreaks: true).text(for: Self.makeInterchange(&numbers))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "ISA*00*          *00*          *ZZ*NORTHCLINIC    *ZZ*PAYER01        *261102*1230*^*00501*000000042*0*T*:~")
        #expect(lines[0].utf8.count == 106)
        #expect(lines[1] == "GS*HS*NORTHCLINIC*PAYER01*20261102*1230*17*X*005010X279A1~")
        #expect(lines[2] == "ST*270*0001*005010X279A1~")
        #expect(lines[4] == "HL*1**20*1~")
        #expect(lines[5] == "NM1*IL*1*DOE*JANE****MI*W123456789~")
        #expect(lines[6] == "EQ*30^1~")
        #expect(lines[7] == "SE*6*0001~")
        #expect(lines[8] == "GE*1*17~")
        #expect(lines[11] == "SV1*HC:99213:25*125*UN*1~")
        #expect(lines.suffix(3) == ["SE*3*0002~", "GE*1*18~", "IEA*2*000000042~"])
    }

    @Test func trailingEmptyElementsAndComponentsAreDropped() throws {
        let text = try X12Writer().text(for: [
            X12Segment("NM1", ["IL", "1", "DOE", "", ""]), X12Segment("SV1", [X12Element(components: ["HC", "99213", "", ""]), ""]),
        ])
        #expect(text == "NM1*IL*1*DOE~SV1*HC:99213~")
    }

    @Test func controlNumbersComeFromTheCallerAndWrap() {
        var numbers = ControlNumbers(interchange: ControlNumbers.maximum, group: 7, transactionSet: 0)
        #expect(numbers.nextInterchange() == 1)
        #expect(numbers.nextGroup() == 8)
        #expect(numbers.nextTransactionSet() == 1)
        #expect(numbers == ControlNumbers(interchange: 1, group: 8, transactionSet: 1), "the caller persists the advanced value")
        var fresh = ControlNumbers()
        let interchange = Self.makeInterchange(&fresh)
        #expect(interchange.controlNumber == "000000001")
        #expect(interchange.functionalGroups.map(\.controlNumber) == ["1", "2"])
        #expect(interchange.functionalGroups.flatMap(\.transactionSets).map(\.controlNumber) == ["0001", "0002"])
    }

    @Test("Data containing a delimiter is refused, naming the element", arguments: [
        (X12Element("DOE*JANE"), "element separator '*'"),
        (X12Element("DOE:JANE"), "component separator ':'"),
        (X12Element("DOE^JANE"), "repetition separator '^'"),
        (X12Element("DOE~JANE"), "segment terminator '~'"),
        (X12Element(components: ["HC", "992~13"]), "segment terminator '~'"),
    ])
    func delimitersInDataAreRefused(element: X12Element, role: String) {
        var numbers = ControlNumbers()
        let interchange = Self.makeInterchange(&numbers, extra: [X12Segment("NM1", ["IL", "1", element])])
        let error = #expect(throws: X12Error.self) { try X12Writer().text(for: interchange) }
        #expect(error?.code == .delimiterInData)
        #expect(
            error?.description
                == "segment 8 (NM1), element NM103: the value contains the \(role); X12 has no escaping, so remove it or write with other delimiters"
        )
    }

    @Test("ISA fields that do not fit are refused", arguments: [
        (X12Interchange(senderID: "A-SENDER-ID-THAT-IS-TOO-LONG", receiverID: "R", date: "261102", time: "1230", controlNumber: 1, functionalGroups: []),
         "segment 1 (ISA), element ISA06: the value is 28 characters; at most 15 fit this fixed-width field"),
        (X12Interchange(senderID: "S", receiverID: "R", date: "2026-11-02", time: "1230", controlNumber: 1, functionalGroups: []),
         "segment 1 (ISA), element ISA09: '2026-11-02' is not numeric; expected 6 digits"),
        (X12Interchange(senderID: "S", receiverID: "R", date: "261102", time: "1230", controlNumber: 0, functionalGroups: []),
         "segment 1 (ISA), element ISA13: '000000000' is not a control number; expected 1 to 999999999"),
        (X12Interchange(senderID: "S", receiverID: "R", date: "261102", time: "1230", controlNumber: 1_000_000_000, functionalGroups: []),
         "segment 1 (ISA), element ISA13: '1000000000' is not a control number; expected 1 to 999999999"),
    ])
    func isaFieldsMustFit(interchange: X12Interchange, description: String) {
        let error = #expect(throws: X12Error.self) { try X12Writer().text(for: interchange) }
        #expect(error?.description == description)
    }

    @Test func repetitionsNeedARepetitionSeparator() throws {
        var numbers = ControlNumbers()
        let interchange = Self.makeInterchange(&numbers)
        let writer = X12Writer(delimiters: try X12Delimiters(element: "*", component: ":", repetition: nil, segment: "~"))
        let error = #expect(throws: X12Error.self) { try writer.text(for: interchange) }
        #expect(error?.code == .invalidValue)
        #expect(error?.location?.description == "segment 7 (EQ), element EQ01")
    }

    @Test func a4010InterchangeIsWrittenWithUInISA11() throws {
        let writer = X12Writer(delimiters: try X12Delimiters(element: "*", component: ":", repetition: nil, segment: "~"))
        let interchange = X12Interchange(
            senderID: "S", receiverID: "R", date: "261102", time: "1230", controlNumber: 5, version: "00401", functionalGroups: [])
        let text = try writer.text(for: interchange)
        #expect(text.utf8.count == 106 + "IEA*0*000000005~".utf8.count)
        #expect(Array(text.utf8)[82] == UInt8(ascii: "U"))
        #expect(try X12Delimiters(detectingFrom: text).repetition == nil)
    }
}
