/// How much room a label takes on a chart, and labels cut to the room they have.
///
/// SVG text cannot wrap or shrink itself, and the chart is laid out here rather than in a browser,
/// so widths are estimated from the per-character advances of DejaVu Sans (the charts' first font,
/// and wider than the usual fallbacks), rounded up; a label estimated too wide is cut with an
/// ellipsis and its full text goes in a `<title>` tooltip, so nothing is lost, only folded.
enum ChartText {
    static let ellipsis = "…"

    /// The estimated width of `text` at `fontSize` in DejaVu Sans, slightly generous.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + advance($1) }
        return ems * fontSize * (bold ? 1.1 : 1.0)
    }

    /// `text` if it fits in `maxWidth`, otherwise its longest prefix that fits with "…" after it.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            while characters.last?.isWhitespace == true { characters.removeLast() }
            let candidate = String(characters) + ellipsis
            if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth { return candidate }
        }
        return ellipsis
    }

    /// A month label as two lines, `"2026-07"` → `("Jul", "2026")`; `nil` for any other text.
    static func monthParts(_ label: String) -> (month: String, year: String)? {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts[0].allSatisfy(\.isNumber), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        return (monthNames[month - 1], String(parts[0]))
    }

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The advance of one character in ems: DejaVu Sans Book's own advances for printable ASCII
    /// (plus 3%, for hinting and for fonts that fall back wider), 1 em for anything else.
    private static func advance(_ scalar: Unicode.Scalar) -> Double {
        let value = Int(scalar.value)
        guard (32...126).contains(value) else {
            switch scalar {
            case "–": return 0.52
            case "·", "×", "÷": return 0.86
            default: return 1.0
            }
        }
        return asciiAdvances[value - 32] * 1.03
    }

    /// DejaVu Sans Book advances in ems (2048 units per em), from space (32) to tilde (126).
    private static let asciiAdvances: [Double] = [
        0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318, 0.361, 0.318, 0.337,
        0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
        1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
        0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500,
        0.500, 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
        0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
    ]
}
