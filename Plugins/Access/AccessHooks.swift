import RevCycleScripting

/// The policies a site can script for the front desk.
enum AccessHooks {
    /// `access.registration.validate`: a site's own registration rules on top of the built-in checks.
    static let registrationValidate = HookDeclaration.policy(
        "registration.validate",
        payload: .record([
            .init("mrn", .string(maxLength: 20)),
            .init("family_name", .string(maxLength: 100)),
            .init("given_name", .string(maxLength: 100)),
            .init("birth_date", .string(maxLength: 10), doc: "YYYY-MM-DD"),
            .init("age_years", .integer(0...150)),
            .init("site", .string(maxLength: 40)),
            .init("has_separate_guarantor", .bool, doc: "true when an existing guarantor (a parent, a spouse) is responsible"),
            .init("sex", .optional(.oneOf(["F", "M", "X", "U"])), required: false, doc: "F, M, X or U"),
            .init("state", .optional(.string(maxLength: 2)), required: false, doc: "USPS code of the address, absent without one"),
            .init("zip", .optional(.string(maxLength: 10)), required: false, doc: "62704 or 62704-1234, absent without an address"),
            .init("phone", .optional(.string(maxLength: 10)), required: false, doc: "ten digits, absent when none was given"),
            .init("email", .optional(.string(maxLength: 254)), required: false),
            .init("preferred_language", .optional(.string(maxLength: 3)), required: false, doc: "ISO 639 code such as en or es"),
            .init("contact_channels", .optional(.array(.oneOf(["mail", "phone", "text", "email"]), maxCount: 4)), required: false,
                  doc: "the channels the patient allows"),
            .init("text_consent", .optional(.bool), required: false, doc: "explicit consent to text messages (TCPA)"),
            .init("guarantor_relationship", .optional(.oneOf(["self", "spouse", "parent", "guardian", "other"])), required: false,
                  doc: "how the guarantor is related to the patient"),
        ]),
        result: .record([
            .init("errors", .array(.string(maxLength: 200), maxCount: 20),
                  doc: "one sentence per problem; any error refuses the registration"),
        ]),
        default: ["errors": []],
        doc: """
            Checks a new registration against the site's own rules, after RevCycle's built-in checks \
            (dates, names, a unique MRN). Return a list of problems in plain words; an empty list accepts \
            the registration. Example: a pediatric clinic requires a separate guarantor for patients under 18.
            """,
        samples: [
            ["mrn": "100234", "family_name": "Rivera", "given_name": "Ana", "birth_date": "1984-03-09", "age_years": 42,
             "site": "default", "has_separate_guarantor": false, "sex": "F", "state": "IL", "zip": "62704",
             "phone": "3125550142", "email": "ana.rivera@example.com", "preferred_language": "es",
             "contact_channels": ["mail", "phone", "email"], "text_consent": false, "guarantor_relationship": "self"],
            ["mrn": "100235", "family_name": "Rivera", "given_name": "Leo", "birth_date": "2019-07-21", "age_years": 7,
             "site": "default", "has_separate_guarantor": false],
        ])
}

