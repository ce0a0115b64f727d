/// A job in the revenue cycle. Each command names the roles that may run it.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable, Comparable, CustomStringConvertible {
    /// Patient access: registration, coverage, eligibility, estimates, check-in.
    case access
    /// Billing: charges, claims, remittances, denials.
    case billing
    /// Collections: statements, worklists, plans, agencies.
    case collections
    /// Financial counseling: assistance, discounts, estimates, explanations.
    case counseling
    /// Analytics: KPIs and reports (reads aggregates).
    case analyst
    /// Site administration: users, modules, scripts, database.
    case admin

    public var description: String { rawValue }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public init(parsing text: String) throws {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw RevCycleError(
                .invalidInput,
                "\"\(text)\" is not a role; expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        self = role
    }
}
