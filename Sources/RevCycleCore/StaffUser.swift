/// A person who works in RevCycle, with the roles they hold.
///
/// Who the person is comes from the operating-system account that runs the CLI, mapped to a
/// user through ``osAccounts``.
public struct StaffUser: Sendable, Hashable, Codable {
    /// The login name within RevCycle: lowercase letters, digits, `.`, `-`, `_`.
    public var name: String
    public var displayName: String
    public var roles: Set<Role>
    /// The operating-system logins that authenticate as this user.
    public var osAccounts: Set<String>
    public var isActive: Bool

    public init(name: String, displayName: String, roles: Set<Role>, osAccounts: Set<String> = [], isActive: Bool = true) {
        self.name = name
        self.displayName = displayName
        self.roles = roles
        self.osAccounts = osAccounts
        self.isActive = isActive
    }

    public func holds(_ role: Role) -> Bool { isActive && roles.contains(role) }

    /// Checks that a user name is acceptable.
    public static func validate(name: String) throws {
        guard (2...32).contains(name.count),
              name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) })
        else {
            throw RevCycleError(
                .invalidInput,
                "\"\(name)\" is not a user name; expected 2 to 32 lowercase letters, digits, '.', '-' or '_', such as mlopez.")
        }
    }
}
