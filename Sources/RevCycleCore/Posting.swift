/// One line of a journal entry: a signed amount (debit positive) in one bucket of one account.
public struct Posting: Sendable, Hashable, Codable {
    public var account: AccountID
    public var bucket: LedgerBucket
    public var amount: Money

    public init(account: AccountID, bucket: LedgerBucket, amount: Money) {
        self.account = account
        self.bucket = bucket
        self.amount = amount
    }

    enum CodingKeys: String, CodingKey { case account, bucket, amount }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        account = AccountID(try AccountID(parsing: container.decode(String.self, forKey: .account)).rawValue)
        bucket = try LedgerBucket(code: container.decode(String.self, forKey: .bucket))
        amount = try container.decode(Money.self, forKey: .amount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account.description, forKey: .account)
        try container.encode(bucket.code, forKey: .bucket)
        try container.encode(amount, forKey: .amount)
    }
}
