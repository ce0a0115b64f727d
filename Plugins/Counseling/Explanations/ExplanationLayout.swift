import RevCycleHost

/// Fixed-width layout for an explanation printed in a terminal or on a letter: word wrapping and
/// amounts in a right-hand column, as a statement's text letter lays them out.
///
/// Widths count characters (grapheme clusters), so `ó` and `—` count as one column. No line is
/// longer than the width asked for: a word longer than the width is cut across lines. Words joined
/// by ``glue`` (a no-break space) never break apart; ``finished(_:)`` prints the glue as a space.
enum ExplanationLayout {
    /// Joins the words of a date or a phone number so that a line never ends inside one.
    static let glue: Character = "\u{A0}"

    /// `text` with its spaces turned into ``glue``.
    static func glued(_ text: String) -> String {
        String(text.map { $0 == " " ? glue : $0 })
    }

    /// The lines as printed: glue shown as spaces, no trailing spaces, one newline after each.
    static func finished(_ lines: [String]) -> String {
        lines.map { line in
            var printed = String(line.map { $0 == glue ? " " : $0 })
            while printed.last == " " { printed.removeLast() }
            return printed
        }.joined(separator: "\n") + "\n"
    }

    /// The text's words laid out greedily in lines of at most `width` characters (see ``TextWrapping``).
    static func wrap(_ text: String, width: Int) -> [String] { TextWrapping.lines(text, width: width) }

    /// A paragraph wrapped to `width`, starting `indent` columns in, its following lines `hanging`
    /// columns further in (a bullet's text under its first word).
    static func paragraph(_ text: String, width: Int, indent: Int = 0, hanging: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        let hangingMargin = String(repeating: " ", count: indent + hanging)
        // The first line has more room than the rest, so the rest is wrapped again to its own width.
        let firstLines = wrap(text, width: width - indent)
        let remaining = firstLines.dropFirst().joined(separator: " ")
        var lines = [margin + firstLines[0]]
        if !remaining.isEmpty {
            lines += wrap(remaining, width: width - indent - hanging).map { hangingMargin + $0 }
        }
        return lines
    }

    /// `text` padded with spaces on the right to `width` characters.
    static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` padded with spaces on the left to `width` characters (right-aligned).
    static func rightAligned(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// A label and an amount on one line, the amount ending at column `width`; a long label wraps
    /// onto following lines indented two more, so the amount stays beside the label's first line.
    static func amountRow(_ label: String, _ amount: String, width: Int, indent: Int = 0, amountWidth: Int)
        -> [String]
    {
        let labelWidth = width - indent - amountWidth - 1
        let labelLines = wrap(label, width: labelWidth)
        let margin = String(repeating: " ", count: indent)
        var lines = [margin + padded(labelLines[0], to: labelWidth) + " " + rightAligned(amount, to: amountWidth)]
        lines += labelLines.dropFirst().map { margin + "  " + $0 }
        return lines
    }
}
