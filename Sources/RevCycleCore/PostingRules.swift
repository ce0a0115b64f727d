/// The hospital's standard money movements as journal entries.
///
/// Each builder returns a balanced ``JournalEntry``; the amounts it takes are positive and the
/// builder chooses the signs, so a workflow cannot post a charge backwards.
extension JournalEntry {
    /// A charge at list price, owed first by `liability`.
    public static func charge(
        account: AccountID, amount: Money, owedBy liability: Liability,
        source: EntrySource, idempotencyKey: String, memo: String, effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try requirePositive(amount, "charge")
        return try JournalEntry(
            source: source, idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: [
                Posting(account: account, bucket: .receivable(liability), amount: amount),
                Posting(account: account, bucket: .grossCharges, amount: -amount),
            ])
    }

    /// Money received from `liability` (a payer or the patient). An amount above what that
    /// liability owes on the account is the caller's to split: see ``payment(account:amount:from:owed:source:idempotencyKey:memo:effectiveDate:)``.
    public static func payment(
        account: AccountID, amount: Money, from liability: Liability,
        owed: Money, source: EntrySource, idempotencyKey: String, memo: String, effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try requirePositive(amount, "payment")
        let applied = min(amount, max(owed, .zero))
        var postings = [Posting(account: account, bucket: .cash, amount: amount)]
        if !applied.isZero {
            postings.append(Posting(account: account, bucket: .receivable(liability), amount: -applied))
        }
        let overpaid = amount - applied
        if !overpaid.isZero {
            postings.append(Posting(account: account, bucket: .receivable(.credit), amount: -overpaid))
        }
        var entry = try JournalEntry(
            source: source, idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: postings)
        entry.requestText = ["payment", account.description, amount.cents.description, liability.description,
                             source.kind.rawValue, source.reference, memo, effectiveDate.description].joined(separator: "\n")
        return entry
    }

    /// A write-down of what `liability` owes, into an adjustment bucket (contractual, charity,
    /// bad debt, administrative).
    public static func adjustment(
        account: AccountID, amount: Money, of liability: Liability, into bucket: LedgerBucket,
        source: EntrySource, idempotencyKey: String, memo: String, effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try requirePositive(amount, "adjustment")
        guard bucket.liability == nil, bucket != .cash, bucket != .grossCharges else {
            throw RevCycleError(.invalidInput, "An adjustment must go to an adjustment bucket, not \(bucket).")
        }
        return try JournalEntry(
            source: source, idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: [
                Posting(account: account, bucket: .receivable(liability), amount: -amount),
                Posting(account: account, bucket: bucket, amount: amount),
            ])
    }

    /// Moves a balance from one liability to another (insurance to patient after adjudication,
    /// primary to secondary payer).
    public static func transfer(
        account: AccountID, amount: Money, from source: Liability, to destination: Liability,
        entrySource: EntrySource, idempotencyKey: String, memo: String, effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try requirePositive(amount, "transfer")
        guard source != destination else {
            throw RevCycleError(.invalidInput, "A transfer needs two different liabilities; both are \(source).")
        }
        return try JournalEntry(
            source: entrySource, idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: [
                Posting(account: account, bucket: .receivable(source), amount: -amount),
                Posting(account: account, bucket: .receivable(destination), amount: amount),
            ])
    }

    /// Pays back part of a credit balance.
    public static func refund(
        account: AccountID, amount: Money,
        source: EntrySource, idempotencyKey: String, memo: String, effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try requirePositive(amount, "refund")
        return try JournalEntry(
            source: source, idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: [
                Posting(account: account, bucket: .receivable(.credit), amount: amount),
                Posting(account: account, bucket: .refunds, amount: -amount),
            ])
    }

    /// The entry that undoes `original` exactly.
    public static func reversal(
        of original: JournalEntry, originalID: JournalEntryID, idempotencyKey: String, memo: String,
        effectiveDate: CalendarDate
    ) throws -> JournalEntry {
        try JournalEntry(
            source: EntrySource(.reversal, reference: originalID.description),
            idempotencyKey: idempotencyKey, memo: memo, effectiveDate: effectiveDate,
            postings: original.postings.map { Posting(account: $0.account, bucket: $0.bucket, amount: -$0.amount) })
    }

    private static func requirePositive(_ amount: Money, _ what: String) throws {
        guard amount > .zero, amount <= Money.postingLimit else {
            throw RevCycleError(
                .invalidInput,
                "A \(what) amount must be more than $0.00 and at most \(Money.postingLimit); got \(amount).")
        }
    }
}
