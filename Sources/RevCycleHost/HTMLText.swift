/// Text made safe to place in HTML element content and in quoted attribute values: what every
/// module's printable page (a good-faith estimate, a statement, a dashboard) passes its data through,
/// so that a name such as `O'Brien <Jr> & Sons` shows as written and can never open a tag, end an
/// attribute or start an entity.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
