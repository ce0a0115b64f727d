public import Foundation

/// Something that happened, published by a module for other modules and site scripts to react to:
/// `billing.payment.posted`, `counseling.assistance.applied`.
///
/// An event is recorded in the same transaction as the change it reports, so it exists exactly
/// when the change does; handlers run after the transaction commits. Fields carry ids, codes and
/// amounts, never names or clinical detail.
public struct HostEvent: Sendable, Hashable {
    /// The qualified name: `<module>.<event>`.
    public var name: String
    public var site: String
    public var patient: PatientID?
    public var account: AccountID?
    /// Flat, non-identifying details: `amount_cents`, `payer`, `entry`.
    public var fields: [String: String]
    public var occurredAt: Date
    /// Set once recorded.
    public var sequence: Int64?

    public init(name: String, site: String, patient: PatientID? = nil, account: AccountID? = nil,
                fields: [String: String] = [:], occurredAt: Date, sequence: Int64? = nil) {
        self.name = name
        self.site = site
        self.patient = patient
        self.account = account
        self.fields = fields
        self.occurredAt = occurredAt
        self.sequence = sequence
    }
}
