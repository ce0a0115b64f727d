/// Writes X12 interchanges and segments with chosen delimiters.
///
/// Writing an ``X12Interchange`` emits ISA, its TA1s, every group's GS, transaction sets (ST, body,
/// SE) and GE, then IEA. The writer pads the ISA fields to their fixed widths (ISA13 with leading
/// zeros, the rest with trailing spaces), sets ISA11 to the repetition separator (`U` when there is
/// none) and ISA16 to the component separator, and computes SE01, GE01 and IEA01 and the trailer
/// control numbers. Control numbers themselves come from the caller: see ``ControlNumbers``.
///
/// Trailing empty elements and trailing empty components are dropped, as X12 requires. X12 has no
/// escape character, so a value that contains one of the delimiters is refused with
/// ``X12Error/Code/delimiterInData`` rather than written.
///
/// ```swift
/// var numbers = ControlNumbers(interchange: 41, group: 41, transactionSet: 87)
/// let set = X12TransactionSet(id: "270", controlNumber: numbers.nextTransactionSet(),
///                             implementationReference: "005010X279A1", body: body)
/// let group = X12FunctionalGroup(functionalIdentifier: "HS", senderCode: "NORTH", receiverCode: "PAYER01",
///                                date: "20261102", time: "1230", controlNumber: numbers.nextGroup(),
///                                version: "005010X279A1", transactionSets: [set])
/// let interchange = X12Interchange(senderID: "NORTH", receiverID: "PAYER01", date: "261102", time: "1230",
///                                  controlNumber: numbers.nextInterchange(), functionalGroups: [group])
/// let text = try X12Writer(lineBreaks: true).text(for: interchange)
/// ```
public struct X12Writer: Sendable {
    /// The delimiters to write with.
    public var delimiters: X12Delimiters
    /// Whether to put a line feed after each segment terminator (readers skip it). Ignored when the
    /// terminator is itself a line feed.
    public var lineBreaks: Bool

    public init(delimiters: X12Delimiters = .standard, lineBreaks: Bool = false) {
        self.delimiters = delimiters
        self.lineBreaks = lineBreaks
    }

    /// The interchange as text.
    ///
    /// - Throws: ``X12Error`` when a value contains a delimiter, an ISA field is too wide or not
    ///   numeric where it must be, or an element repeats and there is no repetition separator.
    public func text(for interchange: X12Interchange) throws(X12Error) -> String {
        String(decoding: try bytes(for: interchange), as: UTF8.self)
    }

    /// The interchange as bytes; see ``text(for:)-(X12Interchange)``.
    public func bytes(for interchange: X12Interchange) throws(X12Error) -> [UInt8] {
        var segments = [try paddedHeader(interchange.header)] + interchange.acknowledgments
        for group in interchange.functionalGroups {
            segments.append(group.header)
            for set in group.transactionSets { segments += set.segments }
            segments.append(group.trailer)
        }
        var trailer = interchange.trailer
        trailer.elements[1] = X12Element(segments[0][13])
        segments.append(trailer)
        return try bytes(for: segments)
    }

    /// Segments as text, written as they are (an ISA among them is written as given, not padded).
    public func text(for segments: [X12Segment]) throws(X12Error) -> String {
        String(decoding: try bytes(for: segments), as: UTF8.self)
    }

