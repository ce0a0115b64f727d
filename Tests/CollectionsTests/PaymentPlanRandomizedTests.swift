import RevCycleCore
import RevCycleTesting
import Testing

@testable import Collections

/// Random balances, counts, payments and re-amortizations, checked against the sum invariants.
/// Replay a failure with `REVCYCLE_SEED=<seed printed in the failure> swift test --filter PaymentPlanRandomized`.
struct PaymentPlanRandomizedTests {
    static let seeds = PlanRandom.seeds(fixed: [1, 7, 42, 2_026, 31_337, 8_675_309, 0xDEAD_BEEF, 123_456_789])

    @Test(
        "Random payments and re-amortizations keep paid + remaining = total, never negative, never a lost cent",
        arguments: seeds)
    func scheduleInvariantsHold(seed: UInt64) throws {
        var random = PlanRandom(seed: seed)
        let policy = PaymentPlanPolicy()
        for _ in 0..<40 {
            let balance = Money(cents: Int64.random(in: 7_500...10_000_000, using: &random))
            let down = Money(cents: Int64.random(in: 0...(balance.cents / 4), using: &random))
            let count = Int.random(in: 3...60, using: &random)
            var schedule = try PaymentPlanSchedule.amortize(
                PaymentPlanTerms(
                    balance: balance, downPayment: down, installmentCount: count,
                    firstDueDate: PlanFixtures.day("2026-01-01").adding(days: Int.random(in: 0...730, using: &random)),
                    dayOfMonth: Bool.random(using: &random) ? Int.random(in: 1...31, using: &random) : nil))
            var received = Money.zero
            var returned = Money.zero
            var changes = Money.zero
            var date = schedule.terms.firstDueDate
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                date = date.adding(days: Int.random(in: 0...20, using: &random))
                if Int.random(in: 0..<5, using: &random) == 0 {
                    let change = Money(cents: Int64.random(in: -schedule.remaining.cents...300_000, using: &random))
                    let paidCount = schedule.installments.count - schedule.openInstallments.count
                    let request: ReamortizationCount =
                        Bool.random(using: &random)
                        ? .automatic : .exactly(Int.random(in: 1...max(1, 60 - paidCount), using: &random))
                    let before = schedule
                    do {
                        schedule = try schedule.reamortized(
                            by: change, on: date, reason: "random", installments: request,
                            policy: policy)
                        changes += change
                        let paidBefore = before.installments.filter(\.isPaid).filter { !$0.paid.isZero }
                        #expect(
                            Array(schedule.installments.prefix(paidBefore.count)) == paidBefore,
                            "seed \(seed): paid history changed")
                        let owed = schedule.openInstallments.map(\.unpaid.cents)
                        #expect(
                            owed == owed.sorted(by: >) && (owed.first ?? 0) - (owed.last ?? 0) <= 1,
                            "seed \(seed): the new remainder is not spread evenly, extra cents first: \(owed)")
                    } catch let error as RevCycleError {
                        #expect(
                            schedule == before, "seed \(seed): a refused change (\(error.message)) altered the plan")
                    }
                } else {
                    let amount = Money(
                        cents: Int64.random(in: 1...(schedule.remaining.cents * 6 / 5 + 1), using: &random))
                    let remainingBefore = schedule.remaining
                    let applied = try schedule.apply(PlanPayment(receivedOn: date, amount: amount, reference: "r"))
                    received += amount
                    returned += applied.unapplied
                    let allocated = applied.allocations.reduce(Money.zero) { $0 + $1.amount }
                    #expect(allocated + applied.unapplied == amount, "seed \(seed): a payment lost or gained a cent")
                    #expect(applied.unapplied == max(.zero, amount - remainingBefore), "seed \(seed): wrong excess")
                }
                let remaining = schedule.remaining
                #expect(schedule.paid + remaining == schedule.total, "seed \(seed): paid + remaining ≠ total")
                #expect(!remaining.isNegative && !schedule.paid.isNegative, "seed \(seed): negative \(remaining)")
                #expect(
                    schedule.total == schedule.terms.financed + changes,
                    "seed \(seed): total drifted from financed + changes")
                #expect(schedule.paid == received - returned, "seed \(seed): paid ≠ received − returned")
                #expect(
                    schedule.installments.allSatisfy {
                        !$0.paid.isNegative && $0.paid <= $0.amount && $0.amount.cents > 0
                    },
                    "seed \(seed): an installment is overpaid, negative or empty")
                do { try schedule.verify() } catch { Issue.record("seed \(seed): \(error)") }
                if schedule.isPaidOff { break }
            }
        }
    }

    @Test(
        "Random declines, payments and changes never charge an installment twice or act after the plan ends",
        arguments: seeds)
    func ladderNeverDoubleCharges(seed: UInt64) throws {
        var random = PlanRandom(seed: seed)
        let count = Int.random(in: 3...24, using: &random)
        var simulation = PlanSimulation(
            try PlanFixtures.plan(
                "\(Int.random(in: 100...20_000, using: &random)).\(Int.random(in: 10...99, using: &random))",
                count: count, firstDue: "2027-01-\(Int.random(in: 10...28, using: &random))", autopayFrom: "2027-01-01")
        )
        simulation.label = "seed \(seed): "
        let declineRate = UInt64.random(in: 0...80, using: &random)
        simulation.gateway = { charge, date in
            var roll = PlanRandom(seed: seed ^ UInt64(date.dayNumber) &* 31 ^ UInt64(charge.installment) &* 7_919)
            let percent = roll.next() % 100
            if percent < declineRate / 10 { return .declined(.lostOrStolen) }
            return percent < declineRate ? .declined(.insufficientFunds) : .approved(chargeID: "ch_\(date)")
        }
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            let day = PlanFixtures.day("2027-01-01").adding(days: Int.random(in: 0...700, using: &random))
            simulation.patientPays[day] = Money(cents: Int64.random(in: 1_000...60_000, using: &random))
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let day = PlanFixtures.day("2027-01-01").adding(days: Int.random(in: 0...500, using: &random))
            let change = Money(cents: Int64.random(in: -20_000...50_000, using: &random))
            simulation.staffChanges[day] = { history in
                guard !history.schedule.isPaidOff, history.defaultedOn == nil,
                    !(history.schedule.remaining + change).isNegative
                else { return }
                history.schedule = try history.schedule.reamortized(
                    by: change, on: day, reason: "random",
                    policy: PaymentPlanPolicy())
            }
        }
        try simulation.run(from: "2027-01-01", through: "2028-12-31")

        let keys = simulation.charges.map { "\($0.charge.installment)/\($0.charge.attempt)" }
        #expect(Set(keys).count == keys.count, "seed \(seed): a charge was repeated: \(keys)")
        let perDay = simulation.charges.map { "\($0.charge.installment)@\($0.date)" }
        #expect(Set(perDay).count == perDay.count, "seed \(seed): an installment was charged twice in a day")
        #expect(
            simulation.charges.allSatisfy { $0.charge.amount.cents > 0 && $0.charge.attempt <= 3 },
            "seed \(seed): an empty charge or a fourth attempt")
        if let end = simulation.history.defaultedOn {
            let actedAfter = simulation.days.filter { $0.date > end && !$0.actions.isEmpty }
            #expect(actedAfter.isEmpty, "seed \(seed): acted after default")
        }
        let schedule = simulation.history.schedule
        #expect(schedule.paid + schedule.remaining == schedule.total, "seed \(seed): paid + remaining ≠ total")
        do { try schedule.verify() } catch { Issue.record("seed \(seed): \(error)") }
    }
}
