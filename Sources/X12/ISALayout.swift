/// The fixed layout of the ISA segment: 16 fields of fixed width, 106 bytes with the terminator.
enum ISALayout {
    /// The widths of ISA01 through ISA16.
    static let widths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]
    /// The ISA segment's length, from `I` through the segment terminator.
    static let length = 106
    /// The offset of the repetition separator (ISA11) from the start of the ISA.
    static let repetitionOffset = 82
    /// The offset of the component separator (ISA16) from the start of the ISA.
    static let componentOffset = 104
    /// The offset of the segment terminator from the start of the ISA.
    static let terminatorOffset = 105
    /// ISA fields that hold digits only: date, time, version, control number.
    static let numericFields: Set<Int> = [9, 10, 12, 13]

    /// The 1-based field numbers padded with leading zeros rather than trailing spaces.
    static let zeroPaddedFields: Set<Int> = [13]
}

extension UInt8 {
    var isASCIILetterOrDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }

    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }

    /// Carriage return, line feed, space or tab: what may stand between segments.
    var isX12Whitespace: Bool { self == 0x0D || self == 0x0A || self == 0x20 || self == 0x09 }

    /// The byte as a readable quoted character for messages: `'*'`, `'\n'`, `0x1C`.
    var quoted: String {
        switch self {
        case 0x0A: return "'\\n'"
        case 0x0D: return "'\\r'"
        case 0x09: return "'\\t'"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(self)))'"
        default:
            let digits = "0123456789ABCDEF".map { $0 }
            return "0x\(digits[Int(self >> 4)])\(digits[Int(self & 0x0F)])"
        }
    }
}

extension String {
    var isAllDigits: Bool { !isEmpty && utf8.allSatisfy(\.isASCIIDigit) }

    /// The string without trailing spaces (ISA fields are padded with them).
    var droppingTrailingSpaces: String {
        var view = Substring(self)
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
