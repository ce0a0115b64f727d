public import Foundation

/// Who is acting, as which role, for which site, and when: stamped on every audit row that a
/// store writes in the same transaction as the change it records.
public struct ActingUser: Sendable, Hashable {
    public var user: String
    public var role: Role?
    /// The operating-system account, recorded when it differs from the RevCycle user it acts as.
    public var osAccount: String?
    public var site: String
    public var at: Date

    public init(user: String, role: Role?, osAccount: String? = nil, site: String, at: Date) {
        self.user = user
        self.role = role
        self.osAccount = osAccount
        self.site = site
        self.at = at
    }
}

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

/// What `ledger verify` found.
public struct LedgerVerification: Sendable, Hashable {
    public var entriesChecked: Int
    public var postingsChecked: Int
    public var accountsChecked: Int
    /// Violations in the order they were found; the first one is the one to fix first.
    public var violations: [String]

    public init(entriesChecked: Int, postingsChecked: Int, accountsChecked: Int, violations: [String]) {
        self.entriesChecked = entriesChecked
        self.postingsChecked = postingsChecked
        self.accountsChecked = accountsChecked
        self.violations = violations
    }

    public var isClean: Bool { violations.isEmpty }
}

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

extension LedgerStore {
    public func post(batch entries: [JournalEntry], by actor: ActingUser) throws -> [PostingReceipt] {
        try post(batch: entries, by: actor, publishing: []).receipts
    }
}

/// The shared registry of patients, guarantors and their encounter accounts. The access module
/// owns registration; every module reads through this.
public protocol PatientRegistry: Sendable {
    func addPatient(mrn: String, familyName: String, givenName: String, birthDate: CalendarDate,
                    by actor: ActingUser) throws -> PatientSummary
    func addGuarantor(name: String, patient: PatientID?, by actor: ActingUser) throws -> Guarantor
    func openAccount(guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                     by actor: ActingUser) throws -> PatientAccount
    func patient(_ id: PatientID, by actor: ActingUser) throws -> PatientSummary
    func account(_ id: AccountID, by actor: ActingUser) throws -> PatientAccount
    func accounts(ofGuarantor guarantor: GuarantorID, by actor: ActingUser) throws -> [PatientAccount]
    func guarantor(_ id: GuarantorID, by actor: ActingUser) throws -> Guarantor
}

/// The people who may use RevCycle.
public protocol UserDirectory: Sendable {
    func add(_ user: StaffUser, by actor: ActingUser) throws
    func all() throws -> [StaffUser]
    func user(named name: String) throws -> StaffUser?
    func user(forOSAccount login: String) throws -> StaffUser?
    func isEmpty() throws -> Bool
}

/// Filters for the work queue.
public struct WorkQueueFilter: Sendable, Hashable {
    public var role: Role?
    public var assignee: String?
    public var statuses: Set<WorkItem.Status>
    public var limit: Int

    public init(role: Role? = nil, assignee: String? = nil, statuses: Set<WorkItem.Status> = [.open, .inProgress],
                limit: Int = 200) {
        self.role = role
        self.assignee = assignee
        self.statuses = statuses
        self.limit = limit
    }
}

/// The one queue of work items that every role works through.
public protocol WorkQueue: Sendable {
    func create(_ item: WorkItem, by actor: ActingUser) throws -> WorkItemID
    func items(matching filter: WorkQueueFilter, site: String) throws -> [WorkItem]
    func item(_ id: WorkItemID, by actor: ActingUser) throws -> (WorkItem, [WorkItemEvent])
    func take(_ id: WorkItemID, by actor: ActingUser) throws -> WorkItem
    func complete(_ id: WorkItemID, note: String, by actor: ActingUser) throws -> WorkItem
    func reassign(_ id: WorkItemID, toUser user: String?, toRole role: Role?, note: String,
                  by actor: ActingUser) throws -> WorkItem
}
