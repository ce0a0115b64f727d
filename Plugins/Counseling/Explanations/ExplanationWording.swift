import RevCycleCore

/// The sentences and figure rows of one account's explanation in one language.
///
/// This is where the facts become words; ``ExplanationText`` only lays them out. The rules:
/// - Each insurer answer is told in the order a patient asks: what it paid, what it did not pay
///   and that the patient does not owe it (groups CO, OA, PI), then what it says the patient pays
///   (group PR). The 835's per-line adjustments are summed by group and reason code, so a reason
///   is read once with its total (CO-45 $94.00 + $43.00 is "$137.00 … (CO-45)").
/// - A denial (Core's ``AdjustmentReason/isDenial(_:)``) the hospital is still working is "not owed
///   now", with what the hospital is doing; a written-off one is "not owed".
/// - A code no catalog has words for is named in a neutral sentence, with a number to call.
/// - What the patient owes is a sum they can check: shares − assistance − payments = balance.
/// - Amounts print as `$1,234.56` in every language; dates are written out by the catalog.
struct ExplanationWording: Sendable {
    let catalog: ExplanationCatalog
    let facts: AccountExplanationFacts

    // MARK: - Values as printed

    /// A date written out, kept on one line.
    func date(_ date: CalendarDate) -> String { ExplanationLayout.glued(catalog.date(date)) }

    /// The billing number, kept on one line.
    var billingPhone: String { ExplanationLayout.glued(facts.facility.phone) }

    /// The financial-counseling number the options give, kept on one line.
    var counselingPhone: String { ExplanationLayout.glued(facts.options.phone) }

    /// `75%`, `62.5%`, `33.33%`: a discount in basis points, as US bills print it in both languages.
    static func percent(basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)%" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }

    // MARK: - Header

    /// The facility, the number for questions and, when the patient's language has no catalog,
    /// the note that offers free help in it.
    func headerLines(languageUnavailable: Bool) -> [String] {
        var lines = [facts.facility.name, catalog.text(.questions, ["phone": billingPhone])]
        if languageUnavailable {
            lines.append(catalog.text(.languageUnavailable, ["phone": billingPhone]))
        }
        return lines
    }

    /// Who, when and which account.
    var identityLines: [String] {
        [
            catalog.text(.patient, ["name": facts.patientName]),
            catalog.text(.visitDate, ["date": date(facts.visitDate)]),
            catalog.text(.account, ["account": facts.account]),
            catalog.text(.explainedOn, ["date": date(facts.explainedOn)]),
        ]
    }

    // MARK: - What insurance did

    /// One insurer answer in words: a heading naming the insurer and claim, then sentences.
    struct AnswerBlock: Sendable, Hashable {
        var heading: String
        var sentences: [String]
    }

    /// Each answer as a block, in the order they came.
    var answerBlocks: [AnswerBlock] {
        facts.payerAnswers.map { answer in
            let heading = catalog.text(.insuranceClaim, ["payer": answer.payerName, "claim": answer.claimNumber])
            if answer.isReversed {
                return AnswerBlock(heading: heading, sentences: [
                    catalog.text(.insuranceReversed, ["payer": answer.payerName, "amount": answer.paid.description]),
                ])
            }
            var sentences = [
                catalog.text(.insurancePaid, ["payer": answer.payerName, "amount": answer.paid.description]),
            ]
            let reasons = answer.adjustmentsByReason.filter { !$0.amount.isZero }
            let notOwed = reasons.filter { $0.group != .patientResponsibility }
            let patientShare = reasons.filter { $0.group == .patientResponsibility }
            sentences += (notOwed + patientShare).map { adjustmentSentence($0, in: answer) }
            sentences += answer.remarkCodes.map { remarkSentence($0, from: answer.payerName) }
            if let followUp = followUpSentence(answer) { sentences.append(followUp) }
            return AnswerBlock(heading: heading, sentences: sentences)
        }
    }

    /// What the insurance section says when no insurer has answered: the claim is out, or there is
    /// no insurance to bill.
    var withoutAnswers: String? {
        guard facts.payerAnswers.allSatisfy(\.isReversed) else { return nil }
        return facts.pendingInsurance.isZero
            ? catalog.text(.insuranceSelfPay, ["phone": billingPhone])
            : catalog.text(.insuranceWaiting)
    }

