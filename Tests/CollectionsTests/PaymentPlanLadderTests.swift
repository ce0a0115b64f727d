import RevCycleCore
import Testing

@testable import Collections

struct PaymentPlanLadderTests {
    /// $1,200.00 over 12, due the 1st from 2027-02-01 (a 28-day February), autopay from 2027-01-15.
    func autopayPlan() throws -> PaymentPlanHistory {
        try PlanFixtures.plan("1200.00", count: 12, firstDue: "2027-02-01", autopayFrom: "2027-01-15")
    }

    static let declineAll: @Sendable (AutopayCharge, CalendarDate) -> AutopayOutcome = { _, _ in
        .declined(.insufficientFunds)
    }

    @Test("A declined autopay walks retry on day +3 and +7, grace, notice, and default 30 days after the notice")
    func declinedAutopayWalksToDefault() throws {
        var simulation = PlanSimulation(try autopayPlan())
        simulation.gateway = Self.declineAll
        try simulation.run(from: "2027-01-20", through: "2027-03-20")
        #expect(
            simulation.actionLog == [
                "2027-02-01 charge #1/1 $100.00",
                "2027-02-04 charge #1/2 $100.00",
                "2027-02-08 charge #1/3 $100.00",
                "2027-02-12 notice missed [1] defaults 2027-03-14",
                "2027-03-01 charge #2/1 $100.00",
                "2027-03-04 charge #2/2 $100.00",
                "2027-03-08 charge #2/3 $100.00",
                "2027-03-14 default missed [1, 2]",
            ])
        let day = PlanFixtures.day
        #expect(simulation.day("2027-01-31")?.standing == .current(nextDueOn: day("2027-02-01")))
        #expect(simulation.day("2027-02-01")?.standing == .retrying(installment: 1, nextRetryOn: day("2027-02-04")))
        #expect(simulation.day("2027-02-05")?.standing == .retrying(installment: 1, nextRetryOn: day("2027-02-08")))
        #expect(simulation.day("2027-02-08")?.standing == .inGrace(installment: 1, graceEndsOn: day("2027-02-11")))
        #expect(simulation.day("2027-02-11")?.standing == .inGrace(installment: 1, graceEndsOn: day("2027-02-11")))
        #expect(
            simulation.day("2027-02-12")?.standing == .noticeSent(on: day("2027-02-12"), defaultsOn: day("2027-03-14")))
        #expect(
            simulation.day("2027-03-13")?.standing == .noticeSent(on: day("2027-02-12"), defaultsOn: day("2027-03-14")))
        #expect(simulation.day("2027-03-14")?.standing == .defaulted(on: day("2027-03-14")))
        #expect(simulation.day("2027-03-20")?.standing.dunningPlanState == "defaulted")
        #expect(simulation.history.schedule.paid == .zero)
    }

    @Test("A patient who pays during the notice period returns the plan to current and it never defaults")
    func paymentDuringNoticeCures() throws {
        var simulation = PlanSimulation(try autopayPlan())
        // Every February charge is declined; from March the card works again.
        simulation.gateway = { _, date in
            date < PlanFixtures.day("2027-03-01") ? .declined(.insufficientFunds) : .approved(chargeID: "ch_\(date)")
        }
        simulation.patientPays[PlanFixtures.day("2027-02-20")] = PlanFixtures.dollars("100.00")
        try simulation.run(from: "2027-01-20", through: "2027-04-30")
        #expect(
            simulation.actionLog == [
                "2027-02-01 charge #1/1 $100.00",
                "2027-02-04 charge #1/2 $100.00",
                "2027-02-08 charge #1/3 $100.00",
                "2027-02-12 notice missed [1] defaults 2027-03-14",
                "2027-03-01 charge #2/1 $100.00",
                "2027-04-01 charge #3/1 $100.00",
            ])
        let day = PlanFixtures.day
        #expect(
            simulation.day("2027-02-19")?.standing == .noticeSent(on: day("2027-02-12"), defaultsOn: day("2027-03-14")))
        #expect(simulation.day("2027-02-20")?.standing == .current(nextDueOn: day("2027-03-01")))
        #expect(simulation.day("2027-03-14")?.standing == .current(nextDueOn: day("2027-04-01")))
        #expect(simulation.history.defaultedOn == nil)
        #expect(simulation.history.schedule.paid == PlanFixtures.dollars("300.00"))
        #expect(simulation.history.schedule.remaining == PlanFixtures.dollars("900.00"))
    }

    @Test("A later delinquency, after the plan was cured, gets a notice of its own")
    func laterDelinquencyGetsANewNotice() throws {
        var simulation = PlanSimulation(try PlanFixtures.plan("1200.00", count: 12, firstDue: "2027-02-01"))
        simulation.patientPays[PlanFixtures.day("2027-02-20")] = PlanFixtures.dollars("100.00")
        simulation.patientPays[PlanFixtures.day("2027-03-01")] = PlanFixtures.dollars("100.00")
        try simulation.run(from: "2027-01-20", through: "2027-04-20")
        #expect(
            simulation.actionLog == [
                "2027-02-12 notice missed [1] defaults 2027-03-14",
                "2027-04-12 notice missed [3] defaults 2027-05-12",
            ])
    }

    @Test("In a 31-day month the default waits until a second installment is missed")
    func defaultWaitsForSecondMissedInstallment() throws {
        var simulation = PlanSimulation(
            try PlanFixtures.plan(
                "1200.00", count: 12, firstDue: "2027-01-01",
                autopayFrom: "2026-12-20"))
        simulation.gateway = Self.declineAll
        try simulation.run(from: "2026-12-25", through: "2027-02-20")
        let day = PlanFixtures.day
        // Notice on Jan 12; 30 days later is Feb 11, but installment 2 (due Feb 1) is missed only from Feb 12.
        #expect(simulation.actionLog.contains("2027-01-12 notice missed [1] defaults 2027-02-12"))
        #expect(
            simulation.day("2027-02-11")?.standing == .noticeSent(on: day("2027-01-12"), defaultsOn: day("2027-02-12")))
        #expect(simulation.actionLog.last == "2027-02-12 default missed [1, 2]")
    }

    @Test("Called twice on one day the ladder gives the same actions, and none once they are recorded")
    func sameDayTwiceGivesOneAction() throws {
        var history = try autopayPlan()
        let ladder = DelinquencyLadder(policy: PaymentPlanPolicy())
        let dueDay = PlanFixtures.day("2027-02-01")
        let first = ladder.review(history, on: dueDay)
        let second = ladder.review(history, on: dueDay)
        #expect(first == second)
        guard case .chargeAutopay(let charge) = try #require(first.actions.first), first.actions.count == 1 else {
            Issue.record("expected one charge, got \(first.actions)")
            return
        }
        #expect(charge.idempotencyKey(plan: "P7") == "P7:installment-1:attempt-1")
        _ = try history.record(charge.recorded(on: dueDay, outcome: .declined(.doNotHonor)))
        #expect(ladder.review(history, on: dueDay).actions.isEmpty)
        #expect(throws: RevCycleError.self, "recording the same attempt twice") {
            _ = try history.record(charge.recorded(on: dueDay, outcome: .declined(.doNotHonor)))
        }
        // Skipped days do not pile up: one catch-up retry, then the next one the following day at the earliest.
        let late = PlanFixtures.day("2027-02-10")
        let catchUp = ladder.review(history, on: late).actions
        #expect(catchUp.count == 1)
        if case .chargeAutopay(let retry) = catchUp.first {
            _ = try history.record(retry.recorded(on: late, outcome: .declined(.doNotHonor)))
        }
        #expect(ladder.review(history, on: late).actions.isEmpty)
        #expect(ladder.review(history, on: late.adding(days: 1)).actions.count == 1)
    }

    @Test("A card reported lost is not retried; autopay stops and the plan walks to notice without charges")
    func lostCardIsNotRetried() throws {
        var simulation = PlanSimulation(try autopayPlan())
        simulation.gateway = { _, _ in .declined(.lostOrStolen) }
        try simulation.run(from: "2027-01-20", through: "2027-03-20")
        #expect(
            simulation.actionLog == [
                "2027-02-01 charge #1/1 $100.00",
                "2027-02-12 notice missed [1] defaults 2027-03-14",
                "2027-03-14 default missed [1, 2]",
            ])
        #expect(simulation.day("2027-02-02")?.hold == .paymentMethodUnusable(.lostOrStolen))
        #expect(
            simulation.day("2027-02-02")?.standing
                == .inGrace(installment: 1, graceEndsOn: PlanFixtures.day("2027-02-11")))
    }

    @Test("A new authorization with a new card charges the installments due from its date")
    func newCardResumesAutopay() throws {
        var simulation = PlanSimulation(try autopayPlan())
        simulation.gateway = { charge, _ in
            charge.paymentMethod == PlanFixtures.card ? .declined(.expiredCard) : .approved(chargeID: "ch_new")
        }
        simulation.staffChanges[PlanFixtures.day("2027-02-20")] = { history in
            history.autopay = AutopayAuthorization(
                paymentMethod: PlanFixtures.newCard, authorizedOn: PlanFixtures.day("2027-02-20"),
                evidence: .init(kind: .signedForm, reference: "form-12"), schedule: history.schedule)
            _ = try history.schedule.apply(
                PlanPayment(
                    receivedOn: PlanFixtures.day("2027-02-20"),
                    amount: PlanFixtures.dollars("100.00"), reference: "desk"))
        }
        try simulation.run(from: "2027-01-25", through: "2027-03-05")
        #expect(
            simulation.actionLog == [
                "2027-02-01 charge #1/1 $100.00",
                "2027-02-12 notice missed [1] defaults 2027-03-14",
                "2027-02-20 copy",
                "2027-03-01 charge #2/1 $100.00",
            ])
        #expect(simulation.history.autopay?.copySentOn == PlanFixtures.day("2027-02-20"))
        #expect(simulation.day("2027-03-05")?.standing == .current(nextDueOn: PlanFixtures.day("2027-04-01")))
    }

    @Test("A revoked authorization is never charged; the patient pays by hand")
    func revokedAuthorizationIsNotCharged() throws {
        var history = try autopayPlan()
        history.autopay?.revokedOn = PlanFixtures.day("2027-01-25")
        var simulation = PlanSimulation(history)
        simulation.patientPays[PlanFixtures.day("2027-02-05")] = PlanFixtures.dollars("100.00")
        try simulation.run(from: "2027-01-20", through: "2027-02-28")
        #expect(simulation.charges.isEmpty)
        #expect(
            simulation.day("2027-02-03")?.standing
                == .inGrace(installment: 1, graceEndsOn: PlanFixtures.day("2027-02-11")))
        #expect(simulation.day("2027-02-03")?.hold == .revoked(on: PlanFixtures.day("2027-01-25")))
        #expect(simulation.day("2027-02-28")?.standing == .current(nextDueOn: PlanFixtures.day("2027-03-01")))
    }

    @Test("An authorization without its copy to the patient asks for the copy before the first charge")
    func copyComesBeforeTheFirstCharge() throws {
        let history = try PlanFixtures.plan(
            "1200.00", count: 12, firstDue: "2027-02-01", autopayFrom: "2027-02-01",
            copySent: false)
        let actions = DelinquencyLadder(policy: PaymentPlanPolicy()).review(history, on: PlanFixtures.day("2027-02-01"))
            .actions
        #expect(actions.map(PlanSimulation.word) == ["copy", "charge #1/1 $100.00"])
    }

    @Test("Each autopay charge takes only the unpaid part of its installment, never the arrears")
    func chargeTakesOnlyTheUnpaidPart() throws {
        var history = try autopayPlan()
        _ = try history.schedule.apply(
            PlanPayment(
                receivedOn: PlanFixtures.day("2027-01-25"),
                amount: PlanFixtures.dollars("130.00"), reference: "desk"))
        let actions = DelinquencyLadder(policy: PaymentPlanPolicy()).review(history, on: PlanFixtures.day("2027-03-01"))
            .actions
        #expect(actions.map(PlanSimulation.word) == ["charge #2/1 $70.00"])
        #expect(
            DelinquencyLadder(policy: PaymentPlanPolicy()).review(history, on: PlanFixtures.day("2027-02-01")).actions
                .isEmpty,
            "installment 1 was paid by hand")
    }
}

