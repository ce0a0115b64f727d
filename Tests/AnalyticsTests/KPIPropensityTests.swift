@testable import Analytics
import RevCycleCore
import Testing

/// RevCycle's transparent propensity-to-pay rules.
struct KPIPropensityTests {
    static func history(
        statements: Int = 3, days: Int? = 20, billed: String = "1,000.00", paid: String = "1,000.00",
        due: Int = 0, onTime: Int = 0, balance: String = "0.00", coverage: GuarantorHistory.CoverageType = .insured
    ) -> GuarantorHistory {
        GuarantorHistory(
            guarantor: GuarantorID(7), statementsSent: statements, daysFromFirstStatementToFirstPayment: days,
            billedToPatient: KPIFixture.usd(billed), paidByPatient: KPIFixture.usd(paid), installmentsDue: due,
            installmentsPaidOnTime: onTime, currentBalance: KPIFixture.usd(balance), coverage: coverage)
    }

    @Test("The hook's two samples score as documented: G3 high with 70 points, G9 low with −40")
    func hookSamples() {
        // G3: paid 12 days after the first statement +30; 80% paid +20; no plan 0; owes $40.00 +10; insured +10.
        let g3 = PropensityRules.assess(Self.history(statements: 2, days: 12, billed: "200.00", paid: "160.00", balance: "40.00"))
        #expect(g3.segment == .high)
        #expect(g3.points == 70)
        #expect(g3.reasons.map(\.points) == [30, 20, 0, 10, 10])
        #expect(g3.reasons.map(\.description) == [
            "first payment 12 days after the first statement (within 30): +30",
            "paid $160.00 of $200.00 billed (80.00%): +20",
            "no plan installment due yet: +0",
            "owes $40.00 now ($500.00 or less): +10",
            "insured: the patient side owes cost sharing only: +10",
        ])
        // G9: never paid −20; 0% −10; 1 of 3 installments on time (33.33%) −10; owes $1,200.00 0; self-pay 0.
        let g9 = PropensityRules.assess(Self.history(
            statements: 4, days: nil, billed: "1,200.00", paid: "0.00", due: 3, onTime: 1, balance: "1,200.00", coverage: .selfPay))
        #expect(g9.segment == .low)
        #expect(g9.points == -40)
        #expect(g9.reasons.map(\.points) == [-20, -10, -10, 0, 0])
    }

    @Test("Each rule's bands change at their stated edges", arguments: [
        // (history, rule, points)
        (history(days: 30), PropensityAssessment.Rule.timeliness, 30),
        (history(days: 31), .timeliness, 15),
        (history(days: 60), .timeliness, 15),
        (history(days: 61), .timeliness, 0),
        (history(days: 120), .timeliness, 0),
        (history(days: 121), .timeliness, -10),
        (history(days: -2), .timeliness, 30),
        (history(billed: "100.00", paid: "75.00"), .sharePaid, 20),
        (history(billed: "100.00", paid: "74.99"), .sharePaid, 10),
        (history(billed: "100.00", paid: "50.00"), .sharePaid, 10),
        (history(billed: "100.00", paid: "49.99"), .sharePaid, 0),
        (history(billed: "100.00", paid: "25.00"), .sharePaid, 0),
        (history(billed: "100.00", paid: "24.99"), .sharePaid, -10),
        (history(billed: "0.00", paid: "0.00"), .sharePaid, 0),
        (history(due: 10, onTime: 9), .planAdherence, 20),
        (history(due: 10, onTime: 8), .planAdherence, 0),
        (history(due: 10, onTime: 5), .planAdherence, 0),
        (history(due: 10, onTime: 4), .planAdherence, -10),
        (history(balance: "500.00"), .balance, 10),
        (history(balance: "500.01"), .balance, 0),
        (history(balance: "2,500.00"), .balance, 0),
        (history(balance: "2,500.01"), .balance, -10),
        (history(coverage: .selfPay), .coverage, 0),
        (history(coverage: .medicaid), .coverage, 0),
    ])
    func ruleEdges(history: GuarantorHistory, rule: PropensityAssessment.Rule, points: Int) throws {
        let reason = try #require(PropensityRules.assess(history).reasons.first { $0.rule == rule })
        #expect(reason.points == points, "\(reason)")
    }

    @Test("The total picks the segment: 50 and up high, 10 to 49 medium, below 10 low", arguments: [
        // Paid in 10 days +30, all of it +20, no plan 0, owes $600.00 0, self-pay 0 = 50: high at its floor.
        (history(days: 10, balance: "600.00", coverage: .selfPay), PropensitySegment.high, 50),
        // Paid in 45 days +15, all of it +20, no plan 0, owes $3,000.00 −10, insured +10 = 35: medium.
        (history(days: 45, balance: "3,000.00"), .medium, 35),
        // Paid in 90 days 0, 60% +10, no plan 0, owes $1,000.00 0, Medicaid 0 = 10: medium at its floor.
        (history(days: 90, paid: "600.00", balance: "1,000.00", coverage: .medicaid), .medium, 10),
        // Paid in 45 days +15, 24.99% −10, no plan 0, owes $1,000.00 0, self-pay 0 = 5: low.
        (history(days: 45, billed: "100.00", paid: "24.99", balance: "1,000.00", coverage: .selfPay), .low, 5),
    ])
    func segments(history: GuarantorHistory, segment: PropensitySegment, points: Int) {
        let assessment = PropensityRules.assess(history)
        #expect(assessment.points == points, "\(assessment)")
        #expect(assessment.segment == segment, "\(assessment)")
    }

    @Test("No statement yet, or one statement and no payment, is new with no points", arguments: [
        (0, Int?.some(5), "no statement sent yet: no history to judge"),
        (1, nil, "one statement sent and no payment yet: too early to judge"),
    ])
    func newGuarantor(statements: Int, days: Int?, words: String) {
        let assessment = PropensityRules.assess(Self.history(statements: statements, days: days))
        #expect(assessment.segment == .new)
        #expect(assessment.points == 0)
        #expect(assessment.reasons.map(\.words) == [words])
    }

    @Test("One statement with a payment is judged, not new")
    func oneStatementPaid() {
        #expect(PropensityRules.assess(Self.history(statements: 1, days: 5)).segment == .high)
    }

    @Test("Shares are basis points rounded down and kept within 0 to 100%")
    func shares() {
        #expect(Self.history(billed: "3.00", paid: "2.00").sharePaidBasisPoints == 6_666)
        #expect(Self.history(billed: "100.00", paid: "150.00").sharePaidBasisPoints == 10_000)
        #expect(Self.history(billed: "100.00", paid: "-5.00").sharePaidBasisPoints == 0)
        #expect(Self.history(billed: "0.00").sharePaidBasisPoints == nil)
        #expect(Self.history(due: 3, onTime: 2).onTimeBasisPoints == 6_666)
        #expect(Self.history(due: 3, onTime: 5).onTimeBasisPoints == 10_000)
    }
}
