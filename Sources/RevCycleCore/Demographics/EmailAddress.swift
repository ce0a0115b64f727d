/// An email address checked for basic syntax: one `@`, a local part, and a domain with a dot and
/// no empty labels. Deliverability is not checked. The domain is lowercased.
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// - Throws: `invalidInput` naming `field` when the text is not `local@domain.tld`.
    public init(parsing text: String, field: String = "email") throws {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        let bad = RevCycleError(.invalidInput, "\"\(text)\" is not an email address; expected name@domain, such as ana.rivera@example.com.",
                                at: field)
        guard trimmed.count <= 254, parts.count == 2 else { throw bad }
        let local = parts[0], domain = parts[1].lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard (1...64).contains(local.count), local.allSatisfy(localCharacters.contains),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains(".."),
              labels.count >= 2,
              labels.allSatisfy({ label in
                  !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                      && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
              }),
              let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { throw bad }
        rawValue = "\(local)@\(domain)"
    }

    public var description: String { rawValue }
}
