/// The four characters that structure an X12 interchange, as its ISA segment declares them.
///
/// An interchange names its own delimiters: the element separator is the ISA's 4th byte, the
/// repetition separator is ISA11, the component separator is ISA16 and the segment terminator is the
/// byte after ISA16. Never assume `*`, `:` and `~`. In version 4010 and earlier ISA11 is `U` (a
/// standards identifier), not a separator; ``repetition`` is then `nil`.
///
/// ```swift
/// let delimiters = try X12Delimiters(detectingFrom: text)
/// let custom = try X12Delimiters(element: "|", component: ">", repetition: "!", segment: "\n")
/// ```
public struct X12Delimiters: Sendable, Hashable, CustomStringConvertible {
    /// Separates the elements of a segment (`*`).
    public let element: UInt8
    /// Separates the components of a composite element (`:`, ISA16).
    public let component: UInt8
    /// Separates repetitions of an element (`^`, ISA11); `nil` when ISA11 is not a separator (4010 `U`).
    public let repetition: UInt8?
    /// Ends each segment (`~`, the byte after ISA16).
    public let segment: UInt8

    /// `*`, `:`, `^` and `~`: the delimiters most 5010 trading partners use.
    public static let standard = X12Delimiters(uncheckedElement: 0x2A, component: 0x3A, repetition: 0x5E, segment: 0x7E)

    /// Delimiters chosen by a writer.
    ///
    /// - Throws: ``X12Error/Code/invalidDelimiters`` when a delimiter is not a single ASCII
    ///   character, is a letter, digit or space, is CR or LF (except as the segment terminator), or
    ///   repeats another.
    public init(element: Unicode.Scalar, component: Unicode.Scalar, repetition: Unicode.Scalar?, segment: Unicode.Scalar)
        throws(X12Error)
    {
        func byte(_ scalar: Unicode.Scalar, _ role: String) throws(X12Error) -> UInt8 {
            guard scalar.isASCII else {
                throw X12Error(.invalidDelimiters, "the \(role) is not an ASCII character; X12 delimiters are single bytes")
            }
            return UInt8(scalar.value)
        }
        try self.init(
            checkingElement: byte(element, "element separator"), component: byte(component, "component separator"),
            repetition: repetition.map { (scalar) throws(X12Error) in try byte(scalar, "repetition separator") },
            segment: byte(segment, "segment terminator"), location: nil)
    }

    init(uncheckedElement element: UInt8, component: UInt8, repetition: UInt8?, segment: UInt8) {
        self.element = element
        self.component = component
        self.repetition = repetition
        self.segment = segment
    }

    init(checkingElement element: UInt8, component: UInt8, repetition: UInt8?, segment: UInt8, location: X12Error.Location?)
        throws(X12Error)
    {
        let roles: [(String, UInt8?)] = [
            ("element separator", element), ("component separator", component), ("repetition separator", repetition),
            ("segment terminator", segment),
        ]
        var seen: [UInt8: String] = [:]
        for case let (role, byte?) in roles {
            if byte >= 0x80 || byte.isASCIILetterOrDigit || byte == 0x20 {
                throw X12Error(
                    .invalidDelimiters,
                    "the \(role) is \(byte.quoted); expected an ASCII character that is not a letter, digit or space",
                    at: location)
            }
            if (byte == 0x0A || byte == 0x0D) && role != "segment terminator" {
                throw X12Error(
                    .invalidDelimiters, "the \(role) is \(byte.quoted); only the segment terminator may be a line break",
                    at: location)
            }
            if let other = seen[byte] {
                throw X12Error(
                    .invalidDelimiters,
                    "the \(role) and the \(other) are both \(byte.quoted); expected four different characters",
                    at: location)
            }
            seen[byte] = role
        }
        self.init(uncheckedElement: element, component: component, repetition: repetition, segment: segment)
    }

    /// Detects the delimiters from the ISA segment at the start of `text`.
    ///
    /// - Throws: ``X12Error`` when the input is empty or does not start with a valid fixed-width ISA.
    public init(detectingFrom text: String) throws(X12Error) {
        try self.init(detectingFrom: Array(text.utf8))
    }

    /// Detects the delimiters from the ISA segment at the start of `bytes` (after any whitespace or
    /// UTF-8 byte order mark).
    ///
    /// - Throws: ``X12Error`` when the input is empty or does not start with a valid fixed-width ISA.
    public init(detectingFrom bytes: [UInt8]) throws(X12Error) {
        try self.init(isaAt: Self.interchangeStart(in: bytes), in: bytes)
    }

