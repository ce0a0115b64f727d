import RevCycleScripting

/// The policies a site can script for financial counseling.
enum CounselingHooks {
    /// `counseling.fa.discount`: the assistance discount actually applied to an approved request.
    static let assistanceDiscount = HookDeclaration.policy(
        "fa.discount",
        payload: .record([
            .init("account", .string(maxLength: 20)),
            .init("application", .string(maxLength: 40)),
            .init("patient_owes_cents", .cents(0...10_000_000_000)),
            .init("requested_basis_points", .integer(1...10_000), doc: "the counselor's percent × 100"),
        ]),
        result: .record([
            .init("basis_points", .integer(0...10_000), required: false,
                  doc: "the discount to apply, percent × 100; absent means as requested"),
            .init("note", .string(maxLength: 200), required: false, doc: "why, shown to the counselor"),
        ]),
        default: [:],
        onFailure: .refuse,
        doc: """
            Decides the financial-assistance discount for an approved application: return basis_points \
            (percent × 100) to apply, or nothing to apply what the counselor requested. If the site's formula \
            fails, the discount is refused rather than guessed. Example: round every discount up to the next \
            full 25% tier, or apply 100% to balances under $50.
            """,
        samples: [
            ["account": "A7", "application": "FA-2026-0113", "patient_owes_cents": 40_000, "requested_basis_points": 6_000],
            ["account": "A9", "application": "FA-2026-0120", "patient_owes_cents": 3_500, "requested_basis_points": 5_000],
        ])
}

extension CounselingHooks {
    /// `counseling.fa.presumptive`: whether a patient qualifies for assistance without a full application.
    static let presumptive = HookDeclaration.policy(
        "fa.presumptive",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("reason", .oneOf(["medicaid", "homeless", "snap", "wic", "other-program", "estimated-income", "deceased-no-estate"]),
                  doc: "what the counselor found"),
            .init("household_size", .integer(0...20), doc: "0 when unknown"),
            .init("percent_of_poverty_basis_points", .integer(-1...100_000_000),
                  doc: "estimated income as percent of the poverty line x 100 (20000 = 200%); -1 when no estimate"),
            .init("patient_owes_cents", .cents(0...10_000_000_000), doc: "what the guarantor owes now"),
        ]),
        result: .record([
            .init("eligible", .bool),
            .init("discount_basis_points", .integer(0...10_000), required: false, doc: "percent x 100; default 10000 when eligible"),
            .init("note", .string(maxLength: 200), required: false, doc: "kept with the determination"),
        ]),
        default: ["eligible": false, "note": "the presumptive policy failed; take a full application"],
        doc: """
            Decides presumptive eligibility for financial assistance from what a counselor knows without an \
            application: enrolment in Medicaid, SNAP or WIC, homelessness, an estimated income. The default grants \
            full assistance for those programs and homelessness, and for an estimated income at or under 200% of \
            the poverty line. The patient is always told they may still apply for more. If a site's script fails, \
            nobody is presumed eligible (a full application is taken). Example: presume 50% between 200% and 300%.
            """,
        samples: [
            ["guarantor": "G3", "reason": "medicaid", "household_size": 0, "percent_of_poverty_basis_points": -1, "patient_owes_cents": 42_500],
            ["guarantor": "G9", "reason": "estimated-income", "household_size": 3, "percent_of_poverty_basis_points": 23_500,
             "patient_owes_cents": 120_000],
        ])
}
