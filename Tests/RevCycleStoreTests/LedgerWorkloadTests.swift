import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import RevCycleTesting
import Testing

/// A seeded random workload of ledger operations checked against an in-memory model.
/// Replay a failure with REVCYCLE_TEST_SEED=<seed printed in the failure>.
struct LedgerWorkloadTests {
    /// What the ledger should hold, computed independently of SQL.
    struct Model {
        var balances: [AccountID: [LedgerBucket: Int64]] = [:]
        var entriesByKey: [String: (JournalEntry, JournalEntryID)] = [:]
        var entryCount = 0
        var postingCount = 0

        mutating func apply(_ entry: JournalEntry, as id: JournalEntryID) {
            entriesByKey[entry.idempotencyKey] = (entry, id)
            entryCount += 1
            for posting in entry.postings {
                balances[posting.account, default: [:]][posting.bucket, default: 0] += posting.amount.cents
                postingCount += 1
            }
        }

        func owed(_ account: AccountID, _ liability: Liability) -> Money {
            Money(cents: balances[account]?[.receivable(liability)] ?? 0)
        }
    }

    @Test("Ten thousand random operations keep the ledger equal to the model", arguments: TestFixtures.DatabaseKind.allCases)
    func randomWorkloadMatchesTheModel(kind: TestFixtures.DatabaseKind) throws {
        var random = SeededGenerator.fromEnvironmentOrRandom()
        let seed = random.seed
        let database = try TestFixtures.database(kind)
        let ledger = SQLiteLedgerStore(database: database)
        let accounts = try TestFixtures.accounts(25, in: database)
        let payers = try ["MEDICARE", "AETNA", "BCBSIL"].map(PayerCode.init)
        let actor = TestFixtures.actor()
        let date = try CalendarDate(parsing: "2026-11-02")
        var model = Model()
        var operations = 0, repeats = 0, conflicts = 0, refusedRawWrites = 0

        func amount(_ range: ClosedRange<Int64>) -> Money { Money(cents: Int64.random(in: range, using: &random)) }

        while operations < 10_000 {
            operations += 1
            let account = accounts.randomElement(using: &random)!
            let payer = payers.randomElement(using: &random)!
            let key = "op-\(operations)"
            let choice = Int.random(in: 0..<100, using: &random)
            var entry: JournalEntry?
            switch choice {
            case 0..<30:
                entry = try .charge(account: account, amount: amount(1...500_000),
                                    owedBy: Bool.random(using: &random) ? .insurance(payer) : .patient,
                                    source: .user("biller"), idempotencyKey: key, memo: "charge", effectiveDate: date)
            case 30..<45:
                let from: Liability = Bool.random(using: &random) ? .insurance(payer) : .patient
                let owed = model.owed(account, from)
                entry = try .payment(account: account, amount: amount(1...300_000), from: from, owed: owed,
                                     source: .remittance(trace: "T\(operations)", claim: account.description),
                                     idempotencyKey: key, memo: "payment", effectiveDate: date)
            case 45..<55:
                let owed = model.owed(account, .insurance(payer))
                if owed > .zero {
                    entry = try .adjustment(account: account, amount: Money(cents: Int64.random(in: 1...owed.cents, using: &random)),
                                            of: .insurance(payer), into: .contractualAdjustment, source: .user("biller"),
                                            idempotencyKey: key, memo: "contractual", effectiveDate: date)
                }
            case 55..<65:
                let owed = model.owed(account, .insurance(payer))
                if owed > .zero {
                    entry = try .transfer(account: account, amount: Money(cents: Int64.random(in: 1...owed.cents, using: &random)),
                                          from: .insurance(payer), to: .patient, entrySource: .user("biller"),
                                          idempotencyKey: key, memo: "transfer", effectiveDate: date)
                }
            case 65..<70:
                let credit = -model.owed(account, .credit).cents
                if credit > 0 {
                    entry = try .refund(account: account, amount: Money(cents: Int64.random(in: 1...credit, using: &random)),
                                        source: .user("biller"), idempotencyKey: key, memo: "refund", effectiveDate: date)
                }
            case 70..<82:
                // The same entry again: a no-op that reports the first result.
                if let (previous, id) = model.entriesByKey.values.randomElement(using: &random) {
                    let receipt = try ledger.post(previous, by: actor)
                    #expect(receipt.wasAlreadyPosted && receipt.entry == id, "seed \(seed): repeat of \(previous.idempotencyKey) posted anew")
                    repeats += 1
                }
            case 82..<90:
                // The same key with other content: refused, nothing written.
                if let (previous, _) = model.entriesByKey.values.randomElement(using: &random) {
                    let altered = try JournalEntry.charge(account: account, amount: amount(1...9_999), owedBy: .patient,
                                                          source: .user("biller"), idempotencyKey: previous.idempotencyKey,
                                                          memo: "altered", effectiveDate: date)
                    #expect(throws: RevCycleError.self, "seed \(seed): a reused key with new content was accepted") {
                        try ledger.post(altered, by: actor)
                    }
                    conflicts += 1
                }
            case 90..<95:
                // A batch with one bad entry posts nothing at all.
                let good = try JournalEntry.charge(account: account, amount: amount(1...1_000), owedBy: .patient,
                                                   source: .user("biller"), idempotencyKey: key + "-a", memo: "", effectiveDate: date)
                let bad = try JournalEntry.charge(account: AccountID(999_999), amount: amount(1...1_000), owedBy: .patient,
                                                  source: .user("biller"), idempotencyKey: key + "-b", memo: "", effectiveDate: date)
                #expect(throws: RevCycleError.self) { try ledger.post(batch: [good, bad], by: actor) }
            default:
                // Raw SQL against posted rows is refused by the triggers.
                let statement = [
                    "UPDATE posting SET amount = amount + 1 WHERE entry_id = (SELECT MIN(entry_id) FROM posting)",
                    "DELETE FROM posting WHERE entry_id = (SELECT MAX(entry_id) FROM posting)",
                    "UPDATE journal_entry SET memo = 'x' WHERE id = (SELECT MIN(id) FROM journal_entry)",
                    "DELETE FROM journal_entry WHERE id = (SELECT MAX(id) FROM journal_entry)",
                ].randomElement(using: &random)!
                if model.entryCount > 0 {
                    #expect(throws: DatabaseError.self, "seed \(seed): \(statement) was allowed") {
                        try database.writer.write { db in try db.execute(sql: statement) }
                    }
                    refusedRawWrites += 1
                }
            }
            if let entry {
                let receipt = try ledger.post(entry, by: actor)
                #expect(!receipt.wasAlreadyPosted, "seed \(seed): a new key was reported as already posted")
                model.apply(entry, as: receipt.entry)
            }
        }

        // Every balance equals the model, bucket by bucket, and every entry sums to zero.
        let stored = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT account_id, bucket, SUM(amount) AS amount FROM posting GROUP BY account_id, bucket HAVING SUM(amount) <> 0")
        }
        var storedBalances: [AccountID: [LedgerBucket: Int64]] = [:]
        for row in stored { storedBalances[AccountID(row["account_id"]), default: [:]][try LedgerBucket(code: row["bucket"])] = row["amount"] }
        let modelBalances = model.balances.mapValues { $0.filter { $0.value != 0 } }.filter { !$0.value.isEmpty }
        #expect(storedBalances == modelBalances, "seed \(seed): stored balances differ from the model")
        for account in accounts {
            let balances = try ledger.balances(of: account, by: actor)
            for liability in [Liability.patient, .credit] + payers.map(Liability.insurance) {
                #expect(balances[liability] == model.owed(account, liability), "seed \(seed): \(account) \(liability)")
            }
        }
        let sums = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT entry_id FROM posting GROUP BY entry_id HAVING SUM(amount) <> 0)")
        }
        #expect(sums == 0, "seed \(seed): \(sums ?? -1) entries do not sum to zero")
        let verification = try ledger.verify()
        #expect(verification.isClean, "seed \(seed): \(verification.violations.first ?? "")")
        #expect(verification.entriesChecked == model.entryCount)
        #expect(verification.postingsChecked == model.postingCount)
        #expect(repeats > 100 && conflicts > 100 && refusedRawWrites > 100, "seed \(seed): the workload missed a kind of operation")
    }
}
