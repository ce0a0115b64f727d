import RevCycleScripting

/// The policies a site can script for billing.
enum BillingHooks {
    /// `billing.charge.validate`: a site's charge edits before a charge posts.
    static let chargeValidate = HookDeclaration.policy(
        "charge.validate",
        payload: .record([
            .init("account", .string(maxLength: 20)),
            .init("code", .string(maxLength: 5), doc: "CPT/HCPCS, upper case"),
            .init("amount_cents", .cents(1...10_000_000_000)),
            .init("liability", .string(maxLength: 60), doc: "patient or insurance:<PAYER>"),
            .init("service_date", .string(maxLength: 10), doc: "YYYY-MM-DD"),
            .init("days_since_service", .integer(-36_500...36_500)),
        ]),
        result: .record([
            .init("edits", .array(.record([
                .init("severity", .oneOf(["error", "warning"])),
                .init("message", .string(maxLength: 200)),
            ]), maxCount: 20), doc: "an error refuses the charge; a warning is shown and the charge posts"),
        ]),
        default: ["edits": []],
        doc: """
            Reviews a charge before it posts: return edits with a severity and a message. An error edit refuses \
            the charge with that message; a warning posts it and shows the message. Example: warn on a charge \
            above $10,000, or refuse self-pay venipuncture (36415) billed alone.
            """,
        samples: [
            ["account": "A7", "code": "99213", "amount_cents": 12_500, "liability": "insurance:MEDICARE",
             "service_date": "2026-11-02", "days_since_service": 3],
            ["account": "A8", "code": "36415", "amount_cents": 1_800, "liability": "patient",
             "service_date": "2026-06-01", "days_since_service": 180],
        ])
}

extension BillingHooks {
    /// `billing.claim.scrub`: a site's own claim edits, after the built-in ones.
    static let claimScrub = HookDeclaration.policy(
        "claim.scrub",
        payload: .record([
            .init("claim", .string(maxLength: 20), doc: "the patient control number, such as RC12"),
            .init("account", .string(maxLength: 20)),
            .init("payer", .string(maxLength: 30)),
            .init("priority", .oneOf(["primary", "secondary", "tertiary"])),
            .init("frequency", .oneOf(["1", "7", "8"]), doc: "1 original, 7 replacement, 8 void"),
            .init("total_cents", .cents(1...10_000_000_000)),
            .init("service_date", .string(maxLength: 10)),
            .init("days_since_service", .integer(-36_500...36_500)),
            .init("diagnoses", .array(.string(maxLength: 8), maxCount: 12), doc: "ICD-10-CM, principal first, with the dot"),
            .init("lines", .array(.record([
                .init("code", .string(maxLength: 5)),
                .init("modifiers", .array(.string(maxLength: 2), maxCount: 4)),
                .init("units", .integer(1...999)),
                .init("charge_cents", .cents(1...10_000_000_000)),
                .init("diagnosis_pointers", .array(.integer(1...12), maxCount: 4)),
                .init("provider_npi", .string(maxLength: 10)),
            ]), maxCount: 50)),
            .init("built_in_errors", .integer(0...1_000), doc: "how many errors RevCycle's own edits found"),
        ]),
        result: .record([
            .init("edits", .array(.record([
                .init("severity", .oneOf(["error", "warning"])),
                .init("message", .string(maxLength: 200)),
            ]), maxCount: 20), doc: "an error keeps the claim from being sent; a warning is shown"),
        ]),
        default: ["edits": []],
        doc: """
            Adds the site's own claim edits after RevCycle's built-in ones (required data, NPI check digits, \
            diagnosis pointers, dates, timely filing, duplicates, modifiers). An error keeps the claim in draft \
            until it is fixed; a warning is shown. Example: a payer that requires a prior authorization for MRI \
            (70551-70553), or a warning when an E/M level 5 is billed with a single diagnosis.
            """,
        samples: [
            ["claim": "RC12", "account": "A7", "payer": "AETNA", "priority": "primary", "frequency": "1", "total_cents": 24_400,
             "service_date": "2026-11-02", "days_since_service": 5, "diagnoses": ["E11.9", "I10"],
             "lines": [["code": "99214", "modifiers": ["25"], "units": 1, "charge_cents": 26_500, "diagnosis_pointers": [1, 2],
                        "provider_npi": "1003000126"],
                       ["code": "36415", "modifiers": [], "units": 1, "charge_cents": 1_800, "diagnosis_pointers": [1],
                        "provider_npi": "1003000126"]],
             "built_in_errors": 0],
            ["claim": "RC13", "account": "A8", "payer": "MEDICARE", "priority": "primary", "frequency": "1", "total_cents": 285_000,
             "service_date": "2026-10-20", "days_since_service": 18, "diagnoses": ["R51.9"],
             "lines": [["code": "70553", "modifiers": [], "units": 1, "charge_cents": 285_000, "diagnosis_pointers": [1],
                        "provider_npi": "1548207632"]],
             "built_in_errors": 0],
        ])
}

extension BillingHooks {
    /// `billing.denial.route`: who works a denial, how urgently.
    static let denialRoute = HookDeclaration.policy(
        "denial.route",
        payload: .record([
            .init("claim", .string(maxLength: 20)),
            .init("payer", .string(maxLength: 30)),
            .init("denied_cents", .cents(0...10_000_000_000)),
            .init("reasons", .array(.string(maxLength: 8), maxCount: 30), doc: "group and CARC, such as CO-197, OA-18"),
            .init("remarks", .array(.string(maxLength: 8), maxCount: 30), doc: "RARC codes, such as N54"),
            .init("days_since_service", .integer(-36_500...36_500)),
            .init("timely_filing_days", .integer(0...3_650), doc: "the payer's filing window"),
        ]),
        result: .record([
            .init("role", .oneOf(["billing", "access", "counseling", "collections"]), doc: "whose worklist gets the denial"),
            .init("priority", .integer(1...5), doc: "1 urgent … 5 someday"),
            .init("assignee", .optional(.string(maxLength: 40)), required: false, doc: "a user name, when one person works these"),
            .init("note", .string(maxLength: 200), required: false, doc: "added to the task"),
        ]),
        default: ["role": "billing", "priority": 3],
        doc: """
            Routes a denial to the worklist that can fix it. The default sends registration and eligibility \
            denials (CARC 22, 27, 31, 109, 197) to patient access and the rest to billing, urgent when the \
            payer's filing window is nearly used up and high at $1,000 or more. Example: send every \
            CO-50 (medical necessity) to one coder.
            """,
        samples: [
            ["claim": "RC12", "payer": "AETNA", "denied_cents": 285_000, "reasons": ["CO-197"], "remarks": ["N54"], "days_since_service": 20,
             "timely_filing_days": 90],
            ["claim": "RC13", "payer": "MEDICARE", "denied_cents": 1_800, "reasons": ["CO-97"], "remarks": ["M15"], "days_since_service": 40,
             "timely_filing_days": 365],
        ])
}
