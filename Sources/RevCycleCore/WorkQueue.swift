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
