import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import RevCycleTesting
import Testing

/// Someone with raw access to the file drops the triggers and edits history: verification finds it.
struct TamperDetectionTests {
    func ledgerWithEntries() throws -> (RevCycleDatabase, SQLiteLedgerStore) {
        let database = try TestFixtures.database(.inMemory)
        let ledger = SQLiteLedgerStore(database: database)
        let accounts = try TestFixtures.accounts(2, in: database)
        let date = try CalendarDate(parsing: "2026-11-02")
        for (index, account) in accounts.enumerated() {
            _ = try ledger.post(try .charge(account: account, amount: Money(cents: 10_000), owedBy: .patient, source: .user("x"),
                                            idempotencyKey: "c\(index)", memo: "", effectiveDate: date), by: TestFixtures.actor())
        }
        #expect(try ledger.verify().isClean)
        return (database, ledger)
    }

    @Test("Each kind of tampering is named by ledger verify", arguments: [
        ("UPDATE posting SET amount = 9999 WHERE entry_id = 1 AND line = 1", "does not balance"),
        ("DELETE FROM posting WHERE entry_id = 1 AND line = 2", "1 posting(s)"),
        ("UPDATE account_balance SET amount = amount + 1", "kept balance"),
        ("UPDATE journal_entry SET memo = 'edited' WHERE id = 1", "altered after posting"),
        ("UPDATE posting SET bucket = 'ar:bogus' WHERE entry_id = 1 AND line = 1", "unknown bucket"),
    ])
    func tamperingIsFound(statement: String, expected: String) throws {
        let (database, ledger) = try ledgerWithEntries()
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER posting_refuses_update; DROP TRIGGER posting_refuses_delete; DROP TRIGGER journal_entry_refuses_update")
            try db.execute(sql: statement)
        }
        let result = try ledger.verify()
        #expect(result.violations.contains { $0.contains("trigger") }, "the missing triggers were not reported")
        #expect(result.violations.contains { $0.contains(expected) }, "\(statement): expected a violation with \"\(expected)\", got \(result.violations)")
    }

    @Test("A tampered audit row is found", arguments: [
        ("UPDATE audit SET user = 'someone-else' WHERE seq = 2", "row 2 was altered"),
        ("DELETE FROM audit WHERE seq = 2", "row 2 is missing"),
        ("UPDATE audit SET hash = 'x', previous_hash = previous_hash WHERE seq = 3", "row 3"),
    ])
    func tamperedAuditRowsAreFound(statement: String, expected: String) throws {
        let (database, _) = try ledgerWithEntries()
        let audit = SQLiteAuditLog(database: database)
        #expect(try audit.verify().firstBreak == nil)
        #expect(throws: DatabaseError.self) { try database.writer.write { db in try db.execute(sql: statement) } }
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_refuses_update; DROP TRIGGER audit_refuses_delete")
            try db.execute(sql: statement)
        }
        let result = try audit.verify()
        #expect(result.firstBreak?.contains(expected) == true, "expected \"\(expected)\", got \(result.firstBreak ?? "no break")")
    }

    @Test func everyWriteAndReadOfAnAccountLeavesAnAuditRow() throws {
        let (database, ledger) = try ledgerWithEntries()
        let audit = SQLiteAuditLog(database: database)
        let before = try audit.records(matching: AuditQuery(limit: 1_000)).count
        _ = try ledger.balances(of: AccountID(1), by: TestFixtures.actor("reader"))
        _ = try ledger.journal(of: AccountID(1), by: TestFixtures.actor("reader"))
        let rows = try audit.records(matching: AuditQuery(user: "reader"))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.account == AccountID(1) && $0.patient != nil })
        #expect(try audit.records(matching: AuditQuery(limit: 1_000)).count == before + 2)
    }
}
