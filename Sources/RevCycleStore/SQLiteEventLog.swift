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
                """, arguments: [site, name, name, limit]).map(Self.event(from:))
        }
    }

    /// The events recorded with sequence numbers in `sequences`, oldest first, `limit` at a time from
    /// after `after`: a change that recorded a hundred thousand events has them delivered page by page.
    public func events(in sequences: ClosedRange<Int64>, after: Int64? = nil, limit: Int = 1_000) throws -> [HostEvent] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM host_event WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                             arguments: [max(after ?? sequences.lowerBound - 1, sequences.lowerBound - 1), sequences.upperBound, limit])
                .map(Self.event(from:))
        }
    }

    private static func event(from row: Row) -> HostEvent {
        let text: String = row["fields"]
        let fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] ?? [:]
        return HostEvent(name: row["name"], site: row["site"], patient: (row["patient_id"] as Int64?).map(PatientID.init),
                         account: (row["account_id"] as Int64?).map(AccountID.init), fields: fields,
                         occurredAt: Date(timeIntervalSince1970: row["occurred_at"]), sequence: row["seq"])
    }
}
