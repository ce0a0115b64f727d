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