    /// The offset of the first byte after leading whitespace and a UTF-8 byte order mark.
    static func interchangeStart(in bytes: [UInt8]) throws(X12Error) -> Int {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, bytes[start].isX12Whitespace { start += 1 }
        guard start < bytes.count else {
            throw X12Error(.emptyInput, "the input is empty; expected an X12 interchange starting with ISA")
        }
        return start
    }

    /// Reads and checks the fixed-width ISA header that starts at `start`.
    init(isaAt start: Int, in bytes: [UInt8]) throws(X12Error) {
        let isaLocation = X12Error.Location(segmentOrdinal: 1, segmentID: "ISA", byteOffset: start)
        let available = bytes.count - start
        guard available >= 3, bytes[start] == 0x49, bytes[start + 1] == 0x53, bytes[start + 2] == 0x41 else {
            throw X12Error(
                .invalidHeader, "the input does not start with ISA; expected an X12 interchange header",
                at: X12Error.Location(byteOffset: start))
        }
        guard available > 3 else {
            throw X12Error(
                .invalidHeader, "the ISA segment is cut short after 3 bytes; it is \(ISALayout.length) bytes long",
                at: isaLocation)
        }
        let element = bytes[start + 3]
        // Walk ISA01...ISA15: each field has a fixed width and is followed by the element separator.
        var position = start + 4
        for (index, width) in ISALayout.widths.enumerated() where index < 15 {
            let field = index + 1
            var location = isaLocation
            location.elementPosition = field
            var actual = 0
            while position + actual < bytes.count, actual <= width + 40, bytes[position + actual] != element {
                actual += 1
            }
            guard actual == width, position + actual < bytes.count else {
                if position + actual >= bytes.count {
                    throw X12Error(
                        .invalidHeader,
                        "the ISA segment is cut short after \(bytes.count - start) bytes; it is \(ISALayout.length) bytes long",
                        at: location)
                }
                let found = position + actual < bytes.count && bytes[position + actual] == element
                let widthText = found ? "is \(actual) characters wide" : "is not followed by the element separator"
                let name = "ISA\(field < 10 ? "0" : "")\(field)"
                throw X12Error(
                    .invalidHeader,
                    "\(name) \(widthText); ISA fields have fixed widths and this one is \(width) (pad with spaces)",
                    at: location)
            }
            position += width + 1
        }
        guard start + ISALayout.length <= bytes.count else {
            var location = isaLocation
            location.elementPosition = 16
            throw X12Error(
                .invalidHeader,
                "the ISA segment is cut short after \(bytes.count - start) bytes; it is \(ISALayout.length) bytes long",
                at: location)
        }
        let component = bytes[start + ISALayout.componentOffset]
        let segment = bytes[start + ISALayout.terminatorOffset]
        let isa11 = bytes[start + ISALayout.repetitionOffset]
        // 4010 and earlier put the standards identifier `U` in ISA11; only a non-alphanumeric is a separator.
        let repetition: UInt8? = (isa11.isASCIILetterOrDigit || isa11 == 0x20) ? nil : isa11
        try self.init(checkingElement: element, component: component, repetition: repetition, segment: segment, location: isaLocation)
        if let offset = bytes[start..<(start + ISALayout.length)].firstIndex(where: { $0 >= 0x80 }) {
            throw X12Error(
                .invalidHeader,
                "the ISA segment holds the non-ASCII byte \(bytes[offset].quoted) at byte \(offset); expected ASCII only",
                at: isaLocation)
        }
        var fieldStart = start + 4
        for (index, width) in ISALayout.widths.enumerated() where index < 15 {
            defer { fieldStart += width + 1 }
            guard index != 10, let offset = bytes[fieldStart..<(fieldStart + width)].firstIndex(where: {
                $0 == component || $0 == repetition
            }) else { continue }
            var location = isaLocation
            location.elementPosition = index + 1
            let role = bytes[offset] == component ? "component separator" : "repetition separator"
            throw X12Error(
                .invalidHeader,
                "the field holds the \(role) \(bytes[offset].quoted) at byte \(offset); expected no delimiters in ISA data",
                at: location)
        }
        if let offset = bytes[start..<(start + ISALayout.terminatorOffset)].firstIndex(of: segment) {
            throw X12Error(
                .invalidHeader,
                "the ISA segment holds the segment terminator \(segment.quoted) at byte \(offset); expected it only after ISA16",
                at: isaLocation)
        }
    }

    /// The delimiters as readable characters: `* : ^ ~`.
    public var description: String {
        [element, component, repetition, segment].map { $0?.quoted ?? "none" }.joined(separator: " ")
    }

    /// Whether `byte` is one of the four delimiters.
    func contains(_ byte: UInt8) -> Bool {
        byte == element || byte == component || byte == segment || byte == repetition
    }
}
