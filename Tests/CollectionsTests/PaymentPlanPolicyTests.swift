import RevCycleCore
import Testing

@testable import Collections

struct PaymentPlanPolicyTests {
    let policy = PaymentPlanPolicy()

    func terms(_ balance: String, down: String = "0", count: Int, dayOfMonth: Int? = nil) -> PaymentPlanTerms {
        PaymentPlanTerms(
            balance: PlanFixtures.dollars(balance), downPayment: PlanFixtures.dollars(down),
            installmentCount: count, firstDueDate: PlanFixtures.day("2026-02-15"), dayOfMonth: dayOfMonth)
    }

    func refusal(_ terms: PaymentPlanTerms, policy: PaymentPlanPolicy? = nil) -> RevCycleError? {
        #expect(throws: RevCycleError.self) { try (policy ?? self.policy).validate(terms) }
    }

    @Test("The defaults are a hospital's usual plan rules")
    func defaults() throws {
        #expect(policy.minimumInstallments == 3 && policy.maximumInstallments == 60)
        #expect(policy.minimumInstallment == Money(cents: 2_500))
        #expect(
            policy.minimumDownPaymentBasisPoints == 0 && policy.graceDays == 10 && policy.autopayRetryDays == [3, 7])
        #expect(policy.noticeToDefaultDays == 30 && policy.missedInstallmentsToDefault == 2)
        #expect(policy.varyingAmountNoticeDays == 10)
        try policy.checkSettings()
    }

    @Test(
        "An installment below the site's minimum is refused, naming the amount, the minimum and the most installments")
    func installmentBelowMinimumIsRefused() {
        let error = refusal(terms("210.00", count: 60))
        #expect(
            error?.message == "A plan of 60 installments on $210.00 would be $3.50 a month, below the site's "
                + "minimum installment of $25.00; at most 8 installments.")
        #expect(error?.remedy == "Choose 3 to 8 installments.")
        #expect(error?.code == .invalidInput)
    }

    @Test("The most installments meeting the minimum is accepted and one more is refused")
    func minimumInstallmentBoundary() throws {
        try policy.validate(terms("210.00", count: 8))  // $26.25 a month
        let error = refusal(terms("210.00", count: 9))
        #expect(error?.message.contains("would be $23.33 to $23.34 a month") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("at most 8 installments") == true)
    }

    @Test("A down payment is taken off before the installment is checked, and the message says so")
    func downPaymentIsNamedInTheMessage() {
        let error = refusal(terms("250.00", down: "40.00", count: 12))
        #expect(
            error?.message == "A plan of 12 installments on $210.00 (after a $40.00 down payment) would be $17.50 "
                + "a month, below the site's minimum installment of $25.00; at most 8 installments.")
    }

    @Test("Counts outside the site's range are refused", arguments: [1, 2, 61, 120])
    func countOutsideRangeIsRefused(count: Int) {
        let error = refusal(terms("100000.00", count: count))
        #expect(
            error?.message == "A plan of \(count) installments is outside the site's range of 3 to 60 installments.")
    }

    @Test("A balance too small for even the shortest plan is refused with the smallest plan amount")
    func balanceTooSmallIsRefused() {
        let error = refusal(terms("60.00", count: 3))
        #expect(
            error?.message == "$60.00 is too small for a plan: even 3 installments would be $20.00 a month, below "
                + "the site's minimum installment of $25.00; a plan needs at least $75.00 after any down payment.")
    }

    @Test(
        "A down payment below the site's percentage is refused; the percentage rounds up to the cent",
        arguments: [
            (Int64(1_000), "1000.00", "50.00", "$100.00", "10%"),
            (1_250, "99.99", "12.49", "$12.50", "12.5%"),  // 12.49875 rounds up
            (5, "1000.00", "0.49", "$0.50", "0.05%"),
        ])
    func downPaymentBelowMinimumIsRefused(
        basisPoints: Int64, balance: String, down: String, required: String,
        percent: String
    ) {
        var policy = PaymentPlanPolicy()
        policy.minimumDownPaymentBasisPoints = basisPoints
        let error = refusal(terms(balance, down: down, count: 3), policy: policy)
        #expect(
            error?.message == "A down payment of $\(down) is below the site's minimum of \(required) on a balance "
                + "of \(PlanFixtures.dollars(balance)) (\(percent) of the balance).")
    }

    @Test("The hook's fixed down payment and the percentage: the larger applies")
    func fixedDownPaymentFromTheHook() throws {
        var policy = PaymentPlanPolicy()
        policy.minimumDownPaymentBasisPoints = 1_000
        policy.minimumDownPayment = PlanFixtures.dollars("150.00")
        #expect(policy.requiredDownPayment(on: PlanFixtures.dollars("1000.00")) == PlanFixtures.dollars("150.00"))
        #expect(policy.requiredDownPayment(on: PlanFixtures.dollars("2000.00")) == PlanFixtures.dollars("200.00"))
        let error = refusal(terms("1000.00", down: "100.00", count: 6), policy: policy)
        #expect(
            error?.message.contains(
                "minimum of $150.00 on a balance of $1,000.00 (the larger of 10% of the balance "
                    + "and $150.00)") == true, "\(error?.message ?? "")")
        try policy.validate(terms("1000.00", down: "150.00", count: 6))
    }

    @Test(
        "Terms that are not a plan are refused",
        arguments: [
            ("0.00", "0", 3, nil as Int?, "needs a balance owed"),
            ("500.00", "-1.00", 3, nil, "cannot be negative"),
            ("500.00", "500.00", 3, nil, "covers the whole balance of $500.00; no plan is needed"),
            ("500.00", "0", 3, 32, "from 1 to 31, not 32"),
        ])
    func nonPlansAreRefused(balance: String, down: String, count: Int, dayOfMonth: Int?, phrase: String) {
        let error = refusal(terms(balance, down: down, count: count, dayOfMonth: dayOfMonth))
        #expect(error?.message.contains(phrase) == true, "\(error?.message ?? "")")
    }

    @Test(
        "Staff get the allowed counts and the fewest installments the patient can afford",
        arguments: [
            ("1000.00", "90.00", 12),  // 11 would be $90.91
            ("1000.00", "100.00", 10),
            ("1000.00", "1000.00", 3),  // never below the site's minimum count
            ("1000.01", "100.00", 11),  // 10 would be $100.01 for the first
            ("210.00", "26.25", 8),
        ])
    func fewestAffordableInstallments(financed: String, affordable: String, expected: Int) throws {
        let count = try policy.fewestInstallments(
            financing: PlanFixtures.dollars(financed),
            affordable: PlanFixtures.dollars(affordable))
        #expect(count == expected)
        let schedule = try policy.makeSchedule(
            PaymentPlanTerms(
                balance: PlanFixtures.dollars(financed), installmentCount: count,
                firstDueDate: PlanFixtures.day("2026-02-01")))
        #expect(schedule.installments.allSatisfy { $0.amount <= PlanFixtures.dollars(affordable) })
    }

    @Test("A patient who cannot afford even the longest plan is told so, with the financial-assistance remedy")
    func unaffordablePlanIsRefused() {
        let error = #expect(throws: RevCycleError.self) {
            try policy.fewestInstallments(
                financing: PlanFixtures.dollars("100000.00"), affordable: PlanFixtures.dollars("10.00"))
        }
        #expect(
            error?.message == "Even the longest plan allowed, 60 installments, would be $1,666.66 to $1,666.67 a "
                + "month on $100,000.00, more than the $10.00 the patient can pay.")
        #expect(error?.remedy?.contains("financial assistance") == true)
        #expect(policy.installmentCounts(financing: PlanFixtures.dollars("210.00")) == 3...8)
        #expect(policy.installmentCounts(financing: PlanFixtures.dollars("74.99")) == nil)
    }

    @Test("Settings that contradict each other or Regulation E are refused")
    func inconsistentSettingsAreRefused() {
        var policy = PaymentPlanPolicy()
        policy.varyingAmountNoticeDays = 5
        let notice = #expect(throws: RevCycleError.self) { try policy.checkSettings() }
        #expect(notice?.message.contains("at least 10 days") == true)
        #expect(notice?.code == .configuration)
        policy = PaymentPlanPolicy()
        policy.autopayRetryDays = [7, 3]
        #expect(throws: RevCycleError.self) { try policy.checkSettings() }
        policy = PaymentPlanPolicy()
        policy.minimumInstallments = 12
        policy.maximumInstallments = 6
        #expect(throws: RevCycleError.self) { try policy.checkSettings() }
    }
}
