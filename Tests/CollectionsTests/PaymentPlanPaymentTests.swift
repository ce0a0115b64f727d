import RevCycleCore
import Testing

@testable import Collections

struct PaymentPlanPaymentTests {
    /// $1,000.00 over 12, due the 15th from 2026-01-15: four of $83.34, then eight of $83.33.
    func schedule() throws -> PaymentPlanSchedule {
        try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars("1000.00"), installmentCount: 12,
                firstDueDate: PlanFixtures.day("2026-01-15")))
    }

    func payment(_ amount: String, on date: String) -> PlanPayment {
        PlanPayment(
            receivedOn: PlanFixtures.day(date), amount: PlanFixtures.dollars(amount), reference: "check-\(date)")
    }

    @Test("A partial payment goes to the oldest installment and leaves it partly paid")
    func partialPayment() throws {
        var plan = try schedule()
        let applied = try plan.apply(payment("50.00", on: "2026-01-10"))
        #expect(applied.allocations == [InstallmentAllocation(installment: 1, amount: PlanFixtures.dollars("50.00"))])
        #expect(applied.unapplied == .zero)
        #expect(plan.installments[0].unpaid == PlanFixtures.dollars("33.34"))
        #expect(plan.installments[0].paidInFullOn == nil)
        #expect(plan.remaining == PlanFixtures.dollars("950.00"))
        #expect(plan.paid + plan.remaining == plan.total)
    }

    @Test("A payment spanning installments fills them oldest first and dates the ones it completes")
    func paymentSpansInstallments() throws {
        var plan = try schedule()
        _ = try plan.apply(payment("50.00", on: "2026-01-10"))
        let applied = try plan.apply(payment("200.00", on: "2026-02-20"))
        #expect(applied.allocations.map(\.installment) == [1, 2, 3])
        #expect(applied.allocations.map(\.amount) == ["33.34", "83.34", "83.32"].map(PlanFixtures.dollars))
        #expect(plan.installments[0].paidInFullOn == PlanFixtures.day("2026-02-20"))
        #expect(plan.installments[1].paidInFullOn == PlanFixtures.day("2026-02-20"))
        #expect(plan.installments[2].unpaid == Money(cents: 2))
        #expect(plan.remaining == PlanFixtures.dollars("750.00"))
        try plan.verify()
    }

    @Test("A payment beyond the remaining balance returns the excess and pays the plan off")
    func overpaymentIsReturned() throws {
        var plan = try schedule()
        _ = try plan.apply(payment("333.36", on: "2026-04-15"))
        let applied = try plan.apply(payment("700.00", on: "2026-05-01"))
        #expect(applied.unapplied == PlanFixtures.dollars("33.36"))
        #expect(applied.allocations.reduce(Money.zero) { $0 + $1.amount } == PlanFixtures.dollars("666.64"))
        #expect(plan.isPaidOff && plan.remaining == .zero && plan.paid == plan.total)
        let again = try plan.apply(payment("5.00", on: "2026-05-02"))
        #expect(again.unapplied == PlanFixtures.dollars("5.00") && again.allocations.isEmpty)
    }

    @Test("A payment of zero or less is refused", arguments: ["0.00", "-5.00"])
    func nonPositivePaymentIsRefused(amount: String) throws {
        var plan = try schedule()
        #expect(throws: RevCycleError.self) { _ = try plan.apply(payment(amount, on: "2026-01-10")) }
        #expect(plan.payments.isEmpty)
    }

    @Test("Payoff takes exactly what remains and leaves nothing owed")
    func payoff() throws {
        var history = PaymentPlanHistory(schedule: try schedule())
        _ = try history.schedule.apply(payment("83.34", on: "2026-01-15"))
        _ = try history.schedule.apply(payment("83.34", on: "2026-02-15"))
        _ = try history.schedule.apply(payment("20.00", on: "2026-03-01"))
        #expect(history.schedule.payoffAmount == PlanFixtures.dollars("813.32"))
        let applied = try history.schedule.apply(payment("813.32", on: "2026-03-05"))
        #expect(applied.unapplied == .zero)
        #expect(history.schedule.isPaidOff)
        #expect(history.schedule.installments.allSatisfy { $0.paidInFullOn != nil })
        let review = DelinquencyLadder(policy: PaymentPlanPolicy()).review(history, on: PlanFixtures.day("2026-12-31"))
        #expect(review.standing == .paidOff && review.actions.isEmpty)
        try history.schedule.verify()
    }

    @Test("Next due, past due, missed and amount due read the schedule on a date")
    func dueQueries() throws {
        var plan = try schedule()
        _ = try plan.apply(payment("100.00", on: "2026-01-15"))  // pays #1, $16.66 toward #2
        let march20 = PlanFixtures.day("2026-03-20")
        #expect(plan.nextDue(on: march20)?.number == 4)
        #expect(plan.pastDue(on: march20).map(\.number) == [2, 3])
        #expect(plan.pastDue(on: PlanFixtures.day("2026-02-15")).isEmpty, "not past due on its due date")
        #expect(plan.missedInstallments(on: march20, graceDays: 10).map(\.number) == [2])
        #expect(
            plan.missedInstallments(on: PlanFixtures.day("2026-02-25"), graceDays: 10).isEmpty, "the 10th grace day")
        let owed: Money = PlanFixtures.dollars("83.34") * 3 - PlanFixtures.dollars("100.00")
        #expect(plan.amountDue(by: march20) == owed)
    }
}

extension PaymentPlanPaymentTests {
    @Test("A statement shows the next installment, what remains and how many are left; nothing once paid off")
    func statementPlan() throws {
        var plan = try schedule()
        _ = try plan.apply(payment("100.00", on: "2026-01-15"))
        let shown = plan.statementPlan(named: "Plan P12", on: PlanFixtures.day("2026-02-01"), hasAutopay: true)
        #expect(
            shown
                == StatementPlan(
                    plan: "Plan P12", installment: PlanFixtures.dollars("66.68"),
                    nextDueDate: PlanFixtures.day("2026-02-15"), remaining: PlanFixtures.dollars("900.00"),
                    installmentsLeft: 11, autopay: true))
        _ = try plan.apply(payment("900.00", on: "2026-02-10"))
        #expect(plan.statementPlan(named: "Plan P12", on: PlanFixtures.day("2026-03-01"), hasAutopay: true) == nil)
    }
}
