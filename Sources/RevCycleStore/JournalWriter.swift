import Foundation
public import GRDB
public import RevCycleCore

/// Writes journal entries within one transaction: checks idempotency, the accounts' site, inserts
/// the entry and its postings (the balance trigger follows); ``finish(in:)`` then appends one audit
/// row per patient touched.
/// It remembers what it has looked up, so a batch of thousands pays for each lookup once: a module
/// that posts many entries in one change (an 835 with thousands of claims) keeps one writer for the
/// whole change and calls ``finish(in:)`` once before it commits.
///
/// ```swift
/// var writer = JournalWriter(actor: actor)
/// for entry in entries { _ = try writer.insert(entry, in: db) }
/// try writer.finish(in: db)  // the audit rows, one per patient
/// ```
public struct JournalWriter {
    let actor: ActingUser
    private var siteOfAccount: [Int64: String] = [:]
    private var audit = AuditChainCursor()
    /// Account → entries inserted on it, for the audit rows ``finish(in:)`` writes.
    private var posted: [Int64: [Int64]] = [:]

    public init(actor: ActingUser) { self.actor = actor }

    /// Checks and inserts one entry, or reports it as posted before (same key, same content); the same
    /// key with other content is a conflict.
    public mutating func insert(_ entry: JournalEntry, in db: Database) throws -> PostingReceipt {
        if let problem = entry.firstRuleViolation { throw RevCycleError(.invalidInput, problem) }
        let digest = Data(Digest.sha256(entry.canonicalText))
        let requestDigest = entry.requestText.map { Data(Digest.sha256($0)) } ?? digest
        let accounts = entry.accounts
        for account in accounts { try requireSite(of: account, in: db) }
        // The unique key decides: a new key inserts; a known one inserts nothing and is compared below.
        let insertEntry = try db.cachedStatement(sql: """
            INSERT INTO journal_entry (site, idempotency_key, request_digest, content_digest, source_kind, source_reference,
                                       memo, effective_date, posted_at, posted_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (idempotency_key) DO NOTHING
            """)
        var row = FastInsert(insertEntry)
        row.bind(actor.site)
        row.bind(entry.idempotencyKey)
        row.bind(requestDigest)
        row.bind(digest)
        row.bind(entry.source.kind.rawValue)
        row.bind(entry.source.reference)
        row.bind(entry.memo)
        row.bind(entry.effectiveDate.description)
        row.bind(actor.at.timeIntervalSince1970)
        row.bind(actor.user)
        try row.step(db)
        if db.changesCount == 0 {
            return try receiptForRepeated(entry, requestDigest: requestDigest, in: db)
        }
        let entryID = db.lastInsertedRowID
        let insertPosting = try db.cachedStatement(
            sql: "INSERT INTO posting (entry_id, line, account_id, bucket, amount) VALUES (?, ?, ?, ?, ?)")
        for (line, posting) in entry.postings.enumerated() {
            var row = FastInsert(insertPosting)
            row.bind(entryID)
            row.bind(line + 1)
            row.bind(posting.account.rawValue)
            row.bind(posting.bucket.code)
            row.bind(posting.amount.cents)
            try row.step(db)
        }
        for account in accounts { posted[account.rawValue, default: []].append(entryID) }
        return PostingReceipt(entry: JournalEntryID(entryID), wasAlreadyPosted: false)
    }

    /// Appends the audit rows of everything inserted: one per patient whose accounts were posted to,
    /// naming the account (when there is one) and the entries. Call once, before the transaction commits.
    public mutating func finish(in db: Database) throws {
        var byPatient: [Int64: [(account: Int64, entries: [Int64])]] = [:]
        for (account, entries) in posted.sorted(by: { $0.key < $1.key }) {
            let patient = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT patient_id FROM account WHERE id = ?"), arguments: [account]) ?? 0
            byPatient[patient, default: []].append((account, entries))
        }
        for (patient, accounts) in byPatient.sorted(by: { $0.key < $1.key }) {
            let entries = accounts.flatMap(\.entries).sorted()
            let entryText = entries.count == 1 ? "entry E\(entries[0])" : "\(entries.count) entries E\(entries.first!)…E\(entries.last!)"
            let accountText = accounts.prefix(10).map { "A\($0.account)" }.joined(separator: ",") + (accounts.count > 10 ? ",…" : "")
            try audit.append(
                action: "ledger.post", outcome: .allowed, patient: PatientID(patient),
                account: accounts.count == 1 ? AccountID(accounts[0].account) : nil,
                detail: "\(entryText) on \(accountText)", by: actor, in: db)
        }
        posted = [:]
    }

    private func receiptForRepeated(_ entry: JournalEntry, requestDigest: Data, in db: Database) throws -> PostingReceipt {
        guard let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, request_digest, effective_date FROM journal_entry WHERE idempotency_key = ?"),
            arguments: [entry.idempotencyKey])
        else { throw RevCycleError(.storage, "Entry key \"\(entry.idempotencyKey)\" conflicted but cannot be read back.") }
        let id = JournalEntryID(existing["id"])
        guard existing["request_digest"] == requestDigest else {
            let postedOn: String = existing["effective_date"]
            // The date is part of what was asked: the same request on another day is a different one, so say which day the first was.
            let day = postedOn == entry.effectiveDate.description ? "" : " on \(postedOn) (this request is dated \(entry.effectiveDate))"
            throw RevCycleError(
                .conflict,
                "Idempotency key \"\(entry.idempotencyKey)\" was already used by entry \(id)\(day) with different content; nothing was posted.",
                remedy: "if it is the same payment, it is posted already: see revcycle ledger show; otherwise use a new key, or post a reversal of \(id) to correct it")
        }
        return PostingReceipt(entry: id, wasAlreadyPosted: true)
    }

    private mutating func requireSite(of account: AccountID, in db: Database) throws {
        let site: String
        if let known = siteOfAccount[account.rawValue] {
            site = known
        } else {
            guard let found = try String.fetchOne(
                db.cachedStatement(sql: "SELECT site FROM account WHERE id = ?"), arguments: [account.rawValue])
            else {
                throw RevCycleError(.notFound, "Account \(account) does not exist; nothing was posted.",
                                    remedy: "check the account id with `revcycle ledger show G<guarantor>`")
            }
            siteOfAccount[account.rawValue] = found
            site = found
        }
        guard site == actor.site else {
            throw RevCycleError(.invalidInput, "Account \(account) belongs to site \(site), not \(actor.site); nothing was posted.",
                                remedy: "run the command with --site \(site)")
        }
    }
}
