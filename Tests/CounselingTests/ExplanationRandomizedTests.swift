import Foundation
import RevCycleCore
import RevCycleTesting
import Testing
@testable import Counseling

/// Explanations of many generated accounts (insured, denied, self-pay, waiting; long names and
/// descriptions; codes with and without words) keep every line within 80 columns and every figure.
///
/// Seeds come from `REVCYCLE_SEED` or a fixed list; every failure names its seed and account.
struct ExplanationRandomizedTests {
    typealias Facts = AccountExplanationFacts

    static var seeds: [UInt64] {
        if let text = ProcessInfo.processInfo.environment["REVCYCLE_SEED"], let seed = UInt64(text) { return [seed] }
        return [1, 7, 42, 2_026, 90_210]
    }

    @Test("Generated accounts add up, fit in 80 columns and show every figure, in English and Spanish", arguments: seeds)
    func generatedAccounts(_ seed: UInt64) {
        var random = ExplanationRandom(seed: seed)
        for index in 0..<60 {
            let facts = Self.account(&random)
            #expect(facts.discrepancies.isEmpty, "seed \(seed) account \(index): \(facts.discrepancies)")
            for language in ExplanationFixtures.languages {
                let text = ExplanationText.render(facts, language: language)
                let where_ = "seed \(seed) account \(index) \(language.catalog.languageCode)"
                for line in text.split(separator: "\n") {
                    #expect(line.count <= ExplanationText.width, "\(where_): \(line.count) columns: \(line)")
                    #expect(!line.contains("{"), "\(where_): unfilled placeholder: \(line)")
                }
                for figure in ExplanationFiguresTests.figures(of: facts) {
                    #expect(text.contains(figure.amount.description), "\(where_): \(figure.what) \(figure.amount) missing\n\(text)")
                }
            }
        }
    }

    // MARK: - Generating accounts

    static let words = [
        "visit", "panel", "imaging", "therapy", "evaluation", "injection", "consultation", "laboratory",
        "radiología", "atención", "extremity", "bilateral", "comprehensive", "Anesthesiology-Supplemental-Service",
    ]
    static let payers = ["Aetna", "Cigna", "Blue Cross Blue Shield of Massachusetts HMO Blue New England Plus", "Medicaid"]
    static let remarks = AdjustmentReason.remarks.keys.sorted() + ["ZZ1"]

    static func text(_ random: inout ExplanationRandom, words count: Int) -> String {
        (0..<count).map { _ in words[random.below(words.count)] }.joined(separator: " ")
    }

    static func money(_ random: inout ExplanationRandom, upTo cents: Int64) -> Money {
        Money(cents: Int64(random.below(Int(cents))) + 1)
    }