extension PaymentPlanLadderTests {
    @Test(
        "After an outage autopay catches up only installments still in their window, and the missed one gets its notice"
    )
    func outageDoesNotSweepUpOldInstallments() throws {
        var simulation = PlanSimulation(try autopayPlan())
        try simulation.run(from: "2027-03-10", through: "2027-03-12")  // the daily run was down since January
        #expect(simulation.actionLog == ["2027-03-10 charge #2/1 $100.00, notice missed [1] defaults 2027-04-09"])
    }
}

extension PaymentPlanLadderTests {
    @Test("With a retry set after grace, the notice waits for it and follows its decline the same day")
    func noticeWaitsForALateRetry() throws {
        var policy = PaymentPlanPolicy()
        policy.autopayRetryDays = [3, 7, 14]
        var simulation = PlanSimulation(try autopayPlan())
        simulation.ladder = DelinquencyLadder(policy: policy)
        simulation.gateway = Self.declineAll
        try simulation.run(from: "2027-01-30", through: "2027-02-20")
        #expect(
            simulation.actionLog == [
                "2027-02-01 charge #1/1 $100.00",
                "2027-02-04 charge #1/2 $100.00",
                "2027-02-08 charge #1/3 $100.00",
                "2027-02-15 charge #1/4 $100.00, notice missed [1] defaults 2027-03-17",
            ])
        let day = PlanFixtures.day
        #expect(simulation.day("2027-02-12")?.standing == .retrying(installment: 1, nextRetryOn: day("2027-02-15")))
        #expect(
            simulation.day("2027-02-15")?.standing == .noticeSent(on: day("2027-02-15"), defaultsOn: day("2027-03-17")))
    }
}
