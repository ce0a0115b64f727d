public import Foundation

/// A piece of work one role hands to another: a denial to work, an eligibility failure to fix,
/// an assistance application missing documents, a script error to look at.
public struct WorkItem: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case open
        case inProgress = "in-progress"
        case done
        case cancelled
    }

    /// 1 is the most urgent, 5 the least.
    public enum Priority: Int, Sendable, CaseIterable, Comparable, Codable {
        case urgent = 1, high, normal, low, someday

        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

        public init(parsing text: String) throws {
            if let number = Int(text), let priority = Priority(rawValue: number) {
                self = priority
                return
            }
            switch text.lowercased() {
            case "urgent": self = .urgent
            case "high": self = .high
            case "normal": self = .normal
            case "low": self = .low
            case "someday": self = .someday
            default:
                throw RevCycleError(.invalidInput, "\"\(text)\" is not a priority; expected 1-5 or urgent, high, normal, low, someday.")
            }
        }

        public var name: String {
            switch self {
            case .urgent: "urgent"
            case .high: "high"
            case .normal: "normal"
            case .low: "low"
            case .someday: "someday"
            }
        }
    }

    /// What the work item is about, for links and audit.
    public struct Links: Sendable, Hashable {
        public var patient: PatientID?
        public var account: AccountID?
        /// A claim identifier (the billing module's claim number).
        public var claim: String?

        public init(patient: PatientID? = nil, account: AccountID? = nil, claim: String? = nil) {
            self.patient = patient
            self.account = account
            self.claim = claim
        }
    }

    public var id: WorkItemID?
    /// A dotted kind owned by the creator: `billing.denial`, `access.eligibility-failure`, `script.error`.
    public var kind: String
    public var title: String
    public var detail: String
    /// The role whose queue holds the item.
    public var role: Role
    /// The person working it, once taken or assigned.
    public var assignee: String?
    public var priority: Priority
    public var dueDate: CalendarDate?
    public var status: Status
    public var links: Links
    /// Who created it: a user name, `module:billing`, `script:north/billing.lua:42`.
    public var createdBy: String
    public var createdAt: Date

    public init(
        id: WorkItemID? = nil, kind: String, title: String, detail: String = "", role: Role,
        assignee: String? = nil, priority: Priority = .normal, dueDate: CalendarDate? = nil,
        status: Status = .open, links: Links = Links(), createdBy: String, createdAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.detail = detail
        self.role = role
        self.assignee = assignee
        self.priority = priority
        self.dueDate = dueDate
        self.status = status
        self.links = links
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

/// One line of a work item's history.
public struct WorkItemEvent: Sendable, Hashable {
    public var at: Date
    public var actor: String
    /// `created`, `taken`, `reassigned`, `done`, `cancelled`, `note`.
    public var action: String
    public var note: String

    public init(at: Date, actor: String, action: String, note: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.note = note
    }
}
