import RevCycleCore
import RevCycleHost

/// What collections does when a financial-assistance application changes, whether a counselor's
/// event or a collector's entry says so (501(r), 26 CFR 1.501(r)-6(c)):
///
/// - received, incomplete or complete: record it, and put a financial-assistance hold on the
///   guarantor (no escalation, no extraordinary action) unless one is in force;
/// - approved for a visit: record what the patient owes for it; every extraordinary action taken on
///   it becomes a reversal task, and money paid above the new amount (from $5.00) a refund request
///   once the charity adjustment has left it as a credit; the hold is released;
/// - denied: record it and release the hold; collection resumes under the notice rules.
struct AssistanceFollowUp {
    let services: HostServices
    let actor: ActingUser
    let day: CalendarDate

    /// - Parameter status: `incomplete`, `pending`, `approved` or `denied`.
    /// - Returns: what was done, in words.
    func record(_ status: String, guarantor: GuarantorID, account: AccountID?, patientOwes: Money?, completeBy: CalendarDate?,
                source: String) throws -> [String] {
        let store = CollectionsStore(database: services.database)
        try store.recordAssistance(guarantor: guarantor, account: account, status: status, on: day, completeBy: completeBy,
                                   patientOwes: patientOwes, source: source, by: actor)
        var done: [String] = []
        let holds = try store.holds(site: actor.site, guarantor: guarantor)
            .filter { $0.kind == .financialAssistanceApplication && $0.isActive(on: day) }
        switch status {
        case "incomplete", "pending":
            if holds.isEmpty {
                let hold = try CollectionHold(kind: .financialAssistanceApplication, reason: "assistance application \(status) since \(day)", startsOn: day)
                let id = try store.placeHold(guarantor: guarantor, account: nil, hold, by: actor)
                done.append("hold H\(id) placed until \(hold.expiresOn?.description ?? "released")")
            }
        default:
            for hold in holds {
                _ = try store.releaseHold(hold.id, on: day, reason: "assistance application \(status)", by: actor)
                done.append("hold H\(hold.id) released")
            }
        }
        if status == "approved", let account {
            let facts = try store.actionFacts(of: account, on: day, site: actor.site)
            for obligation in ExtraordinaryActionRules.obligationsAfterApproval(facts: facts) {
                done.append(try follow(obligation, visit: account, facts: facts))
            }
        }
        return done
    }

    /// Turns an approval's obligation into work: a task to reverse an action, a refund request for money
    /// the patient paid above the new amount (or a task until the adjustment leaves a credit to refund).
    func follow(_ obligation: AssistanceObligation, visit: AccountID, facts: ExtraordinaryActionFacts) throws -> String {
        let store = CollectionsStore(database: services.database)
        switch obligation {
        case .reverse(let action):
            let stored = try store.actions(of: visit).first { $0.action.kind == action.kind && !$0.action.isReversed }
            let id = try services.workQueue.create(WorkItem(
                kind: "collections.eca-reversal", title: "Reverse \(action.kind.words) on \(visit) (assistance approved)",
                detail: "\(action.kind.reversal); then record it: revcycle collections actions reverse X\(stored?.id ?? 0) --reason ...",
                role: .collections, priority: .high, dueDate: day.adding(businessDays: 5),
                links: WorkItem.Links(account: visit), createdBy: actor.user, createdAt: actor.at), by: actor)
            return "task \(id) to reverse \(action.kind.rawValue)"
        case .refund(let amount):
            let credit = try services.ledger.balances(of: visit, by: actor).credit
            let task = WorkItem(kind: "collections.refund-approval", title: "Approve a refund of \(amount) from \(visit)",
                                detail: "assistance approved: the patient paid \(facts.patientPaid) (asked by \(actor.user))",
                                role: .collections, priority: .high, dueDate: day.adding(businessDays: 5),
                                links: WorkItem.Links(account: visit), createdBy: actor.user, createdAt: actor.at)
            if -credit >= amount {
                let (id, _) = try store.requestRefund(account: visit, amount: amount, reason: "assistance approved: refund of overpayment",
                                                      task: task, by: actor)
                return "refund request RF\(id) for \(amount)"
            }
            var later = task
            later.title = "Refund \(amount) on \(visit) once the charity adjustment leaves it as a credit"
            let id = try services.workQueue.create(later, by: actor)
            return "task \(id): refund \(amount) after the charity adjustment"
        }
    }
}
