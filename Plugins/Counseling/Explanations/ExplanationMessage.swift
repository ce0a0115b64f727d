/// The fixed sentences and labels of a bill explanation, by the id a catalog keys them under.
///
/// The raw value is the id in every catalog, bundled or supplied by a site, so it never changes
/// once shipped. Placeholders in braces (`{amount}`) are filled when the explanation is written;
/// a translation must use the same placeholders as English (``ExplanationCatalog/check(against:)``).
/// Reason codes, remark codes and month names have ids of their own, made by
/// ``ExplanationCatalog/adjustmentReasonID(_:)``, ``ExplanationCatalog/remarkID(_:)`` and
/// ``ExplanationCatalog/monthID(_:)``.
enum ExplanationMessage: String, Sendable, Hashable, CaseIterable {
    // MARK: - Header
    case title = "title"
    case questions = "header.questions"
    case patient = "header.patient"
    case visitDate = "header.visit-date"
    case account = "header.account"
    case explainedOn = "header.explained-on"
    /// Printed, in English, when the patient's language has no catalog.
    case languageUnavailable = "header.language-unavailable"
    /// How a date is written, from `{month}`, `{day}` and `{year}`.
    case dateFormat = "date.format"

    // MARK: - What was charged
    case chargesHeading = "charges.heading"
    case chargesCodeColumn = "charges.code-column"
    case chargesServiceColumn = "charges.service-column"
    case chargesAmountColumn = "charges.amount-column"
    case chargesTotal = "charges.total"
    case chargesNone = "charges.none"

    // MARK: - What insurance did
    case insuranceHeading = "insurance.heading"
    case insuranceClaim = "insurance.claim"
    case insurancePaid = "insurance.paid"
    case insuranceReversed = "insurance.reversed"
    case insuranceSelfPay = "insurance.self-pay"
    case insuranceWaiting = "insurance.waiting"
    /// An amount the patient does not owe, with the reason in words (`{reason}`).
    case adjustmentNotOwed = "adjustment.not-owed"
    /// A denial the hospital is still working: not owed now.
    case adjustmentInReview = "adjustment.in-review"
    /// An amount the insurer says is the patient's.
    case adjustmentPatientShare = "adjustment.patient-share"
    /// The neutral sentences for a reason code no catalog has words for.
    case adjustmentUnlistedNotOwed = "adjustment.unlisted-not-owed"
    case adjustmentUnlistedPatientShare = "adjustment.unlisted-patient-share"
    case adjustmentUnlistedHelp = "adjustment.unlisted-help"
    case remark = "remark.listed"
    case remarkUnlisted = "remark.unlisted"
    case followUpAppealing = "follow-up.appealing"
    case followUpCorrectingClaim = "follow-up.correcting-claim"
    case followUpNeedsPatientInformation = "follow-up.needs-patient-information"

    // MARK: - What the patient owes
    case owedHeading = "owed.heading"
    case owedWithReasons = "owed.with-reasons"
    case owedAmount = "owed.amount"
    case owedNothing = "owed.nothing"
    case owedCredit = "owed.credit"
    case owedPending = "owed.pending"
    case owedAssistanceRow = "owed.assistance-row"
    case owedAssistanceRowWithoutPercent = "owed.assistance-row-without-percent"
    case owedPaymentsRow = "owed.payments-row"
    case owedBalanceRow = "owed.balance-row"
    case owedCreditRow = "owed.credit-row"
    case shareDeductible = "share.deductible"
    case shareDeductibleMeaning = "share.deductible.meaning"
    case shareCoinsurance = "share.coinsurance"
    case shareCoinsuranceMeaning = "share.coinsurance.meaning"
    case shareCopay = "share.copay"
    case shareCopayMeaning = "share.copay.meaning"
    case shareNotCovered = "share.not-covered"
    case shareNotCoveredMeaning = "share.not-covered.meaning"
    case shareSelfPay = "share.self-pay"
    case shareSelfPayMeaning = "share.self-pay.meaning"
    case shareOther = "share.other"
    case shareOtherMeaning = "share.other.meaning"
    case assistanceApproved = "assistance.approved"
    case assistanceApprovedWithoutPercent = "assistance.approved-without-percent"
    case assistanceInReview = "assistance.in-review"
    case assistanceIncomplete = "assistance.incomplete"
    case assistanceDenied = "assistance.denied"

    // MARK: - Options
    case optionsHeading = "options.heading"
    case optionAssistance = "options.assistance"
    case optionAssistanceApplyBy = "options.assistance-apply-by"
    case optionPlan = "options.plan"
    case optionEstimateDispute = "options.estimate-dispute"
    case optionQuestions = "options.questions"
}
