import Foundation
import RevCycleCore
import Testing
@testable import Counseling

/// Every figure a patient is owed an explanation of is printed, and every line fits 80 columns.
struct ExplanationFiguresTests {
    typealias Fixtures = ExplanationFixtures

    /// The amounts the explanation must show for `facts`, worked out from the facts alone: each
    /// charge and their total, each insurer's payment and each reason's total, each share,
    /// assistance and payments taken off, the balance, what is pending and a disputable estimate.
    static func figures(of facts: AccountExplanationFacts) -> [(what: String, amount: Money)] {
        var figures = facts.serviceLines.map { ("charge \($0.code)", $0.charge) }
        figures.append(("total charges", facts.totalCharges))
        for answer in facts.payerAnswers {
            figures.append(("\(answer.payerName) paid", answer.paid))
            guard !answer.isReversed else { continue }
            var byReason: [String: Money] = [:]
            for adjustment in answer.adjustments { byReason[adjustment.label, default: .zero] += adjustment.amount }
            figures += byReason.filter { !$0.value.isZero }.map { ("\(answer.payerName) \($0.key)", $0.value) }
        }
        figures += facts.patientShares.map { ("share \($0.reason)", $0.amount) }
        if let assistance = facts.assistance, !assistance.applied.isZero { figures.append(("assistance", assistance.applied)) }
        if !facts.patientPayments.isZero { figures.append(("patient payments", facts.patientPayments)) }
        if !facts.owesNow.isZero { figures.append(("owes now", facts.owesNow.magnitude)) }
        if !facts.pendingInsurance.isZero { figures.append(("pending", facts.pendingInsurance)) }
        if let estimate = facts.options.goodFaithEstimate, estimate.canDispute(on: facts.explainedOn) {
            figures += [("estimate", estimate.estimated), ("billed", estimate.billed), ("excess", estimate.excess)]
        }
        return figures
    }

    static let cases: [(Fixtures.Shape, ExplanationLanguage)] = Fixtures.all.flatMap { shape in
        Fixtures.languages.map { (shape, $0) }
    }

    @Test("Every figure in the facts appears in the explanation, to the cent, in English and in Spanish", arguments: cases)
    func everyFigureAppears(_ shape: Fixtures.Shape, _ language: ExplanationLanguage) {
        let text = ExplanationText.render(shape.facts, language: language)
        for figure in Self.figures(of: shape.facts) {
            #expect(text.contains(figure.amount.description),
                    "\(shape.name)/\(language.catalog.languageCode): \(figure.what) \(figure.amount) is not in\n\(text)")
        }
    }

    @Test("The per-line adjustments of one reason are told once, as their sum: CO-45 $94.00 + $43.00 is $137.00")
    func reasonsAreSummedAcrossLines() {
        let text = ExplanationWordingTests.flowing(ExplanationText.render(Fixtures.insured.facts, language: .english))
        #expect(text.contains("It did not pay $137.00 because that is the part above your plan's agreed price"))
        #expect(text.contains("(CO-45). You do not owe this part."))
        #expect(text.contains("It says you owe $121.00 because this amount goes toward your deductible (PR-1)."))
        #expect(text.contains("It says you owe $7.10 because this is your coinsurance (PR-2)."))
        for piece in ["$94.00", "$43.00", "$100.00", "$21.00"] {
            #expect(!text.contains(piece), "the per-line amount \(piece) is printed instead of its reason's total")
        }
        let occurrences = text.components(separatedBy: "(CO-45)").count - 1
        #expect(occurrences == 1, "CO-45 is told \(occurrences) times")
    }

    @Test("Every line of every explanation fits in 80 columns and has no trailing space", arguments: cases)
    func linesFitTheWidth(_ shape: Fixtures.Shape, _ language: ExplanationLanguage) {
        let text = ExplanationText.render(shape.facts, language: language)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(line.count <= ExplanationText.width, "line \(number + 1) is \(line.count) columns: \(line)")
            #expect(line.last != " ", "line \(number + 1) ends in a space")
            #expect(!line.contains("\u{A0}"), "line \(number + 1) keeps a no-break space")
            #expect(!line.contains("{") && !line.contains("}"), "line \(number + 1) has an unfilled placeholder: \(line)")
        }
    }
}
