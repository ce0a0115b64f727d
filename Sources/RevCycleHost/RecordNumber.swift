import Foundation
import RevCycleCore

/// The numbers modules show staff with a letter prefix for records that are not entities: coverage
/// `C3`, statement `ST41`, hold `H4`, refund request `RF3`, extraordinary action `X3`, agency
/// placement `PL7`, payment plan `P3`, assistance application `FA3`, dispute `D4`.
public enum RecordNumber {
    /// Parses `ST41`, `st41` or `41`.
    ///
    /// - Throws: `invalidInput` naming what was expected.
    public static func parse(_ text: String, prefix: String, what: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.uppercased().hasPrefix(prefix) ? String(trimmed.dropFirst(prefix.count)) : trimmed
        guard let id = Int64(digits), id > 0 else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not \(what); expected \(prefix) followed by a number, such as \(prefix)3.")
        }
        return id
    }
}
