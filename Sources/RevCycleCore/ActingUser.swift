public import Foundation

/// Who is acting, as which role, for which site, and when: stamped on every audit row that a
/// store writes in the same transaction as the change it records.
public struct ActingUser: Sendable, Hashable {
    public var user: String
    public var role: Role?
    /// The operating-system account, recorded when it differs from the RevCycle user it acts as.
    public var osAccount: String?
    public var site: String
    public var at: Date

    public init(user: String, role: Role?, osAccount: String? = nil, site: String, at: Date) {
        self.user = user
        self.role = role
        self.osAccount = osAccount
        self.site = site
        self.at = at
    }
}
