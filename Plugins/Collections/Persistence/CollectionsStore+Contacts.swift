import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// A contact log entry as stored, with who logged it and the note.
    struct StoredContact: Sendable {
        var id: Int64
        var entry: ContactLogEntry
        var note: String
        var recordedBy: String
    }

    /// Contact preferences as kept in the database (a newer row replaces the older one).
    struct StoredPreferences: Codable, Sendable, Hashable {
        var timeZone: String
        var otherTimeZones: [String] = []
        var textConsentGiven: Date?
        var textConsentRevoked: Date?
        var doNotContact: [String] = []
        var callWindowFrom: String?
        var callWindowTo: String?

        /// The stored document's form: sorted keys, instants as ISO 8601 (read back the same way).
        static var encoder: JSONEncoder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            return encoder
        }

        static var decoder: JSONDecoder {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return decoder
        }

        /// `17:30` as a time of day.
        static func time(_ text: String) throws -> TimeOfDay {
            let parts = text.split(separator: ":").map { Int($0) }
            guard parts.count == 2, let hour = parts[0], let minute = parts[1] else {
                throw RevCycleError(.invalidInput, "\"\(text)\" is not a time of day; expected HH:MM, such as 17:30.", at: "--call-window")
            }
            return try TimeOfDay(hour: hour, minute: minute)
        }

        func preferences() throws -> ContactPreferences {
            guard let zone = TimeZone(identifier: timeZone) else {
                throw RevCycleError(.invalidInput, "\"\(timeZone)\" is not a time zone; expected an IANA name such as America/Chicago.", at: "--time-zone")
            }
            let window = try callWindowFrom.flatMap { from in
                try callWindowTo.map { try CallWindow(from: try Self.time(from), to: try Self.time($0)) }
            }
            return ContactPreferences(
                timeZone: zone, otherPossibleTimeZones: otherTimeZones.compactMap(TimeZone.init(identifier:)),
                textConsent: textConsentGiven.map { TextConsent(given: $0, revoked: textConsentRevoked) },
                doNotContact: Set(doNotContact.compactMap(ContactChannel.init(rawValue:))), callWindow: window)
        }
    }

    /// The guarantor's stored contact preferences, if collections recorded any.
    static func storedPreferences(of guarantor: GuarantorID, in db: Database) throws -> StoredPreferences? {
        try String.fetchOne(db, sql: "SELECT document FROM collections_contact_preference WHERE guarantor_id = ? ORDER BY id DESC LIMIT 1",
                            arguments: [guarantor.rawValue])
            .map { try StoredPreferences.decoder.decode(StoredPreferences.self, from: Data($0.utf8)) }
    }

    /// Records new contact preferences (the old ones stay in the history), with an audit row.
    func setPreferences(_ preferences: StoredPreferences, of guarantor: GuarantorID, by actor: ActingUser) throws {
        _ = try preferences.preferences()
        let text = String(decoding: try StoredPreferences.encoder.encode(preferences), as: UTF8.self)
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            try db.execute(sql: """
                INSERT INTO collections_contact_preference (guarantor_id, document, recorded_at, recorded_by) VALUES (?, ?, ?, ?)
                """, arguments: [guarantor.rawValue, text, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "collections.contact.preferences", outcome: .allowed, patient: nil, account: nil,
                                      detail: "\(guarantor): \(text)", by: actor, in: db)
        }
    }

    /// The guarantor's contact log, oldest first.
    static func contacts(of guarantor: GuarantorID, in db: Database) throws -> [StoredContact] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM collections_contact WHERE guarantor_id = ? ORDER BY at, id"),
                         arguments: [guarantor.rawValue]).map { row in
            let promise = try (row["promise_date"] as String?).map { date in
                PaymentPromise(payBy: try CalendarDate(parsing: date), amount: Money(cents: row["promise_cents"] ?? 0))
            }
            let channel = ContactChannel(rawValue: row["channel"]) ?? .letter
            let (direction, outcome) = Self.splitOutcome(row["outcome"])
            return StoredContact(
                id: row["id"],
                entry: ContactLogEntry(channel: channel, instant: Date(timeIntervalSince1970: row["at"]), outcome: outcome,
                                       direction: direction, promise: promise),
                note: row["note"], recordedBy: row["recorded_by"])
        }
    }

    /// Outcomes are stored as `outbound:no-answer`.
    static func splitOutcome(_ text: String) -> (ContactDirection, ContactOutcome) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return (.outbound, ContactOutcome(rawValue: text) ?? .noAnswer) }
        return (ContactDirection(rawValue: parts[0]) ?? .outbound, ContactOutcome(rawValue: parts[1]) ?? .noAnswer)
    }

    /// What logging a contact did: recorded, or refused by a rule (and audited as denied).
    enum ContactLogResult: Sendable {
        case recorded(Int64)
        case refused(ContactRefusal)
    }

    /// Checks the contact against the rules (Reg F, TCPA, do-not-contact, holds) inside the write
    /// transaction, so two collectors cannot both take the seventh call, then records it or audits
    /// the refusal. An inbound contact (the guarantor called us) is never refused.
    func logContact(_ entry: ContactLogEntry, note: String, guarantor: GuarantorID, defaults: StoredPreferences,
                    by actor: ActingUser) throws -> ContactLogResult {
        try database.writer.write { db in
            _ = try Self.guarantor(guarantor, site: actor.site, in: db)
            let preferences = try (Self.storedPreferences(of: guarantor, in: db) ?? defaults).preferences()
            let day = CalendarDate(entry.instant, in: preferences.timeZone)
            let holds = try Self.activeHolds(of: guarantor, on: day, in: db).map(\.hold)
            if entry.direction == .outbound,
               let refusal = ContactRules.check(channel: entry.channel, at: entry.instant,
                                                history: try Self.contacts(of: guarantor, in: db).map(\.entry),
                                                preferences: preferences, holds: holds) {
                try SQLiteAuditLog.append(action: "collections.contact.log", outcome: .denied, patient: nil, account: nil,
                                          detail: "\(guarantor) \(entry.channel.rawValue): \(refusal.rule.name)", by: actor, in: db)
                return .refused(refusal)
            }
            try db.execute(sql: """
                INSERT INTO collections_contact (site, guarantor_id, channel, at, outcome, promise_date, promise_cents, note, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, guarantor.rawValue, entry.channel.rawValue, entry.instant.timeIntervalSince1970,
                                 "\(entry.direction.rawValue):\(entry.outcome.rawValue)", entry.promise?.payBy.description,
                                 entry.promise?.amount.cents, note, actor.user])
            let id = db.lastInsertedRowID
            try SQLiteAuditLog.append(action: "collections.contact.log", outcome: .allowed, patient: nil, account: nil,
                                      detail: "C\(id) \(guarantor) \(entry.channel.rawValue) \(entry.outcome.rawValue)", by: actor, in: db)
            return .recorded(id)
        }
    }

    func storedPreferences(of guarantor: GuarantorID) throws -> StoredPreferences? {
        try database.writer.read { db in try Self.storedPreferences(of: guarantor, in: db) }
    }

    func guarantor(_ id: GuarantorID, site: String) throws -> (name: String, mailTo: PatientID?) {
        try database.writer.read { db in try Self.guarantor(id, site: site, in: db) }
    }

    func contacts(of guarantor: GuarantorID, site: String) throws -> [StoredContact] {
        try database.writer.read { db in
            _ = try Self.guarantor(guarantor, site: site, in: db)
            return try Self.contacts(of: guarantor, in: db)
        }
    }

    func preferences(of guarantor: GuarantorID, defaults: StoredPreferences) throws -> ContactPreferences {
        try database.writer.read { db in try (Self.storedPreferences(of: guarantor, in: db) ?? defaults).preferences() }
    }

    func holds(of guarantor: GuarantorID, on day: CalendarDate) throws -> [CollectionHold] {
        try database.writer.read { db in try Self.activeHolds(of: guarantor, on: day, in: db).map(\.hold) }
    }
}
