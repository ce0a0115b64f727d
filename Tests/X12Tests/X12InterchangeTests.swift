import Testing
import X12

struct X12InterchangeTests {
    @Test func theEnvelopeIsParsedIntoGroupsAndSets() throws {
        let interchange = try X12Interchange(parsing: Samples.standard)
        #expect(interchange.senderID == "NORTHCLINIC" && interchange.receiverID == "PAYER01")
        #expect(interchange.controlNumber == "000000042" && interchange.version == "00501")
        #expect(interchange.usage == .test)
        #expect(interchange.delimiters == .standard)
        #expect(interchange.functionalGroups.map(\.controlNumber) == ["17", "18"])
        #expect(interchange.functionalGroups.map(\.version) == ["005010X279A1", "005010X222A1"])
        let sets = interchange.functionalGroups.flatMap(\.transactionSets)
        #expect(sets.map(\.id) == ["270", "270", "837"])
        #expect(sets.map(\.controlNumber) == ["0001", "0002", "0003"])
        #expect(sets[0].implementationReference == "005010X279A1")
        #expect(sets[0].body.count == 9 && sets[0].body.first?.id == "BHT" && sets[0].body.last?.id == "EQ")
        #expect(sets[0].trailer == X12Segment("SE", ["11", "0001"]))
        #expect(sets[0].body.first?.ordinal == 4, "body segments keep their ordinal")
        #expect(interchange.functionalGroups[0].trailer == X12Segment("GE", ["2", "17"]))
        #expect(interchange.trailer == X12Segment("IEA", ["2", "000000042"]))
    }

    @Test("Every count and control number mismatch is named precisely", arguments: [
        ("SE*11*0001~", "SE*12*0001~", X12Error.Code.countMismatch,
         "segment 13 (SE), element SE01: count is 12; the transaction set has 11 segments (ST through SE)"),
        ("SE*4*0002~", "SE*3*0002~", .countMismatch,
         "segment 17 (SE), element SE01: count is 3; the transaction set has 4 segments (ST through SE)"),
        ("SE*11*0001~", "SE*11*0009~", .controlNumberMismatch,
         "segment 13 (SE), element SE02: control number is '0009'; expected '0001', the ST02 at segment 3"),
        ("SE*11*0001~", "SE*11~", .controlNumberMismatch,
         "segment 13 (SE), element SE02: control number is ''; expected '0001', the ST02 at segment 3"),
        ("SE*11*0001~", "SE*eleven*0001~", .invalidValue,
         "segment 13 (SE), element SE01: count is 'eleven', not a number; the transaction set has 11 segments (ST through SE)"),
        ("GE*2*17~", "GE*3*17~", .countMismatch,
         "segment 18 (GE), element GE01: count is 3; the functional group has 2 transaction sets"),
        ("GE*1*18~", "GE*2*18~", .countMismatch,
         "segment 23 (GE), element GE01: count is 2; the functional group has 1 transaction set"),
        ("GE*2*17~", "GE*2*99~", .controlNumberMismatch,
         "segment 18 (GE), element GE02: control number is '99'; expected '17', the GS06 at segment 2"),
        ("IEA*2*000000042~", "IEA*1*000000042~", .countMismatch,
         "segment 24 (IEA), element IEA01: count is 1; the interchange has 2 functional groups"),
        ("IEA*2*000000042~", "IEA*2*000000043~", .controlNumberMismatch,
         "segment 24 (IEA), element IEA02: control number is '000000043'; expected '000000042', the ISA13 at segment 1"),
        ("IEA*2*000000042~", "IEA*2*42~", .controlNumberMismatch,
         "segment 24 (IEA), element IEA02: control number is '42'; expected '000000042', the ISA13 at segment 1"),
    ])
    func mismatches(old: String, new: String, code: X12Error.Code, description: String) {
        let error = #expect(throws: X12Error.self) { try X12Interchange(parsing: Samples.standard(replacing: old, with: new)) }
        #expect(error?.code == code)
        #expect(error?.description == description)
    }

    @Test("Segments out of envelope order are refused", arguments: [
        ("SE*4*0002~", "", X12Error.Code.unexpectedSegment,
         "segment 17 (GE): GE comes before the SE of transaction set '0002' (ST at segment 14); expected SE to end the set"),
        ("GE*1*18~", "", .unexpectedSegment,
         "segment 23 (IEA): IEA stands outside a transaction set in the group '18' (GS at segment 19); expected ST or GE"),
        ("GE*2*17~", "GE*2*17~REF*EJ*1~", .unexpectedSegment,
         "segment 19 (REF): REF stands outside a functional group; expected GS or IEA"),
        ("IEA*2*000000042~", "IEA*2*000000042~GS*HC*A*B*20261102*1230*19*X*005010X222A1~", .unexpectedSegment,
         "segment 25 (GS): a segment follows the IEA at segment 24; expected the end of the interchange"),
        ("IEA*2*000000042~", "", .truncated,
         "segment 23 (GE): the input ends without an IEA; expected IEA to end the interchange"),
        ("SE*3*0003~GE*1*18~IEA*2*000000042~", "", .truncated,
         "segment 21 (BHT): the input ends inside transaction set '0003' (ST at segment 20); expected SE, GE and IEA"),
        ("GE*1*18~IEA*2*000000042~", "", .truncated,
         "segment 22 (SE): the input ends inside the group '18' (GS at segment 19); expected GE and IEA"),
        ("ST*837*0003*005010X222A1~", "ST*837~", .invalidValue,
         "segment 20 (ST), element ST02: the transaction set control number is empty; expected 4 to 9 digits"),
    ])
    func envelopeOrder(old: String, new: String, code: X12Error.Code, description: String) {
        let error = #expect(throws: X12Error.self) { try X12Interchange(parsing: Samples.standard(replacing: old, with: new)) }
        #expect(error?.code == code)
        #expect(error?.description == description)
    }

    @Test func anInterchangeWithOnlyAnISAIsTruncated() {
        let error = #expect(throws: X12Error.self) { try X12Interchange(parsing: String(Samples.standard.prefix(106))) }
        #expect(error?.code == .truncated)
        #expect(error?.location?.segmentID == "ISA")
    }

    @Test func interchangeAcknowledgmentsAreKept() throws {
        let text = Samples.standard(replacing: "~GS*HS", with: "~TA1*000000041*261101*1200*A*000~GS*HS")
        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.acknowledgments.map(\.id) == ["TA1"])
        #expect(interchange.functionalGroups.count == 2)
    }

    @Test func anEmptyInterchangeIsValid() throws {
        let isa = String(Samples.standard.prefix(106))
        let interchange = try X12Interchange(parsing: isa + "IEA*0*000000042~")
        #expect(interchange.functionalGroups.isEmpty)
    }
}
