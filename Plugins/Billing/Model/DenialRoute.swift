import RevCycleCore

/// Where a denial's task goes, as the site's `billing.denial.route` policy decided it.
struct DenialRoute: Sendable, Hashable {
    var role: Role
    var priority: WorkItem.Priority
    var assignee: String?
    var note: String

    static let standard = DenialRoute(role: .billing, priority: .normal, assignee: nil, note: "")
}
