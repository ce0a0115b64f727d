/// A money movement: two or more postings that sum to zero, with its source and an idempotency key.
///
/// Entries are append-only. Posting the same entry twice (same idempotency key, same content)
/// returns the first result; the same key with different content is refused.
///
/// ```swift
/// let entry = try JournalEntry.charge(
///     account: AccountID(7), amount: Money(cents: 12_500), owedBy: .insurance(try PayerCode("MEDICARE")),
///     source: .user("mlopez"), idempotencyKey: "charge-A7-99213-2026-11-02", memo: "99213 office visit",
///     effectiveDate: try CalendarDate(parsing: "2026-11-02"))
/// ```
public struct JournalEntry: Sendable, Hashable {
    public var source: EntrySource
    public var idempotencyKey: String
    public var memo: String
    /// The business date the entry belongs to (date of service, deposit date), not the posting instant.
    public var effectiveDate: CalendarDate
    public var postings: [Posting]
    /// What was asked for, when the postings depend on the balance at the time (a payment split
    /// between what is owed and a credit): a repeat of the same request is recognised by this text,
    /// not by a split that the first posting already changed. `nil` means the postings themselves.
    public var requestText: String?

    /// Builds an entry, checking the rules every entry obeys.
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) when there are fewer than two postings, the
    ///   postings do not sum to zero, a posting is zero or above ``Money/postingLimit``, or the key is empty.
    public init(
        source: EntrySource,
        idempotencyKey: String,
        memo: String,
        effectiveDate: CalendarDate,
        postings: [Posting]
    ) throws {
        self.source = source
        self.idempotencyKey = idempotencyKey
        self.memo = memo
        self.effectiveDate = effectiveDate
        self.postings = postings
        if let problem = firstRuleViolation { throw RevCycleError(.invalidInput, problem) }
    }

    /// An entry exactly as the journal recorded it, without checking the rules: for reading back
    /// (``firstRuleViolation`` tells whether it still holds them).
    public init(
        recordedSource source: EntrySource, idempotencyKey: String, memo: String,
        effectiveDate: CalendarDate, postings: [Posting]
    ) {
        self.source = source
        self.idempotencyKey = idempotencyKey
        self.memo = memo
        self.effectiveDate = effectiveDate
        self.postings = postings
    }

    /// The first rule this entry breaks, or `nil`. Used when building and again by `ledger verify`.
    public var firstRuleViolation: String? {
        if idempotencyKey.isEmpty || idempotencyKey.count > 200 {
            return "A journal entry needs an idempotency key of 1 to 200 characters."
        }
        if source.reference.isEmpty { return "A journal entry needs a source reference." }
        if postings.count < 2 { return "A journal entry needs at least two postings; it has \(postings.count)." }
        var total = Money.zero
        for posting in postings {
            if posting.amount.isZero { return "A posting to \(posting.account) \(posting.bucket) is zero." }
            if posting.amount.magnitude > Money.postingLimit {
                return "A posting of \(posting.amount) exceeds the limit of \(Money.postingLimit)."
            }
            total += posting.amount
        }
        if !total.isZero { return "The postings sum to \(total); a journal entry must sum to zero." }
        return nil
    }

    /// The text that decides whether a reused idempotency key is the same request again.
    public var idempotencyText: String { requestText ?? canonicalText }

    /// How much this entry adds to credit balances (an overpayment), as a positive amount.
    public var creditCreated: Money {
        postings.filter { $0.bucket == .receivable(.credit) }.reduce(Money.zero) { $0 - $1.amount }
    }

    /// The accounts this entry touches, in order.
    public var accounts: [AccountID] {
        var found: [AccountID] = []
        for posting in postings where !found.contains(posting.account) { found.append(posting.account) }
        return found.count > 1 ? found.sorted() : found
    }

    /// A canonical text of everything that makes the entry what it is; equal entries have equal text.
    /// The store keeps its digest to tell "the same entry again" from "another entry with a reused key".
    public var canonicalText: String {
        let lines = postings
            .map { ($0.account.rawValue, $0.bucket.code, $0.amount.cents) }
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var text = String()
        text.reserveCapacity(96 + 48 * lines.count)
        for part in [source.kind.rawValue, source.reference, memo, effectiveDate.description] {
            text += part
            text += "\n"
        }
        for (account, bucket, cents) in lines {
            text += String(account)
            text += "|"
            text += bucket
            text += "|"
            text += String(cents)
            text += "\n"
        }
        return text
    }
}
