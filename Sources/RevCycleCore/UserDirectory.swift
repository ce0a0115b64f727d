/// The people who may use RevCycle.
public protocol UserDirectory: Sendable {
    func add(_ user: StaffUser, by actor: ActingUser) throws
    func all() throws -> [StaffUser]
    func user(named name: String) throws -> StaffUser?
    func user(forOSAccount login: String) throws -> StaffUser?
    func isEmpty() throws -> Bool
}