    /// Segments as bytes; see ``text(for:)-([X12Segment])``.
    public func bytes(for segments: [X12Segment]) throws(X12Error) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(segments.count * 40)
        for (index, segment) in segments.enumerated() {
            try append(segment, ordinal: index + 1, to: &output)
        }
        return output
    }

    private func append(_ segment: X12Segment, ordinal: Int, to output: inout [UInt8]) throws(X12Error) {
        var location = X12Error.Location(segmentOrdinal: ordinal, segmentID: segment.id)
        guard X12Reader.isValidID(Array(segment.id.utf8)) else {
            throw X12Error(
                .invalidSegment, "the segment id is not 2 or 3 uppercase letters and digits", at: location)
        }
        output += segment.id.utf8
        let isISA = segment.id == "ISA"
        var elements = segment.elements[...]
        if !isISA {
            while elements.last?.isEmpty == true { elements = elements.dropLast() }
        }
        for (offset, element) in elements.enumerated() {
            location.elementPosition = offset + 1
            output.append(delimiters.element)
            if isISA {
                // ISA11 and ISA16 hold delimiters by design; every other ISA field is plain data.
                let allowed: Set<Int> = [11, 16]
                try appendValue(element.value, checked: !allowed.contains(offset + 1), at: location, to: &output)
                continue
            }
            var repetitions = element.repetitions.map { components in
                var kept = components[...]
                while kept.count > 1, kept.last?.isEmpty == true { kept = kept.dropLast() }
                return kept
            }[...]
            while repetitions.count > 1, repetitions.last?.allSatisfy(\.isEmpty) == true {
                repetitions = repetitions.dropLast()
            }
            if repetitions.count > 1, delimiters.repetition == nil {
                throw X12Error(
                    .invalidValue,
                    "the element repeats \(repetitions.count) times; expected one value, since the delimiters have no repetition separator",
                    at: location)
            }
            for (repetitionIndex, components) in repetitions.enumerated() {
                if repetitionIndex > 0, let repetition = delimiters.repetition { output.append(repetition) }
                for (componentIndex, component) in components.enumerated() {
                    if componentIndex > 0 { output.append(delimiters.component) }
                    try appendValue(component, checked: true, at: location, to: &output)
                }
            }
        }
        output.append(delimiters.segment)
        if lineBreaks, delimiters.segment != 0x0A { output.append(0x0A) }
    }

    private func appendValue(_ value: String, checked: Bool, at location: X12Error.Location, to output: inout [UInt8])
        throws(X12Error)
    {
        if checked, let byte = value.utf8.first(where: delimiters.contains) {
            let role =
                switch byte {
                case delimiters.element: "element separator"
                case delimiters.component: "component separator"
                case delimiters.segment: "segment terminator"
                default: "repetition separator"
                }
            throw X12Error(
                .delimiterInData,
                "the value contains the \(role) \(byte.quoted); X12 has no escaping, so remove it or write with other delimiters",
                at: location)
        }
        output += value.utf8
    }

    /// The ISA with every field padded to its width and ISA11/ISA16 set from the delimiters.
    private func paddedHeader(_ header: X12Segment) throws(X12Error) -> X12Segment {
        guard header.id == "ISA", header.elements.count == 16 else {
            throw X12Error(
                .invalidHeader,
                "the interchange header is \(header.id) with \(header.elements.count) elements; expected ISA with 16",
                at: X12Error.Location(segmentOrdinal: 1, segmentID: header.id))
        }
        var fields: [X12Element] = []
        for (index, width) in ISALayout.widths.enumerated() {
            let field = index + 1
            let location = X12Error.Location(segmentOrdinal: 1, segmentID: "ISA", elementPosition: field)
            var value = header[field]
            switch field {
            case 11: value = String(Unicode.Scalar(delimiters.repetition ?? 0x55))
            case 16: value = String(Unicode.Scalar(delimiters.component))
            case _ where ISALayout.zeroPaddedFields.contains(field):
                guard value.isAllDigits, value.count <= width, Int(value) != 0 else {
                    throw X12Error(
                        .invalidValue,
                        "\(X12Error.quote(value)) is not a control number; expected 1 to 999999999",
                        at: location)
                }
                value = String(repeating: "0", count: width - value.count) + value
            default:
                if ISALayout.numericFields.contains(field), !value.isAllDigits {
                    throw X12Error(.invalidValue, "\(X12Error.quote(value)) is not numeric; expected \(width) digits", at: location)
                }
                let count = value.utf8.count
                guard count <= width else {
                    throw X12Error(
                        .invalidValue, "the value is \(count) characters; at most \(width) fit this fixed-width field",
                        at: location)
                }
                value += String(repeating: " ", count: width - count)
            }
            fields.append(X12Element(value))
        }
        return X12Segment("ISA", fields)
    }
}
