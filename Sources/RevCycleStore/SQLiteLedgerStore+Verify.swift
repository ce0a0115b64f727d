import Foundation
import GRDB
public import RevCycleCore

extension SQLiteLedgerStore {
    /// Recomputes everything from the journal and checks every invariant:
    ///
    /// - the append-only and balance triggers are in place;
    /// - every entry has two or more postings that sum to zero, in valid buckets of accounts of its site;
    /// - every entry's content still matches the digest taken when it was posted;
    /// - every kept balance equals the sum of its postings;
    /// - no credit balance is positive (more refunded than was overpaid).
    public func verify() throws -> LedgerVerification {
        try database.writer.read { db in
            var violations: [String] = []
            let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            for trigger in HostMigrations.appendOnlyTriggers where !triggers.contains(trigger) {
                violations.append("trigger \(trigger) is missing: the journal is no longer protected")
            }
            let entryCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_entry") ?? 0
            let postingCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting") ?? 0
            let accountCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0

            for row in try Row.fetchAll(db, sql: """
                SELECT e.id, COUNT(p.entry_id) AS n, COALESCE(SUM(p.amount), 0) AS total
                FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id
                GROUP BY e.id HAVING n < 2 OR total <> 0 ORDER BY e.id
                """)
            {
                let id = JournalEntryID(row["id"])
                let count: Int = row["n"]
                violations.append(count < 2
                    ? "entry \(id) has \(count) posting(s); every entry needs at least two"
                    : "entry \(id) does not balance: its postings sum to \(Money(cents: row["total"]))")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT p.line, p.entry_id, p.account_id, a.site AS account_site, e.site AS entry_site
                FROM posting p JOIN journal_entry e ON e.id = p.entry_id LEFT JOIN account a ON a.id = p.account_id
                WHERE a.site IS NULL OR a.site <> e.site ORDER BY p.entry_id, p.line
                """)
            {
                violations.append("line \(row["line"] as Int64) of entry E\(row["entry_id"] as Int64) is on account A\(row["account_id"] as Int64), which is not an account of site \(row["entry_site"] as String)")
            }
            for bucket in try String.fetchAll(db, sql: "SELECT DISTINCT bucket FROM posting ORDER BY bucket") {
                if (try? LedgerBucket(code: bucket)) == nil { violations.append("postings use the unknown bucket \"\(bucket)\"") }
            }
            violations += try digestViolations(in: db)
            for row in try Row.fetchAll(db, sql: """
                SELECT COALESCE(p.account_id, b.account_id) AS account_id, COALESCE(p.bucket, b.bucket) AS bucket,
                       COALESCE(p.total, 0) AS recomputed, COALESCE(b.amount, 0) AS kept
                FROM (SELECT account_id, bucket, SUM(amount) AS total FROM posting WHERE bucket LIKE 'ar:%'
                      GROUP BY account_id, bucket) p
                FULL OUTER JOIN account_balance b ON b.account_id = p.account_id AND b.bucket = p.bucket
                WHERE COALESCE(p.total, 0) <> COALESCE(b.amount, 0)
                ORDER BY 1, 2
                """)
            {
                violations.append("the kept balance of A\(row["account_id"] as Int64) \(row["bucket"] as String) is \(Money(cents: row["kept"])) but its postings sum to \(Money(cents: row["recomputed"]))")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT account_id, SUM(amount) AS total FROM posting WHERE bucket = 'ar:credit'
                GROUP BY account_id HAVING total > 0 ORDER BY account_id
                """)
            {
                violations.append("account A\(row["account_id"] as Int64) has a positive credit bucket of \(Money(cents: row["total"])): more was refunded than was overpaid")
            }
            return LedgerVerification(entriesChecked: entryCount, postingsChecked: postingCount,
                                      accountsChecked: accountCount, violations: violations)
        }
    }

    /// Entries whose recorded content no longer matches the digest taken when they were posted.
    private func digestViolations(in db: Database) throws -> [String] {
        var violations: [String] = []
        let entries = try Row.fetchCursor(db, sql: "SELECT * FROM journal_entry ORDER BY id")
        let postings = try Row.fetchCursor(db, sql: "SELECT entry_id, account_id, bucket, amount FROM posting ORDER BY entry_id, line")
        var pending = try postings.next()
        while let row = try entries.next() {
            let id: Int64 = row["id"]
            var lines: [Posting] = []
            while let posting = pending, (posting["entry_id"] as Int64) <= id {
                if (posting["entry_id"] as Int64) == id, let bucket = try? LedgerBucket(code: posting["bucket"]) {
                    lines.append(Posting(account: AccountID(posting["account_id"]), bucket: bucket,
                                         amount: Money(cents: posting["amount"])))
                }
                pending = try postings.next()
            }
            let entry = Self.recordedEntry(row, postings: lines)
            if Data(Digest.sha256(entry.canonicalText)) != (row["content_digest"] as Data) {
                violations.append("entry E\(id) was altered after posting: its content no longer matches its digest")
            }
        }
        return violations
    }
}
