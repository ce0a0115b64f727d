extension ExplanationCatalog {
    /// English: the reference catalog every other language is checked against.
    ///
    /// Sentences are short, say what to do, and explain an insurance word where it is used, as a
    /// statement does. The patient-share labels and meanings are the statement's own, so the two
    /// papers name the same thing the same way. Reason and remark phrases cover every code Core's
    /// ``AdjustmentReason`` knows, in words a patient reads, not the staff wording Core keeps.
    static let english = ExplanationCatalog(languageCode: "en", messages: englishMessages.merging(
        englishReasons.map { (adjustmentReasonID($0.key), $0.value) }
            + englishRemarks.map { (remarkID($0.key), $0.value) }
            + englishMonths.enumerated().map { (monthID($0.offset + 1), $0.element) },
        uniquingKeysWith: { first, _ in first }))

    private static let englishMessages: [String: String] = [
        // Header
        "title": "Your bill, explained",
        "header.questions": "Questions? Call {phone}.",
        "header.patient": "Patient: {name}",
        "header.visit-date": "Visit date: {date}",
        "header.account": "Account number: {account}",
        "header.explained-on": "Date of this explanation: {date}",
        "header.language-unavailable":
            "We do not have this explanation in your language yet, so it is in English. Call {phone} and we will"
            + " explain it in your language, free of charge.",
        "date.format": "{month} {day}, {year}",

        // What was charged
        "charges.heading": "What was charged",
        "charges.code-column": "Code",
        "charges.service-column": "Service",
        "charges.amount-column": "Charge",
        "charges.total": "Total charges",
        "charges.none": "There are no charges on this account yet.",

        // What insurance did
        "insurance.heading": "What your insurance did",
        "insurance.claim": "{payer}, claim number {claim}",
        "insurance.paid": "Your insurance, {payer}, paid {amount}.",
        "insurance.reversed": "{payer} took back this answer. It had paid {amount}. This answer no longer counts.",
        "insurance.self-pay":
            "We have no insurance on file for this visit. If you have insurance, call {phone} and we will bill it.",
        "insurance.waiting": "We sent the bill to your insurance. It has not answered yet.",
        "adjustment.not-owed": "It did not pay {amount} because {reason} ({code}). You do not owe this part.",
        "adjustment.in-review":
            "It did not pay {amount} because {reason} ({code}). You do not need to pay this now.",
        "adjustment.patient-share": "It says you owe {amount} because {reason} ({code}).",
        "adjustment.unlisted-not-owed":
            "It did not pay {amount}, for a reason with the code {code}. You do not owe this part.",
        "adjustment.unlisted-patient-share": "It says you owe {amount}, for a reason with the code {code}.",
        "adjustment.unlisted-help": "To find out what a code means, call {phone}.",
        "remark.listed": "{payer} also noted that {remark} ({code}).",
        "remark.unlisted": "{payer} also sent a note with the code {code}.",
        "follow-up.appealing":
            "We have asked {payer} to look at this again (an appeal). If it decides to pay, you may owe a share,"
            + " such as a deductible. We will write to you.",
        "follow-up.correcting-claim":
            "We are fixing the claim and sending it to {payer} again. If it decides to pay, you may owe a share."
            + " We will write to you.",
        "follow-up.needs-patient-information": "We need some information from you to fix this. Please call {phone}.",

        // What the patient owes
        "owed.heading": "What you owe and why",
        "owed.with-reasons": "You owe {amount} for this visit. Here is why:",
        "owed.amount": "You owe {amount} for this visit.",
        "owed.nothing": "You owe nothing right now. Please do not send a payment.",
        "owed.credit": "You paid {amount} more than you owe. This credit is taken off your total balance.",
        "owed.pending":
            "Still with your insurance: {amount}. It is not due now. If you owe a share, we will bill you after"
            + " your insurance answers.",
        "owed.assistance-row": "Financial assistance ({percent} off)",
        "owed.assistance-row-without-percent": "Financial assistance",
        "owed.payments-row": "Payments you made",
        "owed.balance-row": "Your balance for this visit",
        "owed.credit-row": "Your credit for this visit",
        "share.deductible": "Your plan's deductible",
        "share.deductible.meaning":
            "The amount you pay each year for covered care before your insurance starts to pay.",
        "share.coinsurance": "Your coinsurance share",
        "share.coinsurance.meaning":
            "Your part of the cost of covered care after your deductible, as a percentage set by your plan.",
        "share.copay": "Your copay",
        "share.copay.meaning": "A fixed amount your plan asks you to pay for a service.",
        "share.not-covered": "Not covered by your plan",
        "share.not-covered.meaning":
            "Services your plan does not pay for. Ask your insurance if you think this is wrong.",
        "share.self-pay": "No insurance on file (self-pay)",
        "share.self-pay.meaning": "You pay for this visit yourself, because no insurance paid for it.",
        "share.other": "Other patient responsibility",
        "share.other.meaning": "A part of the bill your insurance says is yours. Call us if you have questions.",
        "assistance.approved":
            "Your application for financial assistance was approved. We took {percent} off your share of the bill.",
        "assistance.approved-without-percent": "Your application for financial assistance was approved.",
        "assistance.in-review":
            "We have your application for financial assistance. We are reviewing it and will send you our decision"
            + " in writing.",
        "assistance.incomplete":
            "We have your application for financial assistance, but some papers are missing. Please call {phone}"
            + " to find out what we still need.",
        "assistance.denied":
            "Your application for financial assistance was not approved. If your income or family has changed,"
            + " call {phone} and we will look at it again.",

        // Options
        "options.heading": "Your options",
        "options.assistance":
            "Help paying your bill: You may be able to get free or lower-cost care, based on your income and"
            + " family size. Call {phone} for an application or help filling it in.",
        "options.assistance-apply-by": "You can apply until {date}.",
        "options.plan": "Payment plan: Can't pay it all at once? Call {phone} to set up a payment plan.",
        "options.estimate-dispute":
            "Good-faith estimate: Before your care, we gave you an estimate of {estimate}. Your bill is {billed},"
            + " which is {difference} more. When a bill is {threshold} or more above the estimate, you have the"
            + " right to dispute it (ask an outside reviewer to decide). You must start by {date}. While your"
            + " bill is in dispute, we will not send it to collections or charge late fees. To learn how, visit"
            + " www.cms.gov/nosurprises or call {phone}.",
        "options.questions":
            "Questions or a mistake: If you think something on this bill is wrong, call {phone}. Have your"
            + " account number ({account}) ready.",
    ]

    /// Claim adjustment reason codes, as the end of "It did not pay $X because …".
    private static let englishReasons: [String: String] = [
        "1": "this amount goes toward your deductible",
        "2": "this is your coinsurance",
        "3": "this is your copay",
        "4": "the code for this service was not billed the right way",
        "5": "the code for this service does not fit the place where you got care",
        "16": "the claim was missing some information or had a billing mistake",
        "18": "the same charge was already sent to it before",
        "22": "another insurance plan may need to pay first",
        "23": "your other insurance already paid or took off this part",
        "24": "your plan pays your care provider a set amount for this kind of care",
        "26": "you got this care before your coverage started",
        "27": "you got this care after your coverage ended",
        "29": "the claim was sent after the time limit for sending it",
        "31": "it could not confirm that you are a member of its plan",
        "45": "that is the part above your plan's agreed price for these services",
        "50": "it decided this care was not medically necessary",
        "59": "it pays less when several services are done at the same time",
        "96": "your plan does not cover this service",
        "97": "the payment for this service is included in the payment for another service",
        "109": "this claim belongs with a different insurance plan",
        "119": "you have reached the most your plan pays for this kind of care in this period",
        "151": "it found that the records do not support this many services",
        "167": "your plan does not cover care for this health problem (diagnosis)",
        "170": "your plan does not pay for this service from this type of provider",
        "197": "it needed to approve this care ahead of time, and it did not find an approval",
        "204": "your current plan does not cover this service",
        "242": "the care was not given by a provider in your plan's network",
        "253": "a federal law makes a small cut to its payments",
    ]

    /// Remark codes, as the end of "Aetna also noted that …".
    private static let englishRemarks: [String: String] = [
        "M15": "separate tests or services were combined into one payment",
        "M20": "a billing code was missing or not valid",
        "M51": "the code for the service was missing or not valid",
        "M76": "the diagnosis code was missing or not valid",
        "M127": "it did not get the medical record for this service",
        "MA04": "it needs to know what your first insurance paid before it can pay",
        "MA130": "the claim had missing or wrong information and must be sent again as a new claim",
        "N30": "your plan says you are not eligible for this service",
        "N56": "the code billed was not correct for the care you got",
        "N130": "your plan's benefit booklet explains what it covers",
        "N290": "the provider's ID number was missing or not valid",
        "N381": "the price it used comes from its contract with us",
        "N522": "it already has this claim, so this one is a copy",
        "N54": "the care on the claim does not match what it approved ahead of time",
    ]

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
