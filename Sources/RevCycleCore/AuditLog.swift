/// Which audit rows to show.
public struct AuditQuery: Sendable, Hashable {
    public var patient: PatientID?
    public var account: AccountID?
    public var user: String?
    public var outcome: AuditRecord.Outcome?
    public var limit: Int

    public init(patient: PatientID? = nil, account: AccountID? = nil, user: String? = nil,
                outcome: AuditRecord.Outcome? = nil, limit: Int = 100) {
        self.patient = patient
        self.account = account
        self.user = user
        self.outcome = outcome
        self.limit = limit
    }
}

/// What `audit verify` found.
public struct AuditVerification: Sendable, Hashable {
    public var rowsChecked: Int
    /// The first broken link, naming the row's sequence number and what is wrong.
    public var firstBreak: String?

    public init(rowsChecked: Int, firstBreak: String?) {
        self.rowsChecked = rowsChecked
        self.firstBreak = firstBreak
    }
}

/// The tamper-evident trail of who touched which patient's data.
public protocol AuditLog: Sendable {
    /// Appends one row in its own transaction (denied attempts, reads that write nothing else).
    func record(action: String, outcome: AuditRecord.Outcome, patient: PatientID?, account: AccountID?,
                detail: String, by actor: ActingUser) throws
    /// Newest first.
    func records(matching query: AuditQuery) throws -> [AuditRecord]
    func verify() throws -> AuditVerification
}
