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
