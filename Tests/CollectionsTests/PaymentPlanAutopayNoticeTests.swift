import RevCycleCore
import Testing

@testable import Collections

/// Regulation E: autopay takes a changed amount only 10 days after the patient was told of it.
struct PaymentPlanAutopayNoticeTests {
    /// $1,200.00 over 12 due the 15th from 2027-01-15, autopay from 2027-01-01, every charge approved.
    func simulation(change: String, on changeDay: String) throws -> PlanSimulation {
        var simulation = PlanSimulation(
            try PlanFixtures.plan(
                "1200.00", count: 12, firstDue: "2027-01-15",
                autopayFrom: "2027-01-01"))
        let amount = PlanFixtures.dollars(change)
        let day = PlanFixtures.day(changeDay)
        simulation.staffChanges[day] = { history in
            history.schedule = try history.schedule.reamortized(
                by: amount, on: day, reason: "visit added",
                policy: PaymentPlanPolicy())
        }
        return simulation
    }

    @Test("A changed amount 4 days before its due date is noticed at once and charged 10 days after the notice")
    func changedAmountWaitsTenDays() throws {
        var simulation = try simulation(change: "123.45", on: "2027-04-11")
        try simulation.run(from: "2027-01-01", through: "2027-06-30")
        // $900.00 left + $123.45 = $1,023.45 over 9: six of $113.72, three of $113.71.
        #expect(
            simulation.actionLog == [
                "2027-01-15 charge #1/1 $100.00",
                "2027-02-15 charge #2/1 $100.00",
                "2027-03-15 charge #3/1 $100.00",
                "2027-04-11 amount-notice effective 2027-04-21",
                "2027-04-21 charge #4/1 $113.72",
                "2027-05-15 charge #5/1 $113.72",
                "2027-06-15 charge #6/1 $113.72",
            ])
        let notice = simulation.history.autopay?.amountChangeNotices.first
        #expect(notice?.transfers.count == 9)
        #expect(
            notice?.transfers.first
                == ScheduledTransfer(
                    installment: 4, dueDate: PlanFixtures.day("2027-04-15"),
                    amount: PlanFixtures.dollars("113.72")))
        let held = AutopayHold.awaitingAmountNotice(installment: 4, chargeableOn: PlanFixtures.day("2027-04-21"))
        #expect(simulation.day("2027-04-15")?.hold == held)
        // Waiting for the notice is not the patient's delay: the installment is not in grace, let alone missed.
        #expect(simulation.day("2027-04-20")?.standing == .current(nextDueOn: PlanFixtures.day("2027-04-15")))
        #expect(simulation.day("2027-04-21")?.hold == nil)
        #expect(
            simulation.charges.allSatisfy {
                $0.date < PlanFixtures.day("2027-04-11") || $0.date >= PlanFixtures.day("2027-04-21")
            })
        #expect(
            simulation.history.schedule.remaining == PlanFixtures.dollars("1023.45") - PlanFixtures.dollars("113.72")
                * 3)
    }

    @Test(
        "A change noticed more than 10 days ahead is charged on the due date, a reduction as well as an increase",
        arguments: ["123.45", "-450.00"])
    func changeNoticedEarlyIsChargedOnTime(change: String) throws {
        var simulation = try simulation(change: change, on: "2027-03-20")
        try simulation.run(from: "2027-01-01", through: "2027-04-16")
        let fourth = simulation.history.schedule.installments[3]
        #expect(
            simulation.actionLog.dropFirst(3) == [
                "2027-03-20 amount-notice effective 2027-03-30",
                "2027-04-15 charge #4/1 \(fourth.amount)",
            ])
        #expect(fourth.amount != PlanFixtures.dollars("100.00"))
    }

    @Test("Until its notice is sent, a changed amount is never charged, however late")
    func noNoticeNoCharge() throws {
        var history = try PlanFixtures.plan("1200.00", count: 12, firstDue: "2027-01-15", autopayFrom: "2027-01-01")
        history.schedule = try history.schedule.reamortized(
            by: PlanFixtures.dollars("60.00"), on: PlanFixtures.day("2027-01-05"),
            reason: "visit", policy: PaymentPlanPolicy())
        let ladder = DelinquencyLadder(policy: PaymentPlanPolicy())
        for offset in [0, 10, 30] {
            let review = ladder.review(history, on: PlanFixtures.day("2027-01-15").adding(days: offset))
            #expect(
                review.actions.map(PlanSimulation.word) == [
                    "amount-notice effective \(PlanFixtures.day("2027-01-25").adding(days: offset))"
                ])
            #expect(review.standing.dunningPlanState == "current")
        }
    }
}
