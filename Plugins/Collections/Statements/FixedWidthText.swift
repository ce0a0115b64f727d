import RevCycleHost

/// Fixed-width layout for letters and terminals: word wrapping, right-aligned amounts, boxes.
///
/// Widths count characters (grapheme clusters), which is what a monospaced letter printer advances
/// by for the Latin text on a statement. No line it returns is longer than the width it was given:
/// a word longer than the width (a long link) is cut across lines rather than run past the margin.
enum FixedWidthText {
    /// The text's words laid out greedily in lines of at most `width` characters (see ``TextWrapping``).
    static func wrap(_ text: String, width: Int) -> [String] { TextWrapping.lines(text, width: width) }

    /// `text` padded with spaces on the right to `width` characters.
    static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` padded with spaces on the left to `width` characters (right-aligned).
    static func rightAligned(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// A label and an amount on one line, the amount's last character at column `width`; a long
    /// label wraps onto following lines, indented two more, so the amount stays on the first line
    /// where the label starts.
    static func amountRow(_ label: String, _ amount: String, width: Int, indent: Int = 0, amountWidth: Int = 16) -> [String] {
        let labelWidth = width - indent - amountWidth - 1
        let labelLines = wrap(label, width: labelWidth)
        let margin = String(repeating: " ", count: indent)
        var lines = [margin + padded(labelLines[0], to: labelWidth) + " " + rightAligned(amount, to: amountWidth)]
        for continuation in labelLines.dropFirst() {
            lines.append(margin + "  " + continuation)
        }
        return lines
    }

    /// Lines of text inside a box drawn with `edge` characters, `width` wide in all.
    static func boxed(_ lines: [String], width: Int, edge: Character = "|", rule: Character = "-", corner: Character = "+")
        -> [String]
    {
        let inner = width - 4
        let border = String(corner) + String(repeating: rule, count: width - 2) + String(corner)
        return [border] + lines.map { "\(edge) " + padded($0, to: inner) + " \(edge)" } + [border]
    }

    /// Two blocks side by side, the right block's lines right-aligned to `width`; stacked instead
    /// when a pair of lines would not fit with at least two spaces between them.
    static func sideBySide(_ left: [String], _ right: [String], width: Int) -> [String] {
        let rows = max(left.count, right.count)
        let fits = (0..<rows).allSatisfy { index in
            let l = index < left.count ? left[index].count : 0
            let r = index < right.count ? right[index].count : 0
            return l + 2 + r <= width
        }
        guard fits else { return left + [""] + right }
        return (0..<rows).map { index in
            let l = index < left.count ? left[index] : ""
            let r = index < right.count ? right[index] : ""
            return l + rightAligned(r, to: width - l.count)
        }
    }
}
