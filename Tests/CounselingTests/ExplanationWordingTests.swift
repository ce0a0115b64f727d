import RevCycleCore
import Testing
@testable import Counseling

/// The sentences for the cases the three reviewed shapes do not show: codes without words,
/// other reason codes, other denial follow-ups, reversals, estimates, credits and waiting claims.
struct ExplanationWordingTests {
    typealias Fixtures = ExplanationFixtures
    typealias Facts = AccountExplanationFacts

    /// The insured visit with its one answer replaced.
    static func insured(with answer: Facts.PayerAnswer, pending: Money = .zero) -> Facts {
        var facts = Fixtures.insured.facts
        facts.payerAnswers = [answer]
        facts.pendingInsurance = pending
        return facts
    }

    /// The text with its lines joined back into one and runs of spaces made one, so a sentence or
    /// a figure row can be found across a line break or a column gap.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("A reason or remark code no catalog has words for is named in a neutral sentence, with a number to call",
          arguments: [
              ("en", [
                  "It did not pay $12.00, for a reason with the code CO-999. You do not owe this part.",
                  "It says you owe $3.00, for a reason with the code PR-888.",
                  "Aetna also sent a note with the code ZZ12.",
                  "To find out what a code means, call (555) 014-2200.",
              ]),
              ("es", [
                  "No pagó $12.00, por un motivo con el código CO-999. Usted no debe esta parte.",
                  "Indica que usted debe pagar $3.00, por un motivo con el código PR-888.",
                  "Aetna también envió una nota con el código ZZ12.",
                  "Para saber qué significa un código, llame al (555) 014-2200.",
              ]),
          ])
    func unknownCodesFallBackToNeutralSentences(_ code: String, _ sentences: [String]) {
        let facts = Self.insured(with: .init(payerName: "Aetna", claimNumber: "E1", paid: .zero, adjustments: [
            .init(group: .contractualObligation, reasonCode: "999", amount: Money(cents: 1_200)),
            .init(group: .patientResponsibility, reasonCode: "888", amount: Money(cents: 300)),
        ], remarkCodes: ["ZZ12"]))
        let text = Self.flowing(ExplanationText.render(facts, language: ExplanationLanguage(code: code)))
        for sentence in sentences {
            #expect(text.contains(sentence), "missing: \(sentence)\nin: \(text)")
        }
    }

    @Test("Every reason code the tests use is put into words, in both languages, with no neutral fallback",
          arguments: [
              ("CO", "45"), ("PR", "1"), ("PR", "2"), ("PR", "3"), ("CO", "97"), ("CO", "197"), ("CO", "16"),
              ("CO", "50"), ("OA", "23"), ("PI", "253"), ("PI", "45"), ("OA", "18"), ("PR", "96"), ("CO", "29"),
          ])
    func testedCodesHaveWords(_ group: String, _ code: String) throws {
        let adjustmentGroup = try #require(Facts.AdjustmentGroup(rawValue: group))
        let facts = Self.insured(with: .init(payerName: "Aetna", claimNumber: "E1", paid: .zero, adjustments: [
            .init(group: adjustmentGroup, reasonCode: code, amount: Money(cents: 5_000)),
        ]))
        for language in Fixtures.languages {
            let text = Self.flowing(ExplanationText.render(facts, language: language))
            let reason = try #require(language.catalog.adjustmentReason(code))
            #expect(text.contains("\(reason) (\(group)-\(code))."), "\(language.catalog.languageCode): \(text)")
            #expect(!text.contains("code \(group)-\(code)") && !text.contains("código \(group)-\(code)"))
        }
    }

    @Test("Each remark code Core knows is put into words with the insurer's name", arguments: AdjustmentReason.remarks.keys.sorted())
    func remarksHaveWords(_ code: String) throws {
        let facts = Self.insured(with: .init(payerName: "Cigna", claimNumber: "C1", paid: .zero, remarkCodes: [code]))
        let english = Self.flowing(ExplanationText.render(facts, language: .english))
        let spanish = Self.flowing(ExplanationText.render(facts, language: .spanish))
        let englishRemark = try #require(ExplanationCatalog.english.remark(code))
        let spanishRemark = try #require(ExplanationCatalog.spanish.remark(code))
        #expect(english.contains("Cigna also noted that \(englishRemark) (\(code))."))
        #expect(spanish.contains("Cigna también indicó que \(spanishRemark) (\(code))."))
    }

    static let followUps: [(Facts.DenialFollowUp, String, String?)] = [
        (.appealing, "You do not need to pay this now.", "We have asked Cigna to look at this again (an appeal)."),
        (.correctingClaim, "You do not need to pay this now.", "We are fixing the claim and sending it to Cigna again."),
        (.needsPatientInformation, "You do not need to pay this now.",
         "We need some information from you to fix this. Please call (555) 014-2200."),
        (.closed, "You do not owe this part.", nil),
    ]

    @Test("A denial the hospital is still working is 'not owed now' with what the hospital does; a closed one is 'not owed'",
          arguments: followUps)
    func denialFollowUps(_ followUp: Facts.DenialFollowUp, _ owed: String, _ sentence: String?) {
        let facts = Self.insured(with: .init(payerName: "Cigna", claimNumber: "C1", paid: .zero, adjustments: [
            .init(group: .contractualObligation, reasonCode: "16", amount: Money(cents: 32_900)),
        ], remarkCodes: ["M76"], denialFollowUp: followUp))
        let text = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(text.contains("had a billing mistake (CO-16). \(owed)"), "\(text)")
        if let sentence { #expect(text.contains(sentence), "\(text)") }
        for other in ["(an appeal)", "We are fixing the claim", "We need some information"] where sentence?.contains(other) != true {
            #expect(!text.contains(other), "\(followUp) should not say \(other)")
        }
    }

    @Test("A contractual write-off is never called a denial in review, even with an appeal under way")
    func writeOffIsNotInReview() {
        let facts = Self.insured(with: .init(payerName: "Cigna", claimNumber: "C1", paid: Money(cents: 10_000), adjustments: [
            .init(group: .contractualObligation, reasonCode: "45", amount: Money(cents: 5_000)),
            .init(group: .contractualObligation, reasonCode: "50", amount: Money(cents: 20_000)),
        ], denialFollowUp: .appealing))
        let text = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(text.contains("(CO-45). You do not owe this part."))
        #expect(text.contains("(CO-50). You do not need to pay this now."))
    }

    @Test("A reversed answer is told as taken back, with what it had paid, and none of its reasons are told")
    func reversedAnswerIsTakenBack() {
        var facts = Fixtures.insured.facts
        let original = Facts.PayerAnswer(payerName: "Aetna", claimNumber: "E0", paid: Money(cents: 7_000), adjustments: [
            .init(group: .contractualObligation, reasonCode: "96", amount: Money(cents: 25_900)),
        ], isReversed: true)
        facts.payerAnswers.insert(original, at: 0)
        #expect(facts.discrepancies.isEmpty, "\(facts.discrepancies)")
        for (language, sentence) in [
            (ExplanationLanguage.english, "Aetna took back this answer. It had paid $70.00. This answer no longer counts."),
            (.spanish, "Aetna anuló esta respuesta. Había pagado $70.00. Esta respuesta ya no cuenta."),
        ] {
            let text = Self.flowing(ExplanationText.render(facts, language: language))
            #expect(text.contains(sentence), "\(text)")
            #expect(!text.contains("$259.00") && !text.contains("CO-96"))
            #expect(text.contains("$63.90"))
        }
    }

    @Test("The good-faith-estimate dispute is offered from $400.00 above the estimate until 120 days after the bill",
          arguments: [
              ("1400.00", "2026-10-20", true), ("1399.99", "2026-10-20", false), ("900.00", "2026-10-20", false),
              ("1400.00", "2027-01-29", true), ("1400.00", "2027-01-30", false),
          ])
    func estimateDispute(_ billed: String, _ explainedOn: String, _ offered: Bool) throws {
        var facts = Fixtures.selfPay.facts
        facts.explainedOn = try CalendarDate(parsing: explainedOn)
        facts.options.goodFaithEstimate = .init(
            estimated: try Money(parsing: "1000.00"), billed: try Money(parsing: billed),
            billedOn: try CalendarDate(parsing: "2026-10-01"))
        let english = Self.flowing(ExplanationText.render(facts, language: .english))
        let spanish = Self.flowing(ExplanationText.render(facts, language: .spanish))
        let englishSentences = [
            "Good-faith estimate: Before your care, we gave you an estimate of $1,000.00.",
            "Your bill is $1,400.00, which is $400.00 more.",
            "When a bill is $400.00 or more above the estimate, you have the right to dispute it",
            "You must start by January 29, 2027.",
            "we will not send it to collections or charge late fees.",
        ]
        let spanishSentences = [
            "Estimado de buena fe: Antes de su atención, le dimos un estimado de $1,000.00.",
            "Su factura es de $1,400.00, es decir, $400.00 más.",
            "Debe empezar a más tardar el 29 de enero de 2027.",
        ]
        #expect(english.contains("Good-faith estimate") == offered)
        #expect(spanish.contains("Estimado de buena fe") == offered)
        if offered {
            for sentence in englishSentences { #expect(english.contains(sentence), "missing: \(sentence)\n\(english)") }
            for sentence in spanishSentences { #expect(spanish.contains(sentence), "missing: \(sentence)\n\(spanish)") }
        }
    }

    @Test("Each assistance status is told in words, in both languages", arguments: [
        (Facts.Assistance.Status.inReview, "We are reviewing it", "La estamos revisando"),
        (.incomplete, "some papers are missing. Please call (555) 014-2250", "faltan algunos documentos"),
        (.denied, "was not approved", "no fue aprobada"),
        (.approved, "was approved. We took 62.5% off", "fue aprobada. Le descontamos un 62.5%"),
    ])
    func assistanceStatus(_ status: Facts.Assistance.Status, _ english: String, _ spanish: String) {
        var facts = Fixtures.selfPay.facts
        facts.assistance = .init(status: status, discountBasisPoints: status == .approved ? 6_250 : nil, applied: .zero)
        facts.owesNow = facts.totalPatientShare
        #expect(Self.flowing(ExplanationText.render(facts, language: .english)).contains(english))
        #expect(Self.flowing(ExplanationText.render(facts, language: .spanish)).contains(spanish))
    }

    @Test("A discount in basis points prints as US bills print a percentage", arguments: [
        (7_500, "75%"), (6_250, "62.5%"), (3_333, "33.33%"), (10_000, "100%"), (5, "0.05%"), (110, "1.1%"),
    ])
    func percentages(_ basisPoints: Int, _ expected: String) {
        #expect(ExplanationWording.percent(basisPoints: basisPoints) == expected)
    }

    @Test("A credit is told as a credit: what was paid over the share, in the sum and in words")
    func creditBalance() {
        var facts = Fixtures.insured.facts
        facts.patientPayments = Money(cents: 15_000)
        facts.owesNow = Money(cents: -2_190)
        #expect(facts.discrepancies.isEmpty, "\(facts.discrepancies)")
        let text = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(text.contains("You paid $21.90 more than you owe."))
        #expect(text.contains("Payments you made -$150.00"))
        #expect(text.contains("Your credit for this visit -$21.90"))
    }

    @Test("A claim no insurer has answered yet is told as waiting, and its amount as not due")
    func waitingForInsurance() {
        var facts = Fixtures.insured.facts
        facts.payerAnswers = []
        facts.patientShares = []
        facts.owesNow = .zero
        facts.pendingInsurance = facts.totalCharges
        #expect(facts.discrepancies.isEmpty, "\(facts.discrepancies)")
        let text = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(text.contains("We sent the bill to your insurance. It has not answered yet."))
        #expect(text.contains("Still with your insurance: $329.00. It is not due now."))
        #expect(text.contains("You owe nothing right now."))
        #expect(!text.contains("no insurance on file"))
    }

    @Test("The apply-by date is given while it is ahead, and the offer stands without it once it has passed")
    func applyByDate() throws {
        var facts = Fixtures.insured.facts
        let text = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(text.contains("Call (555) 014-2250 for an application or help filling it in. You can apply until July 29, 2027."))
        facts.explainedOn = try CalendarDate(parsing: "2027-07-30")
        let later = Self.flowing(ExplanationText.render(facts, language: .english))
        #expect(later.contains("for an application or help filling it in. - Payment plan"))
        #expect(!later.contains("You can apply until"))
    }

    @Test("A date is never split across two lines, even where it falls at the margin")
    func datesStayOnOneLine() throws {
        var facts = Fixtures.insured.facts
        for padding in 0..<40 {
            facts.options.financialAssistance = .init(applyBy: try CalendarDate(parsing: "2027-09-30"))
            facts.options.phone = "(555) 014-2250" + String(repeating: "9", count: padding)
            let english = ExplanationText.render(facts, language: .english)
            let spanish = ExplanationText.render(facts, language: .spanish)
            #expect(english.contains("September 30, 2027"), "padding \(padding)")
            #expect(spanish.contains("30 de septiembre de 2027"), "padding \(padding)")
        }
    }
}
