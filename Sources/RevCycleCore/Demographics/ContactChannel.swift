/// A way to reach a patient or guarantor about their bills.
public enum ContactChannel: String, Sendable, Hashable, CaseIterable, Codable {
    case mail
    case phone
    case text
    case email
}
