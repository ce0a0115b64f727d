public import Foundation

/// One row of the audit trail: who touched which patient's data, when, what, and the outcome.
///
/// Rows are append-only and hash-chained: each row's ``hash`` covers its fields and the previous
/// row's hash, so changing or removing a row breaks the chain that `revcycle audit verify` walks.
public struct AuditRecord: Sendable, Hashable {
    public enum Outcome: String, Sendable, CaseIterable, Codable {
        case allowed
        case denied
        case failed
    }

    public var sequence: Int64?
    public var at: Date
    /// The RevCycle user acting.
    public var user: String
    /// The role the user acted in.
    public var role: Role?
    /// The operating-system account that ran the command, when it acted as someone else.
    public var osAccount: String?
    public var site: String
    public var patient: PatientID?
    public var account: AccountID?
    /// A dotted action name: `ledger.show`, `access.patient.register`, `tasks.take`.
    public var action: String
    public var outcome: Outcome
    /// Non-clinical detail: ids, counts, the reason for a denial.
    public var detail: String
    public var previousHash: String
    public var hash: String

    public init(
        sequence: Int64? = nil, at: Date, user: String, role: Role?, osAccount: String? = nil, site: String,
        patient: PatientID? = nil, account: AccountID? = nil, action: String, outcome: Outcome,
        detail: String = "", previousHash: String = "", hash: String = ""
    ) {
        self.sequence = sequence
        self.at = at
        self.user = user
        self.role = role
        self.osAccount = osAccount
        self.site = site
        self.patient = patient
        self.account = account
        self.action = action
        self.outcome = outcome
        self.detail = detail
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The text the chain hash covers: every field but the hash itself, with the time in whole
    /// microseconds so that a round trip through the database gives the same text.
    public var chainedText: String {
        [
            sequence.map(String.init) ?? "",
            String(Int64((at.timeIntervalSince1970 * 1_000_000).rounded())),
            user, role?.rawValue ?? "", osAccount ?? "", site,
            patient.map { String($0.rawValue) } ?? "", account.map { String($0.rawValue) } ?? "",
            action, outcome.rawValue, detail, previousHash,
        ].joined(separator: "\u{1F}")
    }
}
