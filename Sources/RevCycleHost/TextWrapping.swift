/// Words laid out greedily in lines of at most `width` characters (grapheme clusters, as a
/// monospaced letter printer or a terminal advances for Latin text): what statements, explanations
/// and notices wrap with. A word longer than the width (a long link) is cut across lines rather than
/// run past the margin.
public enum TextWrapping {
    public static func lines(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "width must be positive")
        var lines: [String] = []
        var line = ""
        for piece in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(piece)
            if !line.isEmpty, line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
