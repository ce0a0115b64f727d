import RevCycleCore
import Testing

@testable import Collections

struct PaymentPlanReamortizationTests {
    let policy = PaymentPlanPolicy()

    /// $1,000.00 over 12 from 2026-01-15 with the first `paidCount` installments paid on their due dates.
    func plan(paying paidCount: Int, plus extra: Money = .zero) throws -> PaymentPlanSchedule {
        var schedule = try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars("1000.00"), installmentCount: 12,
                firstDueDate: PlanFixtures.day("2026-01-15")))
        for installment in schedule.installments.prefix(paidCount) {
            _ = try schedule.apply(
                PlanPayment(receivedOn: installment.dueDate, amount: installment.amount, reference: "p"))
        }
        if extra.cents > 0 {
            _ = try schedule.apply(
                PlanPayment(receivedOn: PlanFixtures.day("2026-04-30"), amount: extra, reference: "p"))
        }
        return schedule
    }

    @Test("Adding $123.45 after 4 paid installments spreads it over the 8 left; paid history and due dates stay")
    func addingChargesAfterFourPaid() throws {
        let before = try plan(paying: 4)
        let after = try before.reamortized(
            by: PlanFixtures.dollars("123.45"), on: PlanFixtures.day("2026-04-20"),
            reason: "ER visit added", policy: policy)
        #expect(Array(after.installments.prefix(4)) == Array(before.installments.prefix(4)), "paid history changed")
        #expect(after.installments.map(\.dueDate) == before.installments.map(\.dueDate))
        // $666.64 left + $123.45 = $790.09 over 8: one of $98.77, then seven of $98.76.
        #expect(
            after.installments.dropFirst(4).map(\.amount)
                == [PlanFixtures.dollars("98.77")] + Array(repeating: PlanFixtures.dollars("98.76"), count: 7))
        #expect(after.total == PlanFixtures.dollars("1123.45"))
        #expect(after.paid == PlanFixtures.dollars("333.36"))
        #expect(after.remaining == PlanFixtures.dollars("790.09"))
        #expect(after.paid + after.remaining == after.total)
        #expect(
            after.adjustments == [
                PlanAdjustment(
                    madeOn: PlanFixtures.day("2026-04-20"), change: PlanFixtures.dollars("123.45"),
                    reason: "ER visit added", installmentsBefore: 8, installmentsAfter: 8)
            ])
        #expect(after.revision == 1)
        try after.verify()
    }

    @Test("A partly paid installment keeps what was paid toward it and owes an even share of the rest")
    func partlyPaidInstallmentKeepsItsPayment() throws {
        let before = try plan(paying: 4, plus: PlanFixtures.dollars("40.00"))
        let after = try before.reamortized(
            by: PlanFixtures.dollars("123.45"), on: PlanFixtures.day("2026-05-01"),
            reason: "new visit", policy: policy)
        let fifth = after.installments[4]
        #expect(fifth.paid == PlanFixtures.dollars("40.00"))
        // $626.64 left + $123.45 = $750.09 over 8: $93.77 then seven of $93.76.
        #expect(fifth.unpaid == PlanFixtures.dollars("93.77"))
        #expect(after.installments.dropFirst(5).allSatisfy { $0.unpaid == PlanFixtures.dollars("93.76") })
        #expect(after.remaining == PlanFixtures.dollars("750.09"))
        try after.verify()
    }

    @Test("A reduction lowers the installments left; one that clears the plan pays it off")
    func reductions() throws {
        let before = try plan(paying: 4, plus: PlanFixtures.dollars("40.00"))
        let halved = try before.reamortized(
            by: -PlanFixtures.dollars("313.32"), on: PlanFixtures.day("2026-05-01"),
            reason: "charity care 50%", policy: policy)
        #expect(halved.remaining == PlanFixtures.dollars("313.32"))
        #expect(halved.openInstallments.count == 8)
        #expect(halved.total == PlanFixtures.dollars("1000.00") - PlanFixtures.dollars("313.32"))
        try halved.verify()

        let cleared = try before.reamortized(
            by: -before.remaining, on: PlanFixtures.day("2026-05-02"),
            reason: "insurance paid", policy: policy)
        #expect(cleared.isPaidOff)
        #expect(cleared.installments.count == 5, "the open installments are dropped; the partly paid one closes")
        #expect(cleared.installments[4].amount == PlanFixtures.dollars("40.00"))
        #expect(cleared.installments[4].paidInFullOn == PlanFixtures.day("2026-05-02"))
        try cleared.verify()
    }

    @Test("A reduction larger than what is owed is refused, naming the excess")
    func excessiveReductionIsRefused() throws {
        let before = try plan(paying: 10)
        let error = #expect(throws: RevCycleError.self) {
            try before.reamortized(
                by: -PlanFixtures.dollars("200.00"), on: PlanFixtures.day("2026-11-01"),
                reason: "insurance", policy: policy)
        }
        #expect(error?.message == "A reduction of $200.00 exceeds the $166.66 still owed on the plan by $33.34.")
    }

    @Test("When an even share would fall below the minimum installment, the plan is shortened to meet it")
    func shortensToMeetMinimum() throws {
        let before = try plan(paying: 4)  // $666.64 over 8
        let after = try before.reamortized(
            by: -PlanFixtures.dollars("526.64"), on: PlanFixtures.day("2026-04-20"),
            reason: "charity care", policy: policy)
        // $140.00 over 8 would be $17.50; at most 5 installments of $28.00.
        #expect(after.openInstallments.map(\.amount) == Array(repeating: PlanFixtures.dollars("28.00"), count: 5))
        #expect(after.openInstallments.map(\.dueDate) == before.openInstallments.prefix(5).map(\.dueDate))
        #expect(after.adjustments.last?.installmentsAfter == 5)
        try after.verify()

        let tiny = try before.reamortized(
            by: -PlanFixtures.dollars("656.64"), on: PlanFixtures.day("2026-04-20"),
            reason: "charity care", policy: policy)
        #expect(
            tiny.openInstallments.map(\.amount) == [PlanFixtures.dollars("10.00")], "below the minimum: one installment"
        )
    }

    @Test("Staff may spread over a new count; added installments follow the plan's anchor day")
    func newCount() throws {
        let before = try plan(paying: 10)  // $166.66 left over 2
        let after = try before.reamortized(
            by: PlanFixtures.dollars("1500.00"), on: PlanFixtures.day("2026-11-01"),
            reason: "surgery added", installments: .exactly(12), policy: policy)
        #expect(after.installments.count == 22)
        #expect(after.installments[10].dueDate == PlanFixtures.day("2026-11-15"))
        #expect(after.installments[12].dueDate == PlanFixtures.day("2027-01-15"))
        #expect(after.installments[21].dueDate == PlanFixtures.day("2027-10-15"))
        #expect(after.remaining == PlanFixtures.dollars("1666.66"))
        #expect(
            after.openInstallments.map(\.amount) == Array(repeating: PlanFixtures.dollars("138.89"), count: 10)
                + Array(repeating: PlanFixtures.dollars("138.88"), count: 2))
        try after.verify()
    }

    @Test("A new count that breaks the policy is refused with the allowed count")
    func newCountBreakingPolicyIsRefused() throws {
        let before = try plan(paying: 10)
        let tooSmall = #expect(throws: RevCycleError.self) {
            try before.reamortized(
                by: PlanFixtures.dollars("100.00"), on: PlanFixtures.day("2026-11-01"),
                reason: "visit", installments: .exactly(12), policy: policy)
        }
        #expect(
            tooSmall?.message == "Spreading $266.66 over 12 installments would be $22.22 to $22.23 a month, below "
                + "the site's minimum installment of $25.00; at most 10 installments.")
        let tooLong = #expect(throws: RevCycleError.self) {
            try before.reamortized(
                by: PlanFixtures.dollars("10000.00"), on: PlanFixtures.day("2026-11-01"),
                reason: "visit", installments: .exactly(51), policy: policy)
        }
        #expect(
            tooLong?.message.contains("beyond the site's maximum of 60 installments; at most 50 more") == true,
            "\(tooLong?.message ?? "")")
    }

    @Test("New charges on a paid-off plan need an explicit count")
    func paidOffPlanNeedsACount() throws {
        let paidOff = try plan(paying: 12)
        #expect(throws: RevCycleError.self) {
            try paidOff.reamortized(
                by: PlanFixtures.dollars("300.00"), on: PlanFixtures.day("2027-01-01"),
                reason: "visit", policy: policy)
        }
        let reopened = try paidOff.reamortized(
            by: PlanFixtures.dollars("300.00"), on: PlanFixtures.day("2027-01-01"),
            reason: "visit", installments: .exactly(3), policy: policy)
        #expect(
            reopened.openInstallments.map(\.dueDate)
                == ["2027-01-15", "2027-02-15", "2027-03-15"].map(PlanFixtures.day))
        #expect(reopened.remaining == PlanFixtures.dollars("300.00"))
    }
}
