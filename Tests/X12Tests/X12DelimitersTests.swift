import Testing
import X12

struct X12DelimitersTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let element: Character
        let component: Character
        let repetition: Character?
        let segment: Character
        var testDescription: String { "\(element) \(component) \(repetition ?? "U") \(segment.debugDescription)" }
    }

    static let cases = [
        Case(element: "*", component: ":", repetition: "^", segment: "~"),
        Case(element: "|", component: ">", repetition: "!", segment: "\n"),
        Case(element: "|", component: ">", repetition: "!", segment: "~"),
        Case(element: "^", component: "\\", repetition: "{", segment: "'"),
        Case(element: "\u{1D}", component: "\u{1F}", repetition: "\u{1E}", segment: "\u{1C}"),
        Case(element: "*", component: ":", repetition: nil, segment: "~"),
    ]

    @Test("Delimiters come from the ISA header, whatever they are", arguments: cases)
    func delimitersComeFromTheHeader(_ delimiters: Case) throws {
        let text = Samples.standard(
            element: delimiters.element, component: delimiters.component, repetition: delimiters.repetition,
            segment: delimiters.segment)
        let detected = try X12Delimiters(detectingFrom: text)
        #expect(detected.element == delimiters.element.asciiValue)
        #expect(detected.component == delimiters.component.asciiValue)
        #expect(detected.repetition == delimiters.repetition?.asciiValue)
        #expect(detected.segment == delimiters.segment.asciiValue)

        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.functionalGroups.count == 2)
        let service = interchange.functionalGroups[0].transactionSets[1].body[1]
        #expect(service.id == "SV1" && service[1, 2] == "99213" && service[1, 3] == "25", "composite split by ISA16")
        let inquiry = interchange.functionalGroups[0].transactionSets[0].body.last!
        if delimiters.repetition == nil {
            #expect(inquiry[1] == "30U1U2", "without a repetition separator, U is data")
        } else {
            #expect(inquiry.element(1).repetitions == [["30"], ["1"], ["2"]])
        }
    }

    @Test func a4010HeaderHasNoRepetitionSeparator() throws {
        let text = Samples.standard(replacing: "*^*00501*", with: "*U*00401*")
        let delimiters = try X12Delimiters(detectingFrom: text)
        #expect(delimiters.repetition == nil)
        let eligibility = try X12Interchange(parsing: text).functionalGroups[0].transactionSets[0].body.last!
        #expect(eligibility[1] == "30^1^2", "'^' is data when ISA11 is U; got \(eligibility[1])")
        #expect(eligibility.element(1).repetitions.count == 1)
    }

    @Test("A short or missing header is refused, naming what is wrong", arguments: [
        (0, X12Error.Code.emptyInput, "the input is empty; expected an X12 interchange starting with ISA"),
        (2, .invalidHeader, "byte 0: the input does not start with ISA; expected an X12 interchange header"),
        (3, .invalidHeader, "segment 1 (ISA): the ISA segment is cut short after 3 bytes; it is 106 bytes long"),
        (40, .invalidHeader, "segment 1 (ISA), element ISA06: the ISA segment is cut short after 40 bytes; it is 106 bytes long"),
        (105, .invalidHeader, "segment 1 (ISA), element ISA16: the ISA segment is cut short after 105 bytes; it is 106 bytes long"),
    ])
    func truncatedHeaders(length: Int, code: X12Error.Code, description: String) {
        let text = String(Samples.standard.prefix(length))
        let error = #expect(throws: X12Error.self) { try X12Interchange(parsing: text) }
        #expect(error?.code == code)
        #expect(error?.description == description)
    }

    @Test("Headers that are not fixed width or declare unusable delimiters are refused", arguments: [
        ("*ZZ*NORTHCLINIC    *", "*ZZ*NORTHCLINIC*",
         "segment 1 (ISA), element ISA06: ISA06 is 11 characters wide; ISA fields have fixed widths and this one is 15 (pad with spaces)"),
        ("*T*:~", "*T*~~", "segment 1 (ISA): the segment terminator and the component separator are both '~'; expected four different characters"),
        ("*T*:~", "*T*A~", "segment 1 (ISA): the component separator is 'A'; expected an ASCII character that is not a letter, digit or space"),
        ("*1230*^*", "*1230***", "segment 1 (ISA), element ISA11: ISA11 is 0 characters wide; ISA fields have fixed widths and this one is 1 (pad with spaces)"),
        ("*1230*^*", "*1230*:*", "segment 1 (ISA): the repetition separator and the component separator are both ':'; expected four different characters"),
        ("*PAYER01        *", "*PAYER:1        *",
         "segment 1 (ISA), element ISA08: the field holds the component separator ':' at byte 59; expected no delimiters in ISA data"),
        ("NORTHCLINIC    ", "NORTHCLINI\u{C9}   ",
         "segment 1 (ISA): the ISA segment holds the non-ASCII byte 0xC3 at byte 45; expected ASCII only"),
        ("*000000042*", "*00000004X*", "segment 1 (ISA), element ISA13: '00000004X' is not numeric; expected a nine-digit control number"),
    ])
    func badHeaders(old: String, new: String, description: String) {
        let error = #expect(throws: X12Error.self) { try X12Interchange(parsing: Samples.standard(replacing: old, with: new)) }
        #expect(error?.description == description)
    }

    @Test func leadingWhitespaceAndAByteOrderMarkAreSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\r\n  ".utf8) + Array(Samples.standard.utf8)
        let segments = try X12Reader(bytes: bytes).readAllSegments()
        #expect(segments.first?.byteOffset == 7)
        #expect(segments.count == 24)
    }

    @Test("Writers refuse delimiters that cannot work", arguments: [
        ("*", "*", "^", "~"), ("*", ":", "^", "A"), ("*", ":", " ", "~"), ("\n", ":", "^", "~"), ("*", ":", "^", "é"),
    ] as [(Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)])
    func unusableDelimiters(element: Unicode.Scalar, component: Unicode.Scalar, repetition: Unicode.Scalar, segment: Unicode.Scalar) {
        let error = #expect(throws: X12Error.self) {
            try X12Delimiters(element: element, component: component, repetition: repetition, segment: segment)
        }
        #expect(error?.code == .invalidDelimiters)
    }
}

extension X12Reader {
    /// `readAll()` on a copy, so tests can chain it.
    func readAllSegments() throws(X12Error) -> [X12Segment] {
        var reader = self
        return try reader.readAll()
    }
}