    /// The number to call, said once after the answers, when a code was named without words.
    var unlistedCodeHelp: String? {
        let live = facts.payerAnswers.filter { !$0.isReversed }
        let hasUnlisted = live.contains { answer in
            answer.adjustments.contains { catalog.adjustmentReason($0.reasonCode) == nil && !$0.amount.isZero }
                || answer.remarkCodes.contains { catalog.remark($0) == nil }
        }
        return hasUnlisted ? catalog.text(.adjustmentUnlistedHelp, ["phone": billingPhone]) : nil
    }

    /// One reason's total in a sentence: who bears it, why in words, and the code as printed on the
    /// insurer's explanation of benefits.
    func adjustmentSentence(_ adjustment: AccountExplanationFacts.ClaimAdjustment,
                            in answer: AccountExplanationFacts.PayerAnswer) -> String {
        var values = ["amount": adjustment.amount.description, "code": adjustment.label]
        let isPatientShare = adjustment.group == .patientResponsibility
        guard let reason = catalog.adjustmentReason(adjustment.reasonCode) else {
            return catalog.text(isPatientShare ? .adjustmentUnlistedPatientShare : .adjustmentUnlistedNotOwed, values)
        }
        values["reason"] = reason
        let message: ExplanationMessage = isPatientShare
            ? .adjustmentPatientShare : answer.isInReview(adjustment) ? .adjustmentInReview : .adjustmentNotOwed
        return Self.keepingCode(adjustment.label, withWordBefore: catalog.text(message, values))
    }

    /// `text` with the code in brackets joined to the word before it, so that a line never starts
    /// with a lone "(PR-1)."
    static func keepingCode(_ code: String, withWordBefore text: String) -> String {
        text.replacing(" (\(code))", with: "\(ExplanationLayout.glue)(\(code))")
    }

    /// A remark code in words, or named when no catalog has it.
    func remarkSentence(_ code: String, from payer: String) -> String {
        guard let remark = catalog.remark(code) else {
            return catalog.text(.remarkUnlisted, ["payer": payer, "code": code])
        }
        let sentence = catalog.text(.remark, ["payer": payer, "remark": remark, "code": code])
        return Self.keepingCode(code, withWordBefore: sentence)
    }

    /// What the hospital is doing about a denial, when one on this answer is still being worked.
    func followUpSentence(_ answer: AccountExplanationFacts.PayerAnswer) -> String? {
        guard answer.adjustments.contains(where: { answer.isInReview($0) && !$0.amount.isZero }) else { return nil }
        switch answer.denialFollowUp {
        case .appealing: return catalog.text(.followUpAppealing, ["payer": answer.payerName])
        case .correctingClaim: return catalog.text(.followUpCorrectingClaim, ["payer": answer.payerName])
        case .needsPatientInformation: return catalog.text(.followUpNeedsPatientInformation, ["phone": billingPhone])
        case .closed, nil: return nil
        }
    }

    // MARK: - What the patient owes

    /// The answer first: how much the patient owes now (or that they owe nothing, or have a credit).
    var owedOpening: String {
        let owes = facts.owesNow
        if owes.isNegative { return catalog.text(.owedCredit, ["amount": owes.magnitude.description]) }
        if owes.isZero { return catalog.text(.owedNothing) }
        return catalog.text(facts.patientShares.isEmpty ? .owedAmount : .owedWithReasons, ["amount": owes.description])
    }

    /// One row of the sum that leads to the balance.
    struct FigureRow: Sendable, Hashable {
        var label: String
        var amount: Money
        /// What the row's insurance word means, printed under it.
        var meaning: String?
    }

