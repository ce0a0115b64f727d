import RevCycleCore
import RevCycleHost

/// When a payment leaves a credit balance, someone must refund it or apply it to another visit:
/// collections puts a task in its own queue (501(r) asks for refunds of overpayments from patients
/// later found eligible for assistance; payers expect overpayments back).
enum CreditBalanceReview {
    @Sendable
    static func handle(_ event: HostEvent, services: HostServices, actor: ActingUser) throws {
        guard let account = event.account, let credit = event.fields["credit_cents"].flatMap(Int64.init), credit > 0 else {
            return
        }
        let item = WorkItem(
            kind: "collections.credit-balance",
            title: "Credit balance of \(Money(cents: credit)) on \(account): refund it or apply it to another visit",
            detail: "left by \(event.name) #\(event.sequence ?? 0)", role: .collections, priority: .normal,
            dueDate: CalendarDate(event.occurredAt, in: services.site.timeZone).adding(businessDays: 10),
            links: WorkItem.Links(account: account), createdBy: actor.user, createdAt: actor.at)
        _ = try services.workQueue.create(item, by: actor)
    }
}
