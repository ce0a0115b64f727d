import Foundation
import GRDB
public import RevCycleCore

/// Staff users in SQLite. Users are shared by every site of an installation.
public struct SQLiteUserDirectory: UserDirectory {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    public func add(_ user: StaffUser, by actor: ActingUser) throws {
        try StaffUser.validate(name: user.name)
        guard !user.roles.isEmpty else {
            throw RevCycleError(.invalidInput, "User \(user.name) needs at least one role.")
        }
        try database.writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_user WHERE name = ?", arguments: [user.name]) == true {
                throw RevCycleError(.conflict, "User \(user.name) already exists; nothing was added.")
            }
            for login in user.osAccounts {
                if let holder = try String.fetchOne(
                    db, sql: "SELECT name FROM staff_user WHERE ',' || os_accounts || ',' LIKE ?", arguments: ["%,\(login),%"])
                {
                    throw RevCycleError(.conflict, "The OS account \(login) already signs in as \(holder); nothing was added.")
                }
            }
            try db.execute(sql: """
                INSERT INTO staff_user (name, display_name, roles, os_accounts, active, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [user.name, user.displayName, user.roles.sorted().map(\.rawValue).joined(separator: ","),
                                 user.osAccounts.sorted().joined(separator: ","), user.isActive,
                                 actor.at.timeIntervalSince1970])
            try SQLiteAuditLog.append(action: "users.add", outcome: .allowed, patient: nil, account: nil,
                                      detail: "user \(user.name) roles \(user.roles.sorted().map(\.rawValue).joined(separator: ","))",
                                      by: actor, in: db)
        }
    }

    public func all() throws -> [StaffUser] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM staff_user ORDER BY name").map(Self.user(from:))
        }
    }

    public func user(named name: String) throws -> StaffUser? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM staff_user WHERE name = ?", arguments: [name]).map(Self.user(from:))
        }
    }

    public func user(forOSAccount login: String) throws -> StaffUser? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM staff_user WHERE ',' || os_accounts || ',' LIKE ?",
                             arguments: ["%,\(login),%"]).map(Self.user(from:))
        }
    }

    public func isEmpty() throws -> Bool {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staff_user") == 0 }
    }

    static func user(from row: Row) -> StaffUser {
        let roles = (row["roles"] as String).split(separator: ",").compactMap { Role(rawValue: String($0)) }
        let logins = (row["os_accounts"] as String).split(separator: ",").map(String.init)
        return StaffUser(name: row["name"], displayName: row["display_name"], roles: Set(roles),
                         osAccounts: Set(logins), isActive: row["active"])
    }
}