    /// The rows that add up to the balance: each share, then assistance and payments taken off.
    /// Empty when there is nothing to add up (no share, no assistance, no payment).
    var owedRows: [FigureRow] {
        var rows = facts.patientShares.map { share in
            let (label, meaning) = Self.messages(for: share.reason)
            return FigureRow(label: catalog.text(label), amount: share.amount, meaning: catalog.text(meaning))
        }
        if let assistance = facts.assistance, !assistance.applied.isZero {
            let label = assistance.discountBasisPoints.map {
                catalog.text(.owedAssistanceRow, ["percent": Self.percent(basisPoints: $0)])
            } ?? catalog.text(.owedAssistanceRowWithoutPercent)
            rows.append(FigureRow(label: label, amount: -assistance.applied, meaning: nil))
        }
        if !facts.patientPayments.isZero {
            rows.append(FigureRow(label: catalog.text(.owedPaymentsRow), amount: -facts.patientPayments, meaning: nil))
        }
        return rows
    }

    /// The total row under ``owedRows``.
    var balanceRow: FigureRow {
        FigureRow(label: catalog.text(facts.owesNow.isNegative ? .owedCreditRow : .owedBalanceRow),
                  amount: facts.owesNow, meaning: nil)
    }

    /// The sentences after the sum: where an assistance application stands, and what is still with
    /// an insurer and so not due.
    var owedNotes: [String] {
        var notes: [String] = []
        if let assistance = facts.assistance {
            notes.append(assistanceSentence(assistance))
        }
        if !facts.pendingInsurance.isZero {
            notes.append(catalog.text(.owedPending, ["amount": facts.pendingInsurance.description]))
        }
        return notes
    }

    func assistanceSentence(_ assistance: AccountExplanationFacts.Assistance) -> String {
        switch assistance.status {
        case .approved:
            guard let basisPoints = assistance.discountBasisPoints else {
                return catalog.text(.assistanceApprovedWithoutPercent)
            }
            return catalog.text(.assistanceApproved, ["percent": Self.percent(basisPoints: basisPoints)])
        case .inReview: return catalog.text(.assistanceInReview)
        case .incomplete: return catalog.text(.assistanceIncomplete, ["phone": counselingPhone])
        case .denied: return catalog.text(.assistanceDenied, ["phone": counselingPhone])
        }
    }

    /// The label and meaning messages of a share's reason (the statement's words for them).
    static func messages(for reason: AccountExplanationFacts.PatientShare.Reason)
        -> (label: ExplanationMessage, meaning: ExplanationMessage)
    {
        switch reason {
        case .deductible: (.shareDeductible, .shareDeductibleMeaning)
        case .coinsurance: (.shareCoinsurance, .shareCoinsuranceMeaning)
        case .copay: (.shareCopay, .shareCopayMeaning)
        case .notCovered: (.shareNotCovered, .shareNotCoveredMeaning)
        case .selfPay: (.shareSelfPay, .shareSelfPayMeaning)
        case .other: (.shareOther, .shareOtherMeaning)
        }
    }

    // MARK: - Options

    /// The options, one paragraph each: assistance (with its apply-by date while it is ahead), a plan, a dispute of a
    /// bill far above its good-faith estimate while the window is open (with its deadline), and whom
    /// to call about a mistake.
    var optionParagraphs: [String] {
        let options = facts.options
        var paragraphs: [String] = []
        if let offer = options.financialAssistance {
            var text = catalog.text(.optionAssistance, ["phone": counselingPhone])
            if let applyBy = offer.applyBy, applyBy >= facts.explainedOn {
                text += " " + catalog.text(.optionAssistanceApplyBy, ["date": date(applyBy)])
            }
            paragraphs.append(text)
        }
        if options.offersPaymentPlan {
            paragraphs.append(catalog.text(.optionPlan, ["phone": counselingPhone]))
        }
        if let estimate = options.goodFaithEstimate, estimate.canDispute(on: facts.explainedOn) {
            paragraphs.append(catalog.text(.optionEstimateDispute, [
                "estimate": estimate.estimated.description, "billed": estimate.billed.description,
                "difference": estimate.excess.description, "threshold": estimate.rule.threshold.description,
                "date": date(estimate.lastDayToDispute), "phone": counselingPhone,
            ]))
        }
        paragraphs.append(catalog.text(.optionQuestions, ["phone": billingPhone, "account": facts.account]))
        return paragraphs
    }
}
