/// Splits an X12 interchange into segments, using the delimiters its ISA header declares.
///
/// The reader detects ``delimiters`` from the fixed-width ISA at the start of the input, then hands
/// out one ``X12Segment`` at a time with its ordinal (1-based position; ISA is 1) and the byte offset
/// where it starts. Line breaks and other whitespace after a segment terminator are skipped, and
/// when the terminator is a line feed a carriage return before it is dropped. Element data is decoded
/// as UTF-8 (invalid bytes become U+FFFD). The reader never traps on malformed input: it throws an
/// ``X12Error`` that says where the problem is.
///
/// ```swift
/// var reader = try X12Reader(text: text)
/// while let segment = try reader.next() {
///     print(segment.ordinal!, segment.id)
/// }
/// ```
///
/// The reader checks segment syntax only. ``X12Interchange/init(parsing:)-(String)`` checks the envelope.
/// The ISA segment's elements are never split into components: ISA11 and ISA16 are delimiters.
public struct X12Reader: Sendable {
    /// The delimiters declared by the interchange's ISA segment.
    public let delimiters: X12Delimiters
    private let bytes: [UInt8]
    private var position: Int
    private var ordinal = 0

    /// Prepares to read `bytes`, detecting the delimiters from the ISA header.
    ///
    /// - Throws: ``X12Error`` when the input is empty or its ISA header is not valid.
    public init(bytes: [UInt8]) throws(X12Error) {
        let start = try X12Delimiters.interchangeStart(in: bytes)
        self.delimiters = try X12Delimiters(isaAt: start, in: bytes)
        self.bytes = bytes
        self.position = start
    }

    /// Prepares to read `text`, detecting the delimiters from the ISA header.
    public init(text: String) throws(X12Error) {
        try self.init(bytes: Array(text.utf8))
    }

    /// The next segment, or `nil` at the end of the input.
    ///
    /// - Throws: ``X12Error`` when a segment has no terminator, is empty or has no valid id.
    public mutating func next() throws(X12Error) -> X12Segment? {
        while position < bytes.count, bytes[position].isX12Whitespace, !isDataDelimiter(bytes[position]) {
            position += 1
        }
        guard position < bytes.count else { return nil }
        ordinal += 1
        let start = position
        var location = X12Error.Location(segmentOrdinal: ordinal, byteOffset: start)
        guard let terminator = bytes[start...].firstIndex(of: delimiters.segment) else {
            throw X12Error(
                .truncated,
                "the input ends without a segment terminator \(delimiters.segment.quoted) after byte \(start); "
                    + "expected every segment to end with one",
                at: location)
        }
        position = terminator + 1
        var end = terminator
        if delimiters.segment == 0x0A, end > start, bytes[end - 1] == 0x0D { end -= 1 }
        // One pass over the segment's bytes: the id, then each element as it ends (no array of slices).
        let separator = delimiters.element
        var idEnd = start
        while idEnd < end, bytes[idEnd] != separator { idEnd += 1 }
        let idBytes = bytes[start..<idEnd]
        let id = String(decoding: idBytes, as: UTF8.self)
        guard Self.isValidID(idBytes) else {
            let shown = idBytes.isEmpty ? "an empty id" : idBytes.count <= 3 ? X12Error.quote(id) : "a \(idBytes.count)-character field"
            throw X12Error(
                .invalidSegment,
                "the segment starts with \(shown); expected a segment id of 2 or 3 uppercase letters and digits",
                at: location)
        }
        location.segmentID = id
        let isISA = id == "ISA"
        var elements: [X12Element] = []
        elements.reserveCapacity(isISA ? 16 : 12)
        var fieldStart = idEnd + 1
        var index = fieldStart
        while idEnd < end, index <= end {
            if index == end || bytes[index] == separator {
                let field = bytes[fieldStart..<index]
                elements.append(isISA ? X12Element(String(decoding: field, as: UTF8.self)) : element(field))
                fieldStart = index + 1
            }
            index += 1
        }
        return X12Segment(id, elements, ordinal: ordinal, byteOffset: start)
    }

    /// Reads every remaining segment.
    public mutating func readAll() throws(X12Error) -> [X12Segment] {
        var segments: [X12Segment] = []
        while let segment = try next() { segments.append(segment) }
        return segments
    }

    /// Reads every segment of `text`.
    public static func segments(in text: String) throws(X12Error) -> [X12Segment] {
        var reader = try X12Reader(text: text)
        return try reader.readAll()
    }

    private func isDataDelimiter(_ byte: UInt8) -> Bool {
        byte == delimiters.element || byte == delimiters.component || byte == delimiters.repetition
    }

    private func element(_ field: ArraySlice<UInt8>) -> X12Element {
        // Most fields hold no component or repetition separator: one string, no nested arrays.
        if !field.contains(where: { $0 == delimiters.component || $0 == delimiters.repetition }) {
            return X12Element(String(decoding: field, as: UTF8.self))
        }
        let repetitions: [ArraySlice<UInt8>] =
            if let repetition = delimiters.repetition {
                field.split(separator: repetition, omittingEmptySubsequences: false)
            } else {
                [field]
            }
        return X12Element(
            repetitions: repetitions.map { repetition in
                repetition.split(separator: delimiters.component, omittingEmptySubsequences: false).map {
                    String(decoding: $0, as: UTF8.self)
                }
            })
    }

    static func isValidID(_ id: some Collection<UInt8>) -> Bool {
        guard (2...3).contains(id.count), let first = id.first, (0x41...0x5A).contains(first) else { return false }
        return id.allSatisfy { (0x41...0x5A).contains($0) || $0.isASCIIDigit }
    }
}
