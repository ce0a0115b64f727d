import RevCycleCore
import RevCycleHost

/// The daily payment-plan run: for every plan in force, carry out what the ``DelinquencyLadder`` says
/// is due today and record it, one transaction per action.
///
/// A gateway charge is made before its record is written, under the charge's idempotency key: if the
/// record fails, the next run asks again with the same key and the gateway answers with the charge it
/// already made, so a patient is never charged twice.
struct PlanRun {
    let services: HostServices
    let actor: ActingUser
    let day: CalendarDate

    struct Outcome: Sendable {
        var plan: String
        var guarantor: GuarantorID
        var action: String
        var amount: Money?
        var result: String
    }

    func perform() throws -> [Outcome] {
        let store = CollectionsStore(database: services.database)
        var outcomes: [Outcome] = []
        for plan in try store.plans(site: actor.site) {
            var current = plan
            // A day can need a second step after the first is recorded (a final decline makes the
            // delinquency notice due): ask again until nothing is left, a few rounds at most.
            for _ in 0..<4 {
                let actions = DelinquencyLadder(policy: current.limits.policy).review(current.history, on: day).actions
                guard !actions.isEmpty else { break }
                for action in actions {
                    let (changed, outcome) = try carryOut(action, on: current, store: store)
                    current = changed
                    outcomes.append(outcome)
                }
            }
        }
        return outcomes
    }

    private func carryOut(_ action: PlanAction, on plan: CollectionsStore.StoredPlan,
                          store: CollectionsStore) throws -> (CollectionsStore.StoredPlan, Outcome) {
        var outcome = Outcome(plan: plan.name, guarantor: plan.guarantor, action: "", amount: nil, result: "")
        let changed: CollectionsStore.StoredPlan
        switch action {
        case .sendAuthorizationCopy:
            changed = try store.changePlan(plan.id, kind: "authorization-copy", on: day, by: actor) { history, _, _ in
                history.recordAuthorizationCopySent(on: day)
                return (nil, "copy", "copy of the autopay authorization sent to the patient", [])
            }
            outcome.action = "authorization copy"
            outcome.result = "sent to the patient"
        case .sendAmountChangeNotice(let notice):
            changed = try store.changePlan(plan.id, kind: "amount-notice", on: day, by: actor) { history, _, _ in
                history.record(notice)
                return (nil, "notice:\(notice.sentOn):\(history.schedule.revision)",
                        "new autopay amounts from \(notice.effectiveOn): " + notice.transfers.map { "\($0.dueDate) \($0.amount)" }.joined(separator: ", "), [])
            }
            outcome.action = "amount-change notice"
            outcome.result = "sent; new amounts charged from \(notice.effectiveOn)"
        case .chargeAutopay(let charge):
            let key = charge.idempotencyKey(plan: plan.name)
            let answer = try services.paymentGateway().charge(ChargeRequest(token: charge.paymentMethod.token, amount: charge.amount,
                                                                              idempotencyKey: key, reference: plan.name))
            let declined: String = if case .declined(let reason) = answer.outcome { "\(reason.rawValue): \(reason.explanation)" } else { "" }
            changed = try store.changePlan(plan.id, kind: "autopay", on: day, by: actor) { history, stored, db in
                let applied = try history.record(charge.recorded(on: day, outcome: AutopayOutcome(answer)))
                guard applied != nil else {
                    return (charge.amount, key, "autopay for installment \(charge.installment) declined (\(declined))", [])
                }
                let entry = try CollectionsStore.guarantorPayment(
                    stored.guarantor, amount: charge.amount, source: EntrySource(.gateway, reference: answer.chargeID),
                    key: "collections.plan:\(stored.name):autopay:\(answer.chargeID)",
                    memo: "plan \(stored.name) autopay, installment \(charge.installment)", date: day, in: db)
                return (charge.amount, key, "autopay for installment \(charge.installment) approved (\(answer.chargeID))", [entry])
            }
            outcome.action = charge.isRetry ? "autopay retry \(charge.attempt - 1)" : "autopay"
            outcome.amount = charge.amount
            outcome.result = answer.isApproved ? "approved \(answer.chargeID)" : "declined: \(declined)"
        case .sendDelinquencyNotice(let notice):
            changed = try store.changePlan(plan.id, kind: "delinquency-notice", on: day, by: actor) { history, _, _ in
                history.record(notice)
                return (notice.amountMissed, "delinquency:\(notice.sentOn)",
                        "installment(s) \(notice.missedInstallments.map(String.init).joined(separator: ", ")) missed (\(notice.amountMissed)); defaults on \(notice.defaultsOn) unless brought current",
                        [])
            }
            _ = try services.workQueue.create(WorkItem(
                kind: "collections.plan-delinquent", title: "Plan \(plan.name) is behind by \(notice.amountMissed): call before \(notice.defaultsOn)",
                detail: "notice sent \(notice.sentOn); the plan defaults on \(notice.defaultsOn) unless brought current",
                role: .collections, priority: .high, dueDate: notice.defaultsOn, links: WorkItem.Links(),
                createdBy: actor.user, createdAt: actor.at), by: actor)
            outcome.action = "delinquency notice"
            outcome.amount = notice.amountMissed
            outcome.result = "sent; defaults on \(notice.defaultsOn) unless brought current"
        case .declareDefault(let planDefault):
            changed = try store.changePlan(plan.id, kind: "default", on: day, by: actor) { history, _, _ in
                history.record(planDefault)
                return (planDefault.remaining, "default", "defaulted with \(planDefault.remaining) left; back to regular collections", [])
            }
            outcome.action = "default"
            outcome.amount = planDefault.remaining
            outcome.result = "plan ended; the balance is worked from the collections worklist again"
        }
        return (changed, outcome)
    }
}
