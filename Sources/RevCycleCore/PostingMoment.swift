/// What a balance-dependent posting sees inside its transaction: the account's balances at that
/// moment, and the entry already posted under an idempotency key, if any.
///
/// A repeated request whose amount depended on a balance that its first posting changed returns
/// that first entry (with the same ``JournalEntry/requestText``), so the repeat is recognised and
/// nothing new is written.
public struct PostingMoment {
    public let balances: LiabilityBalances
    public let postedEntry: (String) throws -> JournalEntry?

    public init(balances: LiabilityBalances, postedEntry: @escaping (String) throws -> JournalEntry?) {
        self.balances = balances
        self.postedEntry = postedEntry
    }
}
