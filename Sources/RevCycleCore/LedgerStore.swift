/// The journal and the balances derived from it.
///
/// Every write is one transaction that also appends its audit row. Nothing posted is changed:
/// a correction is a reversing entry.
public protocol LedgerStore: Sendable {
    /// Posts one entry. The same idempotency key with the same content returns the first receipt;
    /// with different content it throws `conflict`.
    func post(_ entry: JournalEntry, by actor: ActingUser) throws -> PostingReceipt
    /// Posts many entries in one transaction (an imported file, a batch run): all or nothing.
    /// `events` are recorded in the same transaction, unless every entry had been posted before
    /// (a repeated import publishes nothing new); the recorded events are returned with their sequence.
    func post(batch entries: [JournalEntry], by actor: ActingUser, publishing events: [HostEvent]) throws
        -> (receipts: [PostingReceipt], events: [HostEvent])
    /// Posts entries computed from the account's balances at the moment of posting, inside the same
    /// transaction: a payment split between what is owed and a credit, a discount of what the patient
    /// owes, a transfer of no more than is owed. Another writer cannot change the balance in between.
    func post(on account: AccountID, by actor: ActingUser,
              building: (PostingMoment) throws -> [JournalEntry],
              publishing: ([JournalEntry]) throws -> [HostEvent]) throws
        -> (receipts: [PostingReceipt], entries: [JournalEntry], events: [HostEvent])
    func balances(of account: AccountID, by actor: ActingUser) throws -> LiabilityBalances
    func balances(ofGuarantor guarantor: GuarantorID, by actor: ActingUser) throws -> [AccountID: LiabilityBalances]
    func journal(of account: AccountID, by actor: ActingUser) throws -> [PostedEntry]
    /// Every account of the actor's site with a non-zero receivable, oldest service date first.
    func openReceivables(by actor: ActingUser) throws -> [OpenReceivable]
    func verify() throws -> LedgerVerification
}

extension LedgerStore {
    public func post(batch entries: [JournalEntry], by actor: ActingUser) throws -> [PostingReceipt] {
        try post(batch: entries, by: actor, publishing: []).receipts
    }
}
