import RevCycleCore
import Testing

struct JournalEntryTests {
    let date = try! CalendarDate(parsing: "2026-11-02")
    let account = AccountID(7)

    @Test func aChargeDebitsTheReceivableAndCreditsRevenue() throws {
        let entry = try JournalEntry.charge(account: account, amount: Money(cents: 12_500), owedBy: .patient,
                                            source: .user("mlopez"), idempotencyKey: "k", memo: "99213", effectiveDate: date)
        #expect(entry.postings.map(\.amount.cents) == [12_500, -12_500])
        #expect(entry.postings.map(\.bucket) == [.receivable(.patient), .grossCharges])
    }

    @Test func anOverpaymentBecomesACredit() throws {
        let entry = try JournalEntry.payment(account: account, amount: Money(cents: 5_000), from: .patient, owed: Money(cents: 3_000),
                                             source: .user("x"), idempotencyKey: "k", memo: "", effectiveDate: date)
        #expect(entry.postings.first { $0.bucket == .receivable(.patient) }?.amount.cents == -3_000)
        #expect(entry.postings.first { $0.bucket == .receivable(.credit) }?.amount.cents == -2_000)
        #expect(entry.postings.reduce(Money.zero) { $0 + $1.amount } == .zero)
    }

    @Test("Entries that break the rules are refused", arguments: [
        [Int64(100)], [100, -99], [0, 0], [100, -100, 0], [10_000_000_001, -10_000_000_001],
    ])
    func unbalancedEntriesAreRefused(amounts: [Int64]) {
        #expect(throws: RevCycleError.self) {
            try JournalEntry(source: .user("x"), idempotencyKey: "k", memo: "", effectiveDate: date,
                             postings: amounts.map { Posting(account: account, bucket: .cash, amount: Money(cents: $0)) })
        }
    }

    @Test func aReversalUndoesTheOriginalExactly() throws {
        let original = try JournalEntry.transfer(account: account, amount: Money(cents: 2_500), from: .insurance(try PayerCode("AETNA")),
                                                 to: .patient, entrySource: .user("x"), idempotencyKey: "k", memo: "", effectiveDate: date)
        let reversal = try JournalEntry.reversal(of: original, originalID: JournalEntryID(3), idempotencyKey: "r", memo: "", effectiveDate: date)
        #expect(zip(original.postings, reversal.postings).allSatisfy { $0.amount == -$1.amount && $0.bucket == $1.bucket })
    }

    @Test func canonicalTextIgnoresPostingOrderButNotContent() throws {
        let a = Posting(account: account, bucket: .cash, amount: Money(cents: 100))
        let b = Posting(account: account, bucket: .receivable(.patient), amount: Money(cents: -100))
        let first = try JournalEntry(source: .user("x"), idempotencyKey: "k", memo: "m", effectiveDate: date, postings: [a, b])
        let second = try JournalEntry(source: .user("x"), idempotencyKey: "k", memo: "m", effectiveDate: date, postings: [b, a])
        let third = try JournalEntry(source: .user("x"), idempotencyKey: "k", memo: "m2", effectiveDate: date, postings: [a, b])
        #expect(first.canonicalText == second.canonicalText)
        #expect(first.canonicalText != third.canonicalText)
    }

    @Test("Bucket codes round-trip", arguments: [
        "ar:patient", "ar:credit", "ar:insurance:MEDICARE", "revenue:charges", "cash", "adj:contractual", "adj:charity",
        "adj:bad-debt", "adj:administrative", "refunds",
    ])
    func bucketCodesRoundTrip(code: String) throws {
        #expect(try LedgerBucket(code: code).code == code)
    }
}
