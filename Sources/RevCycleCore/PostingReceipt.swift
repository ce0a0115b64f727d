/// The result of posting a journal entry.
public struct PostingReceipt: Sendable, Hashable {
    public var entry: JournalEntryID
    /// True when the idempotency key had been posted before with the same content: nothing new was written.
    public var wasAlreadyPosted: Bool

    public init(entry: JournalEntryID, wasAlreadyPosted: Bool) {
        self.entry = entry
        self.wasAlreadyPosted = wasAlreadyPosted
    }
}
