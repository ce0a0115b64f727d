import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// A hold as stored: placed on a guarantor (or one of their visits), released by a release row.
    struct StoredHold: Sendable, Hashable {
        var id: Int64
        var guarantor: GuarantorID
        var account: AccountID?
        var hold: CollectionHold
        var placedBy: String
        var released: (on: CalendarDate, reason: String, by: String)?

        var kind: CollectionHoldKind { hold.kind }
        var reason: String { hold.reason }
        var startsOn: CalendarDate { hold.startsOn }
        var expiresOn: CalendarDate? { hold.expiresOn }
        var stopsStatements: Bool { kind.stops.contains(.statements) }
        var stopsDunning: Bool { kind.stops.contains(.dunningSteps) }
        var summary: String { "\(kind.rawValue) since \(startsOn): \(reason)" }

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.id == rhs.id }
        func hash(into hasher: inout Hasher) { hasher.combine(id) }

        /// In force on `day`: started, not expired (the expiry day is the first day without it), not released.
        func isActive(on day: CalendarDate) -> Bool {
            hold.isActive(on: day) && (released.map { day < $0.on } ?? true)
        }
    }

    /// Places a hold, in one transaction with its audit row.
    func placeHold(guarantor: GuarantorID, account: AccountID?, _ hold: CollectionHold, by actor: ActingUser) throws -> Int64 {
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            if let account {
                let owner = try Int64.fetchOne(db, sql: "SELECT guarantor_id FROM account WHERE id = ? AND site = ?",
                                               arguments: [account.rawValue, actor.site])
                guard owner == guarantor.rawValue else {
                    throw RevCycleError(.invalidInput, "Visit \(account) is not one of \(guarantor)'s visits.", at: "--account")
                }
            }
            try db.execute(sql: """
                INSERT INTO collections_hold (site, guarantor_id, account_id, kind, reason, starts_on, expires_on, placed_at, placed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, guarantor.rawValue, account?.rawValue, hold.kind.rawValue, hold.reason, hold.startsOn.description,
                                 hold.expiresOn?.description, actor.at.timeIntervalSince1970, actor.user])
            let id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "collections.hold.placed", outcome: .allowed, patient: nil, account: account,
                                      detail: "H\(id) \(hold.kind.rawValue) on \(guarantor): \(hold.reason)", by: actor, in: db)
            return id
        }
    }

    /// Releases a hold from `day` on, in one transaction with its audit row.
    func releaseHold(_ id: Int64, on day: CalendarDate, reason: String, by actor: ActingUser) throws -> StoredHold {
        try database.writer.write { db in
            guard let hold = try Self.holds(where: "h.id = ? AND h.site = ?", [id, actor.site], in: db).first else {
                throw RevCycleError(.notFound, "Hold H\(id) does not exist at site \(actor.site).", remedy: "revcycle collections hold list")
            }
            if let released = hold.released {
                throw RevCycleError(.conflict, "Hold H\(id) was already released on \(released.on) by \(released.by).")
            }
            try db.execute(sql: """
                INSERT INTO collections_hold_release (hold_id, released_on, reason, released_at, released_by) VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, day.description, reason, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.hold.released", outcome: .allowed, patient: nil, account: hold.account,
                                      detail: "H\(id) \(hold.kind.rawValue) on \(hold.guarantor): \(reason)", by: actor, in: db)
            var released = hold
            released.released = (day, reason, actor.user)
            return released
        }
    }

    /// The guarantor's holds in force on `day`.
    static func activeHolds(of guarantor: GuarantorID, on day: CalendarDate, in db: Database) throws -> [StoredHold] {
        try holds(where: "h.guarantor_id = ?", [guarantor.rawValue], in: db).filter { $0.isActive(on: day) }
    }

    /// Holds of the site, newest first (`guarantor` narrows to one).
    func holds(site: String, guarantor: GuarantorID?) throws -> [StoredHold] {
        try database.writer.read { db in
            if let guarantor {
                return try Self.holds(where: "h.site = ? AND h.guarantor_id = ?", [site, guarantor.rawValue], in: db)
            }
            return try Self.holds(where: "h.site = ?", [site], in: db)
        }
    }

    static func holds(where condition: String, _ arguments: [any DatabaseValueConvertible], in db: Database) throws -> [StoredHold] {
        try Row.fetchAll(db, sql: """
            SELECT h.*, r.released_on, r.reason AS release_reason, r.released_by
            FROM collections_hold h LEFT JOIN collections_hold_release r ON r.hold_id = h.id
            WHERE \(condition) ORDER BY h.id DESC
            """, arguments: StatementArguments(arguments)).map { row in
            let releasedOn: String? = row["released_on"]
            let hold = try CollectionHold(
                kind: CollectionHoldKind(rawValue: row["kind"]) ?? .manual, reason: row["reason"], startsOn: try CalendarDate(parsing: row["starts_on"]),
                expiresOn: try (row["expires_on"] as String?).map { try CalendarDate(parsing: $0) })
            return StoredHold(
                id: row["id"], guarantor: GuarantorID(row["guarantor_id"]), account: (row["account_id"] as Int64?).map(AccountID.init),
                hold: hold, placedBy: row["placed_by"],
                released: try releasedOn.map { (try CalendarDate(parsing: $0), row["release_reason"], row["released_by"]) })
        }
    }
}
