import RevCycleCore
import Testing

@testable import Collections

struct PaymentPlanAmortizationTests {
    /// A balance and down payment to spread, named for the test listing.
    struct Financing: Sendable, CustomTestStringConvertible {
        var balance: Money
        var downPayment: Money
        var testDescription: String { downPayment.isZero ? "\(balance)" : "\(balance) less \(downPayment) down" }

        init(_ balance: String, down: String = "0") {
            self.balance = PlanFixtures.dollars(balance)
            self.downPayment = PlanFixtures.dollars(down)
        }
    }

    static let awkwardBalances = [
        Financing("1000.01"), Financing("99.99"), Financing("7777.77"), Financing("60.00"), Financing("1200.00"),
        Financing("1000.01", down: "100.00"), Financing("7777.77", down: "777.78"), Financing("99.99", down: "9.99"),
        Financing("250000.00", down: "0.01"),
    ]

    @Test(
        "Installments of 3 to 60 months over awkward balances add up to the cent, the first carrying the extra cents",
        arguments: awkwardBalances, 3...60)
    func installmentsSumExactly(financing: Financing, count: Int) throws {
        let terms = PaymentPlanTerms(
            balance: financing.balance, downPayment: financing.downPayment,
            installmentCount: count, firstDueDate: PlanFixtures.day("2026-01-31"))
        let schedule = try PaymentPlanSchedule.amortize(terms)
        let amounts = schedule.installments.map(\.amount.cents)
        let financed = financing.balance.cents - financing.downPayment.cents
        #expect(amounts.count == count)
        #expect(amounts.reduce(0, +) == financed, "\(amounts.reduce(0, +))¢ scheduled, \(financed)¢ financed")
        let base = financed / Int64(count)
        let extraCents = Int(financed % Int64(count))
        let expected = (0..<count).map { base + ($0 < extraCents ? 1 : 0) }
        #expect(amounts == expected, "installments \(amounts) should be \(extraCents) of \(base + 1)¢ then \(base)¢")
        #expect(schedule.installments.map(\.number) == Array(1...count))
        #expect(schedule.total == financing.balance - financing.downPayment)
        #expect(schedule.remaining == schedule.total && schedule.paid == .zero)
        #expect(zip(schedule.installments, schedule.installments.dropFirst()).allSatisfy { $0.dueDate < $1.dueDate })
        try schedule.verify()
    }

    @Test(
        "A balance that divides exactly gives equal installments",
        arguments: [3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 60])
    func exactDivisionGivesEqualInstallments(count: Int) throws {
        let schedule = try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars("1200.00"), installmentCount: count,
                firstDueDate: PlanFixtures.day("2026-03-01")))
        let each = Money(cents: 120_000 / Int64(count))
        #expect(schedule.installments.allSatisfy { $0.amount == each }, "every installment should be \(each)")
    }

    @Test(
        "Due dates keep the anchor day and clamp to month end, across a leap year",
        arguments: [
            // first due, day of month, count, expected due dates
            (
                "2027-12-31", nil as Int?, 15,
                [
                    "2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30",
                    "2028-05-31", "2028-06-30", "2028-07-31", "2028-08-31", "2028-09-30",
                    "2028-10-31", "2028-11-30", "2028-12-31", "2029-01-31", "2029-02-28",
                ]
            ),
            ("2028-01-15", 31, 4, ["2028-01-15", "2028-02-29", "2028-03-31", "2028-04-30"]),
            (
                "2028-02-29", nil, 13,
                [
                    "2028-02-29", "2028-03-29", "2028-04-29", "2028-05-29", "2028-06-29", "2028-07-29",
                    "2028-08-29", "2028-09-29", "2028-10-29", "2028-11-29", "2028-12-29", "2029-01-29",
                    "2029-02-28",
                ]
            ),
            ("2027-01-30", nil, 3, ["2027-01-30", "2027-02-28", "2027-03-30"]),
            // One installment per calendar month: a day of month earlier than the first due date's comes sooner.
            ("2026-11-20", 1, 3, ["2026-11-20", "2026-12-01", "2027-01-01"]),
        ])
    func dueDatesAnchorOnTheDay(firstDue: String, dayOfMonth: Int?, count: Int, expected: [String]) throws {
        let schedule = try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars("3000.00"), installmentCount: count,
                firstDueDate: PlanFixtures.day(firstDue),
                dayOfMonth: dayOfMonth))
        let dates = schedule.installments.map(\.dueDate.description)
        #expect(dates == expected)
    }

    @Test(
        "Amortization refuses amounts it cannot spread in whole cents",
        arguments: [
            ("100.00", "100.00", 3, "leaves $0.00"),
            ("0.02", "0", 3, "cannot be spread over 3 installments"),
            ("100.00", "0", 0, "cannot be spread over 0 installments"),
        ])
    func refusesWhatCannotBeSpread(balance: String, down: String, count: Int, phrase: String) {
        let terms = PaymentPlanTerms(
            balance: PlanFixtures.dollars(balance), downPayment: PlanFixtures.dollars(down),
            installmentCount: count, firstDueDate: PlanFixtures.day("2026-01-01"))
        let error = #expect(throws: RevCycleError.self) { try PaymentPlanSchedule.amortize(terms) }
        #expect(error?.message.contains(phrase) == true, "message: \(error?.message ?? "none")")
    }

    @Test("A schedule whose paid history was tampered with fails verification")
    func verificationCatchesTampering() throws {
        let schedule = try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars("300.00"), installmentCount: 3,
                firstDueDate: PlanFixtures.day("2026-01-01")))
        var installments = schedule.installments
        installments[2].amount += Money(cents: 1)
        let extraCent = PaymentPlanSchedule(terms: schedule.terms, installments: installments)
        #expect(throws: RevCycleError.self) { try extraCent.verify() }
        installments = schedule.installments
        installments[1].paid = installments[1].amount
        installments[1].paidInFullOn = PlanFixtures.day("2026-01-01")
        let skipped = PaymentPlanSchedule(terms: schedule.terms, installments: installments)
        #expect(throws: RevCycleError.self) { try skipped.verify() }
    }
}
