import Testing
import X12

struct X12ReaderTests {
    @Test func segmentsKnowTheirOrdinalAndByteOffset() throws {
        let segments = try X12Reader.segments(in: Samples.standard)
        #expect(segments.map(\.id).prefix(4) == ["ISA", "GS", "ST", "BHT"])
        #expect(segments.count == 24)
        #expect(segments.map(\.ordinal) == Array(1...24).map { Optional($0) })
        #expect(segments[0].byteOffset == 0)
        #expect(segments[1].byteOffset == 106, "GS starts right after the 106-byte ISA")
        #expect(segments[23].byteOffset == Samples.standard.utf8.count - "IEA*2*000000042~".utf8.count)
    }

    @Test("Line breaks and whitespace after terminators are skipped", arguments: ["~", "~\n", "~\r\n", "~ \r\n\t", "~\n\n"])
    func lineBreaksAreTolerated(after terminator: String) throws {
        let text = Samples.standard.split(separator: "~").map { $0 + terminator }.joined()
        let segments = try X12Reader.segments(in: text)
        #expect(segments.count == 24)
        #expect(segments.last?[2] == "000000042", "no whitespace leaks into the last element")
        #expect(segments[1][8] == "005010X279A1")
        #expect(try X12Interchange(parsing: text).functionalGroups.count == 2)
    }

    @Test func aLineFeedTerminatorToleratesCarriageReturns() throws {
        let text = Samples.standard(element: "|", component: ">", repetition: "!", segment: "\n")
            .split(separator: "\n").map { $0 + "\r\n" }.joined()
        let segments = try X12Reader.segments(in: text)
        #expect(segments.count == 24)
        #expect(segments.last?[2] == "000000042")
        #expect(segments[1][8] == "005010X279A1")
    }

    @Test func elementsAreOneBasedAndMissingPositionsReadEmpty() throws {
        let segments = try X12Reader.segments(in: Samples.standard)
        let name = segments[9]  // NM1*IL*1*DOE*JANE****MI*W123456789
        #expect(name.id == "NM1")
        #expect(name[1] == "IL" && name[3] == "DOE" && name[4] == "JANE" && name[5] == "")
        #expect(name[9] == "W123456789")
        #expect(name[0] == "" && name[10] == "" && name[-1] == "" && name[3, 2] == "")
        let service = segments[15]  // SV1*HC:99213:25*125*UN*1
        #expect(service[1] == "HC", "segment[n] is the first component")
        #expect(service.element(1).components == ["HC", "99213", "25"])
        #expect(service[1, 4] == "" && service[1, 0] == "")
        let eligibility = segments[11]  // EQ*30^1^2
        #expect(eligibility.element(1)[1, repetition: 3] == "2")
        #expect(eligibility.element(1)[1, repetition: 4] == "")
    }

    @Test func theISAIsNeverSplitIntoComponents() throws {
        let isa = try X12Reader.segments(in: Samples.standard)[0]
        #expect(isa.elements.count == 16)
        #expect(isa[11] == "^" && isa[16] == ":")
        #expect(isa[6] == "NORTHCLINIC    ")
    }

    @Test("Malformed segments are refused with their place", arguments: [
        ("BHT*0022", "bht*0022", X12Error.Code.invalidSegment,
         "segment 4: the segment starts with 'bht'; expected a segment id of 2 or 3 uppercase letters and digits"),
        ("DMG*D8*19800101*F~", "~", .invalidSegment,
         "segment 11: the segment starts with an empty id; expected a segment id of 2 or 3 uppercase letters and digits"),
        ("IEA*2*000000042~", "IEA*2*000000042", .truncated,
         "segment 24: the input ends without a segment terminator '~' after byte 647; expected every segment to end with one"),
    ])
    func malformedSegments(old: String, new: String, code: X12Error.Code, description: String) {
        let error = #expect(throws: X12Error.self) { try X12Reader.segments(in: Samples.standard(replacing: old, with: new)) }
        #expect(error?.code == code)
        #expect(error?.description == description)
        #expect(error?.location?.byteOffset != nil)
    }
}
