import Foundation
public import GRDB
public import RevCycleCore

/// Published events in SQLite, append-only: the record of what happened, written in the same
/// transaction as the change, and read back by `revcycle events` and by handlers.
public struct SQLiteEventLog: Sendable {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    /// Records an event inside the caller's transaction and returns it with its sequence number.
    public static func append(_ event: HostEvent, in db: Database) throws -> HostEvent {
        try db.cachedStatement(sql: """
            INSERT INTO host_event (site, name, patient_id, account_id, fields, occurred_at) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [event.site, event.name, event.patient?.rawValue, event.account?.rawValue,
                                     JSONText.object(event.fields), event.occurredAt.timeIntervalSince1970])
        var recorded = event
        recorded.sequence = db.lastInsertedRowID
        return recorded
    }

    /// The most recent events of a site, newest first.
    public func recent(site: String, name: String? = nil, limit: Int = 50) throws -> [HostEvent] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM host_event WHERE site = ? AND (? IS NULL OR name = ?) ORDER BY seq DESC LIMIT ?
                """, arguments: [site, name, name, limit]).map { row in
                let text: String = row["fields"]
                let fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] ?? [:]
                return HostEvent(name: row["name"], site: row["site"], patient: (row["patient_id"] as Int64?).map(PatientID.init),
                                 account: (row["account_id"] as Int64?).map(AccountID.init), fields: fields,
                                 occurredAt: Date(timeIntervalSince1970: row["occurred_at"]), sequence: row["seq"])
            }
        }
    }
}
