/// JSON text written directly, for the hot paths that record flat string fields (an event's
/// fields, once per posted claim) where `JSONSerialization` with sorted keys costs more than the
/// database insert it feeds: it bridges through `NSDictionary` and sorts keys with a locale.
///
/// Keys sort by Swift's `String` order (Unicode scalar order, byte order for the ASCII keys the
/// project uses), so the same fields always give the same text.
///
/// ```swift
/// JSONText.object(["payer": "AETNA", "amount_cents": "1250"])  // {"amount_cents":"1250","payer":"AETNA"}
/// ```
public enum JSONText {
    /// A JSON object of string fields, keys sorted.
    public static func object(_ fields: [String: String]) -> String {
        var out = "{"
        out.reserveCapacity(16 + fields.count * 24)
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            appendString(key, to: &out)
            out += ":"
            appendString(fields[key]!, to: &out)
        }
        out += "}"
        return out
    }

    /// Appends `value` as a JSON string literal: quotes, backslash and control characters escaped
    /// (`\n`, `\r`, `\t`, else `\u00XX`); everything else as it is, UTF-8.
    public static func appendString(_ value: String, to out: inout String) {
        out += "\""
        var plainStart = value.utf8.startIndex
        var index = plainStart
        let utf8 = value.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out += Substring(utf8[plainStart..<index])
                switch byte {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += Substring(utf8[plainStart..<utf8.endIndex])
        out += "\""
    }
}
