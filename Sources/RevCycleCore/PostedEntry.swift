public import Foundation

/// A posted journal entry as read back.
public struct PostedEntry: Sendable, Hashable {
    public var id: JournalEntryID
    public var entry: JournalEntry
    public var postedAt: Date
    public var postedBy: String

    public init(id: JournalEntryID, entry: JournalEntry, postedAt: Date, postedBy: String) {
        self.id = id
        self.entry = entry
        self.postedAt = postedAt
        self.postedBy = postedBy
    }
}
