import Foundation
public import GRDB
public import RevCycleCore

/// The journal in SQLite.
///
/// Postings are append-only (SQL triggers refuse UPDATE and DELETE); balances by account and
/// bucket are kept by an insert trigger and recomputed from scratch by ``verify()``.
public struct SQLiteLedgerStore: LedgerStore {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    // MARK: - Writes

    public func post(_ entry: JournalEntry, by actor: ActingUser) throws -> PostingReceipt {
        try post(batch: [entry], by: actor)[0]
    }

    public func post(batch entries: [JournalEntry], by actor: ActingUser, publishing events: [HostEvent]) throws
        -> (receipts: [PostingReceipt], events: [HostEvent])
    {
        try database.writer.write { db in
            try Self.write(entries, by: actor, publishing: { _ in events }, in: db)
        }
    }

    public func post(on account: AccountID, by actor: ActingUser,
                     building: (PostingMoment) throws -> [JournalEntry],
                     publishing: ([JournalEntry]) throws -> [HostEvent]) throws
        -> (receipts: [PostingReceipt], entries: [JournalEntry], events: [HostEvent])
    {
        try database.writer.write { db in
            try Self.requireAccount(account, site: actor.site, in: db)
            let moment = PostingMoment(balances: try Self.balances(of: account, in: db)) { key in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM journal_entry WHERE idempotency_key = ?"),
                                   arguments: [key]).map { try Self.entry(JournalEntryID($0), in: db).entry }
            }
            let entries = try building(moment)
            let (receipts, events) = try Self.write(entries, by: actor, publishing: publishing, in: db)
            return (receipts, entries, events)
        }
    }

    /// Posts entries, with their audit rows and events, inside a module store's own transaction, so
    /// that a workflow's state change and its money land together (check-in opens the visit's
    /// account, records what was collected and posts the payment as one change).
    ///
    /// - Returns: the receipts, and the events recorded (none when every entry was posted before).
    public static func post(_ entries: [JournalEntry], publishing events: [HostEvent], by actor: ActingUser,
                            in db: Database) throws -> (receipts: [PostingReceipt], events: [HostEvent]) {
        try write(entries, by: actor, publishing: { _ in events }, in: db)
    }

    /// Writes entries, their audit rows and — unless every entry had been posted before — their
    /// events, inside the caller's transaction.
    static func write(_ entries: [JournalEntry], by actor: ActingUser,
                      publishing: ([JournalEntry]) throws -> [HostEvent], in db: Database) throws
        -> (receipts: [PostingReceipt], events: [HostEvent])
    {
        var writer = JournalWriter(actor: actor)
        let receipts = try entries.map { try writer.insert($0, in: db) }
        try writer.finish(in: db)
        guard receipts.contains(where: { !$0.wasAlreadyPosted }) else { return (receipts, []) }
        return (receipts, try publishing(entries).map { try SQLiteEventLog.append($0, in: db) })
    }

    /// A journal entry as recorded, from its `journal_entry` row and its postings (no rule checks:
    /// `ledger verify` reads tampered rows through this too).
    static func recordedEntry(_ row: Row, postings: [Posting]) -> JournalEntry {
        JournalEntry(
            recordedSource: EntrySource(EntrySource.Kind(rawValue: row["source_kind"]) ?? .system,
                                        reference: row["source_reference"]),
            idempotencyKey: row["idempotency_key"], memo: row["memo"],
            effectiveDate: (try? CalendarDate(parsing: row["effective_date"])) ?? CalendarDate(dayNumber: 0),
            postings: postings)
    }

    // MARK: - Reads (each appends an audit row: balances are patient data)

    public func balances(of account: AccountID, by actor: ActingUser) throws -> LiabilityBalances {
        try database.writer.write { db in
            try Self.requireAccount(account, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "ledger.balances", outcome: .allowed, patient: nil, account: account,
                                      detail: "", by: actor, in: db)
            return try Self.balances(of: account, in: db)
        }
    }

    public func balances(ofGuarantor guarantor: GuarantorID, by actor: ActingUser) throws -> [AccountID: LiabilityBalances] {
        try database.writer.write { db in
            let accounts = try Int64.fetchAll(
                db, sql: "SELECT id FROM account WHERE guarantor_id = ? AND site = ? ORDER BY id",
                arguments: [guarantor.rawValue, actor.site]
            ).map(AccountID.init)
            let patient = try Int64.fetchOne(db, sql: "SELECT patient_id FROM guarantor WHERE id = ? AND site = ?",
                                             arguments: [guarantor.rawValue, actor.site])
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM guarantor WHERE id = ? AND site = ?",
                                    arguments: [guarantor.rawValue, actor.site]) == true
            else {
                throw RevCycleError(.notFound, "Guarantor \(guarantor) does not exist at site \(actor.site).")
            }
            try SQLiteAuditLog.append(action: "ledger.balances", outcome: .allowed, patient: patient.map(PatientID.init),
                                      account: nil, detail: "guarantor \(guarantor), \(accounts.count) accounts",
                                      by: actor, in: db)
            var result: [AccountID: LiabilityBalances] = [:]
            for account in accounts { result[account] = try Self.balances(of: account, in: db) }
            return result
        }
    }

    public func journal(of account: AccountID, by actor: ActingUser) throws -> [PostedEntry] {
        try database.writer.write { db in
            try Self.requireAccount(account, site: actor.site, in: db)
            try SQLiteAuditLog.append(action: "ledger.journal", outcome: .allowed, patient: nil, account: account,
                                      detail: "", by: actor, in: db)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT entry_id FROM posting WHERE account_id = ? ORDER BY entry_id
                """, arguments: [account.rawValue])
            return try ids.map { try Self.entry(JournalEntryID($0), in: db) }
        }
    }

    public func openReceivables(by actor: ActingUser) throws -> [OpenReceivable] {
        try database.writer.write { db in
            var byAccount: [Int64: OpenReceivable] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT a.id, a.guarantor_id, a.patient_id, a.service_date, b.bucket, b.amount
                FROM account a JOIN account_balance b ON b.account_id = a.id
                WHERE a.site = ? AND b.bucket LIKE 'ar:%' AND b.amount <> 0
                ORDER BY a.service_date, a.id
                """, arguments: [actor.site])
            {
                let id: Int64 = row["id"]
                if byAccount[id] == nil {
                    order.append(id)
                    byAccount[id] = OpenReceivable(
                        account: AccountID(id), guarantor: GuarantorID(row["guarantor_id"]), patient: PatientID(row["patient_id"]),
                        serviceDate: try CalendarDate(parsing: row["service_date"]), balances: LiabilityBalances())
                }
                if let liability = try LedgerBucket(code: row["bucket"]).liability {
                    byAccount[id]?.balances.byLiability[liability] = Money(cents: row["amount"])
                }
            }
            try SQLiteAuditLog.append(action: "ledger.receivables", outcome: .allowed, patient: nil, account: nil,
                                      detail: "\(order.count) open accounts", by: actor, in: db)
            return order.compactMap { byAccount[$0] }
        }
    }

    static func requireAccount(_ account: AccountID, site: String, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE id = ? AND site = ?",
                                arguments: [account.rawValue, site]) == true
        else {
            throw RevCycleError(.notFound, "Account \(account) does not exist at site \(site).")
        }
    }

    /// The sum of every posting to `bucket` in the whole journal (all sites): a benchmark's or an
    /// auditor's cross-check, such as cash on the ledger against a remittance's payment.
    public func total(of bucket: LedgerBucket) throws -> Money {
        Money(cents: try database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM posting WHERE bucket = ?", arguments: [bucket.code]) ?? 0
        })
    }

    /// What the patient side has paid on the account, net of refunds: every cash posting that is not a
    /// payer's remittance (the desk, checks, cards, plans, an agency's collections) plus the refunds
    /// bucket (money paid back). The one definition collections, counseling and statements share.
    public static func patientPaid(on account: AccountID, in db: Database) throws -> Money {
        Money(cents: try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry j ON j.id = p.entry_id
            WHERE p.account_id = ? AND ((p.bucket = 'cash' AND j.source_kind <> 'remittance') OR p.bucket = 'refunds')
            """), arguments: [account.rawValue]) ?? 0)
    }

    /// The account's balances by liability, read inside the caller's transaction.
    public static func balances(of account: AccountID, in db: Database) throws -> LiabilityBalances {
        var result: [Liability: Money] = [:]
        // A cached statement, read by column position: posting paths ask this once per claim.
        let statement = try db.cachedStatement(sql: "SELECT bucket, amount FROM account_balance WHERE account_id = ? AND bucket LIKE 'ar:%'")
        for row in try Row.fetchAll(statement, arguments: [account.rawValue]) {
            if let liability = try LedgerBucket(code: row[0]).liability {
                result[liability] = Money(cents: row[1])
            }
        }
        return LiabilityBalances(result)
    }

    static func entry(_ id: JournalEntryID, in db: Database) throws -> PostedEntry {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM journal_entry WHERE id = ?", arguments: [id.rawValue]) else {
            throw RevCycleError(.notFound, "Journal entry \(id) does not exist.")
        }
        let postings = try Row.fetchAll(
            db, sql: "SELECT account_id, bucket, amount FROM posting WHERE entry_id = ? ORDER BY line", arguments: [id.rawValue]
        ).map { posting in
            Posting(account: AccountID(posting["account_id"]), bucket: try LedgerBucket(code: posting["bucket"]),
                    amount: Money(cents: posting["amount"]))
        }
        return PostedEntry(id: id, entry: recordedEntry(row, postings: postings), postedAt: Date(timeIntervalSince1970: row["posted_at"]),
                           postedBy: row["posted_by"])
    }
}

