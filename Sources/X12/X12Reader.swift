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
    /// The input not yet handed out (and, when streaming, the part of a segment read so far).
    private var bytes: [UInt8]
    private var position: Int
    private var ordinal = 0
    /// How many bytes of the input were dropped from the front of ``bytes`` (streaming only), so that
    /// byte offsets count from the start of the whole input.
    private var droppedBytes = 0
    /// Whether ``bytes`` holds the rest of the input; `false` while a stream may still append to it.
    private var isComplete: Bool

    /// Prepares to read `bytes`, detecting the delimiters from the ISA header.
    ///
    /// - Throws: ``X12Error`` when the input is empty or its ISA header is not valid.
    public init(bytes: [UInt8]) throws(X12Error) {
        try self.init(bytes: bytes, isComplete: true)
    }

    /// Prepares to read `text`, detecting the delimiters from the ISA header.
    public init(text: String) throws(X12Error) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Prepares to read input that may continue: `bytes` must hold the whole ISA (or all the input);
    /// give the rest with ``append(_:)`` when ``nextSegment()`` asks for it.
    init(bytes: [UInt8], isComplete: Bool) throws(X12Error) {
        let start = try X12Delimiters.interchangeStart(in: bytes)
        self.delimiters = try X12Delimiters(isaAt: start, in: bytes)
        self.bytes = bytes
        self.position = start
        self.isComplete = isComplete
    }

    /// The next segment, or `nil` at the end of the input.
    ///
    /// - Throws: ``X12Error`` when a segment has no terminator, is empty or has no valid id.
    public mutating func next() throws(X12Error) -> X12Segment? {
        switch try nextSegment() {
        case .segment(let segment): segment
        case .end, .needsInput: nil
        }
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

    // MARK: - Streaming

    /// What ``nextSegment()`` found.
    enum Scan {
        case segment(X12Segment)
        /// The input read so far ends inside a segment: ``append(_:)`` more, or ``finishInput()``.
        case needsInput
        case end
    }

    /// Adds the next piece of a streamed input, dropping the bytes already handed out.
    mutating func append(_ chunk: some Collection<UInt8>) {
        if position > 0 {
            bytes.removeSubrange(0..<position)
            droppedBytes += position
            position = 0
        }
        bytes.append(contentsOf: chunk)
    }

    /// Marks the input as complete: a segment without a terminator is now an error.
    mutating func finishInput() {
        isComplete = true
    }

    /// The next segment; `.needsInput` when the input may continue and no whole segment is left.
    mutating func nextSegment() throws(X12Error) -> Scan {
        let delimiters = delimiters
        let isComplete = isComplete
        let droppedBytes = droppedBytes
        var position = position
        var ordinal = ordinal
        defer {
            self.position = position
            self.ordinal = ordinal
        }
        return try bytes.withUnsafeBufferPointer { (bytes) throws(X12Error) -> Scan in
            let count = bytes.count
            while position < count, bytes[position].isX12Whitespace, !delimiters.isDataDelimiter(bytes[position]) {
                position += 1
            }
            guard position < count else { return isComplete ? .end : .needsInput }
            let start = position
            var terminator = start
            while terminator < count, bytes[terminator] != delimiters.segment { terminator += 1 }
            guard terminator < count else {
                guard isComplete else { return .needsInput }
                ordinal += 1
                throw X12Error(
                    .truncated,
                    "the input ends without a segment terminator \(delimiters.segment.quoted) after byte "
                        + "\(droppedBytes + start); expected every segment to end with one",
                    at: X12Error.Location(segmentOrdinal: ordinal, byteOffset: droppedBytes + start))
            }
            ordinal += 1
            position = terminator + 1
            var end = terminator
            if delimiters.segment == 0x0A, end > start, bytes[end - 1] == 0x0D { end -= 1 }
            return .segment(
                try Self.segment(bytes[start..<end], in: bytes, delimiters: delimiters, ordinal: ordinal,
                    byteOffset: droppedBytes + start))
        }
    }

    // MARK: - Splitting one segment

    /// The segment whose bytes (without the terminator) are `range` of `bytes`.
    private static func segment(
        _ range: Slice<UnsafeBufferPointer<UInt8>>, in bytes: UnsafeBufferPointer<UInt8>, delimiters: X12Delimiters,
        ordinal: Int, byteOffset: Int
    ) throws(X12Error) -> X12Segment {
        let start = range.startIndex
        let end = range.endIndex
        let separator = delimiters.element
        var idEnd = start
        var separators = 0
        while idEnd < end, bytes[idEnd] != separator { idEnd += 1 }
        let idBytes = UnsafeBufferPointer(rebasing: bytes[start..<idEnd])
        guard isValidID(idBytes) else {
            let id = String(decoding: idBytes, as: UTF8.self)
            let shown = idBytes.isEmpty ? "an empty id" : idBytes.count <= 3 ? X12Error.quote(id) : "a \(idBytes.count)-character field"
            throw X12Error(
                .invalidSegment,
                "the segment starts with \(shown); expected a segment id of 2 or 3 uppercase letters and digits",
                at: X12Error.Location(segmentOrdinal: ordinal, byteOffset: byteOffset))
        }
        let id = String(decoding: idBytes, as: UTF8.self)
        for index in idEnd..<end where bytes[index] == separator { separators += 1 }
        // ISA11 and ISA16 are delimiters: the ISA's fields are never split into components.
        let isISA = idBytes.count == 3 && idBytes[0] == 0x49 && idBytes[1] == 0x53 && idBytes[2] == 0x41
        var elements: [X12Element] = []
        elements.reserveCapacity(separators)
        var fieldStart = idEnd + 1
        var isStructured = false
        var index = fieldStart
        // One pass over the bytes: each element is made as it ends, as a plain string unless it holds
        // a component or repetition separator.
        while idEnd < end, index <= end {
            if index == end || bytes[index] == separator {
                let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<index])
                elements.append(
                    isStructured && !isISA
                        ? structuredElement(field, delimiters: delimiters) : X12Element(String(decoding: field, as: UTF8.self)))
                fieldStart = index + 1
                isStructured = false
            } else if delimiters.isStructuring(bytes[index]) {
                isStructured = true
            }
            index += 1
        }
        return X12Segment(id, elements, ordinal: ordinal, byteOffset: byteOffset)
    }

    /// An element holding component or repetition separators, split in one pass.
    private static func structuredElement(_ field: UnsafeBufferPointer<UInt8>, delimiters: X12Delimiters) -> X12Element {
        var repetitions: [[String]] = []
        var components: [String] = []
        var start = 0
        for index in 0...field.count {
            let isEnd = index == field.count
            guard isEnd || delimiters.isStructuring(field[index]) else { continue }
            components.append(String(decoding: UnsafeBufferPointer(rebasing: field[start..<index]), as: UTF8.self))
            start = index + 1
            if isEnd || field[index] == delimiters.repetition {
                repetitions.append(components)
                components = []
            }
        }
        return X12Element(repetitions: repetitions)
    }

    static func isValidID(_ id: some Collection<UInt8>) -> Bool {
        guard (2...3).contains(id.count), let first = id.first, (0x41...0x5A).contains(first) else { return false }
        return id.allSatisfy { (0x41...0x5A).contains($0) || $0.isASCIIDigit }
    }
}

extension X12Delimiters {
    /// Whether `byte` separates elements, components or repetitions (whitespace that is one of these is data).
    func isDataDelimiter(_ byte: UInt8) -> Bool {
        byte == element || byte == component || byte == repetition
    }

    /// Whether `byte` splits an element into components or repetitions.
    func isStructuring(_ byte: UInt8) -> Bool {
        byte == component || byte == repetition
    }
}