    /// One account whose figures add up by construction.
    static func account(_ random: inout ExplanationRandom) -> Facts {
        let lines = (0..<(1 + random.below(5))).map { _ in
            Facts.ServiceLine(code: ["99214", "80053", "0450", "G0378", "A1234567890123"][random.below(5)],
                              description: text(&random, words: 1 + random.below(12)),
                              charge: money(&random, upTo: 5_000_000))
        }
        var facts = Facts(
            account: "A\(random.below(1_000_000))", patientName: text(&random, words: 1 + random.below(6)),
            visitDate: CalendarDate(dayNumber: 20_000 + random.below(2_000)),
            explainedOn: CalendarDate(dayNumber: 22_000 + random.below(400)),
            facility: .init(name: text(&random, words: 1 + random.below(8)), phone: "(555) 014-\(1000 + random.below(9000))"),
            serviceLines: lines, owesNow: .zero,
            options: .init(phone: "(555) 019-\(1000 + random.below(9000))"))
        let payer = payers[random.below(payers.count)]
        let claim = String(repeating: "9", count: 1 + random.below(40))
        switch random.below(4) {
        case 0:  // insured: agreed-price write-off, deductible, coinsurance, sometimes a code without words
            var adjustments: [Facts.ClaimAdjustment] = []
            var paid = Money.zero
            var deductible = Money.zero, coinsurance = Money.zero, other = Money.zero
            for line in lines {
                let writeOff = line.charge.scaled(by: Int64(random.below(70)), over: 100, rounding: .down)
                let allowed = line.charge - writeOff
                let toDeductible = allowed.scaled(by: Int64(random.below(100)), over: 100, rounding: .down)
                let coins = (allowed - toDeductible).percent(basisPoints: 2_000, rounding: .halfUp)
                let unlisted = random.below(4) == 0 ? (allowed - toDeductible - coins).percent(basisPoints: 500, rounding: .down) : .zero
                adjustments += [
                    .init(group: .contractualObligation, reasonCode: "45", amount: writeOff),
                    .init(group: .patientResponsibility, reasonCode: "1", amount: toDeductible),
                    .init(group: .patientResponsibility, reasonCode: "2", amount: coins),
                    .init(group: .patientResponsibility, reasonCode: "777", amount: unlisted),
                ]
                deductible += toDeductible
                coinsurance += coins
                other += unlisted
                paid += allowed - toDeductible - coins - unlisted
            }
            facts.payerAnswers = [.init(payerName: payer, claimNumber: claim, paid: paid, adjustments: adjustments,
                                        remarkCodes: random.below(2) == 0 ? [remarks[random.below(remarks.count)]] : [])]
            facts.patientShares = [
                .init(reason: .deductible, amount: deductible), .init(reason: .coinsurance, amount: coinsurance),
                .init(reason: .other, amount: other),
            ].filter { !$0.amount.isZero }
        case 1:  // denied, being worked or closed
            let followUp = Facts.DenialFollowUp.allCases[random.below(Facts.DenialFollowUp.allCases.count)]
            let code = AdjustmentReason.denials.sorted()[random.below(AdjustmentReason.denials.count)]
            facts.payerAnswers = [.init(payerName: payer, claimNumber: claim, paid: .zero, adjustments: [
                .init(group: .contractualObligation, reasonCode: code, amount: facts.totalCharges),
            ], remarkCodes: [remarks[random.below(remarks.count)]], denialFollowUp: followUp)]
            facts.pendingInsurance = followUp == .closed ? .zero : facts.totalCharges
        case 2:  // self-pay
            facts.patientShares = [.init(reason: .selfPay, amount: facts.totalCharges)]
            facts.options.goodFaithEstimate = .init(
                estimated: facts.totalCharges.scaled(by: Int64(50 + random.below(60)), over: 100, rounding: .down),
                billed: facts.totalCharges, billedOn: facts.explainedOn.adding(days: -random.below(200)))
        default:  // billed, not answered
            facts.pendingInsurance = facts.totalCharges
        }
        let share = facts.totalPatientShare
        if !share.isZero, random.below(2) == 0 {
            let basisPoints = 100 * (1 + random.below(100))
            facts.assistance = .init(status: .approved, discountBasisPoints: basisPoints,
                                     applied: share.percent(basisPoints: Int64(basisPoints), rounding: .down))
        }
        let afterAssistance = share - (facts.assistance?.applied ?? .zero)
        if afterAssistance > .zero, random.below(3) == 0 {
            facts.patientPayments = afterAssistance.scaled(by: Int64(random.below(130)), over: 100, rounding: .down)
        }
        facts.owesNow = afterAssistance - facts.patientPayments
        facts.options.offersPaymentPlan = facts.owesNow > .zero
        if random.below(2) == 0 {
            facts.options.financialAssistance = .init(applyBy: random.below(2) == 0 ? facts.visitDate.adding(days: 260) : nil)
        }
        return facts
    }
}

/// The randomized explanation tests' generator: the shared seeded SplitMix64.
typealias ExplanationRandom = SeededGenerator
