import RevCycleCore
import Testing
@testable import Counseling

/// The facts' own check that their figures add up before a patient reads them.
struct ExplanationFactsTests {
    typealias Fixtures = ExplanationFixtures

    @Test("A cent lost from what the patient owes is reported, with both sides of the sum")
    func lostCentInBalanceIsReported() {
        var facts = Fixtures.insured.facts
        facts.owesNow = Money(cents: 12_809)
        #expect(facts.discrepancies == [
            "The patient's shares ($128.10) less assistance ($0.00) and payments ($0.00) come to $128.10,"
                + " but the account says the patient owes $128.09.",
        ])
    }

    @Test("A cent doubled in an insurer's adjustment is reported against the charges")
    func doubledCentInAdjustmentIsReported() {
        var facts = Fixtures.insured.facts
        facts.payerAnswers[0].adjustments[0].amount += Money(cents: 1)
        #expect(facts.discrepancies == [
            "Charges are $329.00, but insurance paid ($63.90), amounts taken off ($137.01), pending insurance ($0.00)"
                + " and the patient's shares ($128.10) come to $329.01.",
        ])
    }

    @Test("A denial being appealed counts as pending, not as taken off; once closed it counts as taken off")
    func denialInReviewIsPending() {
        var facts = Fixtures.denied.facts
        #expect(facts.discrepancies.isEmpty)
        #expect(facts.payerAnswers[0].deniedAmount == Money(cents: 185_000))
        facts.payerAnswers[0].denialFollowUp = .closed
        #expect(facts.discrepancies.count == 1, "pending and taken off both count the denial")
        facts.pendingInsurance = .zero
        #expect(facts.discrepancies.isEmpty)
    }

    @Test("What an earlier insurer settled (OA-23) on a secondary answer is not counted twice")
    func priorPayerAmountIsNotCountedTwice() {
        var facts = Fixtures.insured.facts
        facts.payerAnswers.append(.init(payerName: "Medicaid", claimNumber: "MD1", paid: Money(cents: 10_000), adjustments: [
            .init(group: .otherAdjustment, reasonCode: "23", amount: Money(cents: 20_090)),
            .init(group: .patientResponsibility, reasonCode: "2", amount: Money(cents: 2_810)),
        ]))
        facts.patientShares = [.init(reason: .coinsurance, amount: Money(cents: 2_810))]
        facts.owesNow = Money(cents: 2_810)
        #expect(facts.discrepancies.isEmpty, "\(facts.discrepancies)")
        let text = ExplanationText.render(facts, language: .english)
        #expect(text.contains("Your insurance, Medicaid, paid $100.00."))
    }

    @Test("Adjustments are summed by group and reason in the order each first appears")
    func adjustmentsByReason() {
        let answer = Fixtures.insured.facts.payerAnswers[0]
        #expect(answer.adjustmentsByReason.map(\.label) == ["CO-45", "PR-1", "PR-2"])
        #expect(answer.adjustmentsByReason.map(\.amount.cents) == [13_700, 12_100, 710])
        #expect(answer.patientResponsibility == Money(cents: 12_810))
        #expect(answer.deniedAmount == .zero)
    }
}
