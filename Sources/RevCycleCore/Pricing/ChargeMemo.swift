/// The memo a charge's journal entry carries, `charge 99213-25 x1`: the service code with its
/// modifiers and the units. Billing writes it; statements and explanations read the service back
/// from the journal with it, so the format is defined once, here.
public enum ChargeMemo {
    /// `charge 99213-25-59 x2`.
    public static func text(code: String, modifiers: [String], units: Int) -> String {
        "charge \(code)\(modifiers.isEmpty ? "" : "-" + modifiers.joined(separator: "-")) x\(units)"
    }

    /// The code (five characters), the modifiers and the units of a charge memo, or nil for another memo.
    public static func parse(_ memo: String) -> (code: String, modifiers: [String], units: Int)? {
        let words = memo.split(separator: " ")
        guard words.count == 3, words[0] == "charge", words[2].hasPrefix("x"), let units = Int(words[2].dropFirst()) else { return nil }
        let parts = words[1].split(separator: "-").map(String.init)
        guard let code = parts.first, code.count == 5 else { return nil }
        return (code, Array(parts.dropFirst()), units)
    }
}