extension AccessHooks {
    /// `access.checkin.amount_due`: what the desk asks the patient to pay at check-in.
    static let checkinAmountDue = HookDeclaration.policy(
        "checkin.amount_due",
        payload: .record([
            .init("appointment", .string(maxLength: 20)),
            .init("patient", .string(maxLength: 20)),
            .init("age_years", .integer(0...150)),
            .init("self_pay", .bool, doc: "true when no coverage is active on the visit date"),
            .init("copay_cents", .cents(0...10_000_000), doc: "the plan's copay for the visit (0 when none or not verified)"),
            .init("copay_verified", .bool, doc: "true when the copay comes from an eligibility answer on file"),
            .init("prior_balance_cents", .cents(0...10_000_000_000), doc: "what the guarantor owes on earlier visits"),
            .init("estimate_cents", .cents(0...10_000_000_000), doc: "the patient's share in the visit's estimate (0 without one)"),
            .init("services", .array(.string(maxLength: 5), maxCount: 20), doc: "the planned CPT/HCPCS codes"),
        ]),
        result: .record([
            .init("copay_cents", .cents(0...10_000_000), doc: "the copay to ask for: at most the payload's copay_cents"),
            .init("prior_balance_cents", .cents(0...10_000_000_000), doc: "how much of the prior balance to ask for: at most the payload's"),
            .init("deposit_cents", .cents(0...10_000_000_000), doc: "a deposit toward the visit: at most the payload's estimate_cents"),
            .init("note", .string(maxLength: 200), required: false, doc: "why, shown to the registrar and on the receipt"),
        ]),
        default: ["copay_cents": 0, "prior_balance_cents": 0, "deposit_cents": 0,
                  "note": "the site's check-in policy failed: nothing is asked; collect per the desk's judgement"],
        doc: """
            Decides the amount due at check-in: the copay, how much of an earlier balance to ask for, and \
            any deposit toward the visit. RevCycle checks that each part stays within the payload's figures. \
            The default asks for the copay and the whole prior balance, and from self-pay patients a deposit \
            of half the visit's good-faith estimate, up to $300.
            """,
        samples: [
            ["appointment": "V3", "patient": "P12", "age_years": 42, "self_pay": false, "copay_cents": 3_000, "copay_verified": true,
             "prior_balance_cents": 12_550, "estimate_cents": 8_000, "services": ["99213", "80053"]],
            ["appointment": "V4", "patient": "P13", "age_years": 29, "self_pay": true, "copay_cents": 0, "copay_verified": false,
             "prior_balance_cents": 0, "estimate_cents": 40_500, "services": ["99203"]],
        ])
}

extension AccessHooks {
    /// `access.estimate.adjust`: a site's own rule applied to a computed estimate.
    static let estimateAdjust = HookDeclaration.policy(
        "estimate.adjust",
        payload: .record([
            .init("kind", .oneOf(["insured", "good-faith"]), doc: "insured: from the plan's benefits; good-faith: uninsured or self-pay"),
            .init("patient", .string(maxLength: 20)),
            .init("appointment", .string(maxLength: 20)),
            .init("payer", .optional(.string(maxLength: 30)), required: false, doc: "the primary payer's code; absent for good-faith"),
            .init("services", .array(.string(maxLength: 5), maxCount: 20), doc: "the planned CPT/HCPCS codes"),
            .init("total_charges_cents", .cents(0...10_000_000_000), doc: "the chargemaster prices of the services"),
            .init("allowed_cents", .cents(0...10_000_000_000), doc: "what the plan allows (the charges for good-faith)"),
            .init("patient_cents", .cents(0...10_000_000_000), doc: "the patient's share as computed"),
            .init("deductible_remaining_cents", .cents(0...10_000_000_000), doc: "before this visit (0 for good-faith)"),
        ]),
        result: .record([
            .init("adjustment_cents", .integer(-10_000_000_000...10_000_000_000),
                  doc: "added to the patient's share: negative for a discount, positive for a margin; the result stays between 0 and the charges"),
            .init("note", .string(maxLength: 200), required: false, doc: "printed on the estimate beside the adjustment"),
        ]),
        default: ["adjustment_cents": 0],
        doc: """
            Adjusts the patient's share of an estimate after RevCycle computed it from the fee schedule and \
            the plan's benefits (or, for a good-faith estimate, from the chargemaster). Return adjustment_cents \
            (negative for a discount) and a note printed on the estimate. The default changes nothing. \
            Example: a self-pay discount of 30% on good-faith estimates.
            """,
        samples: [
            ["kind": "insured", "patient": "P12", "appointment": "V3", "payer": "AETNA", "services": ["99213", "80053"],
             "total_charges_cents": 24_400, "allowed_cents": 13_900, "patient_cents": 7_780, "deductible_remaining_cents": 25_000],
            ["kind": "good-faith", "patient": "P13", "appointment": "V4", "services": ["99203"],
             "total_charges_cents": 24_000, "allowed_cents": 24_000, "patient_cents": 24_000, "deductible_remaining_cents": 0],
        ])
}
