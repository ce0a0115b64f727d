import RevCycleScripting

/// The policies a site can script for analytics.
enum AnalyticsHooks {
    /// `analytics.propensity.score`: a guarantor's segment by likelihood to pay, for the worklist and reports.
    static let propensityScore = HookDeclaration.policy(
        "propensity.score",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("statements_sent", .integer(0...10_000)),
            .init("days_to_first_payment", .integer(-1...36_500), doc: "from the first statement to the first payment; -1 when never paid"),
            .init("share_paid_basis_points", .integer(0...10_000), doc: "of what the patient side was billed, the share paid (x 100)"),
            .init("installments_due", .integer(0...10_000)),
            .init("installments_on_time", .integer(0...10_000)),
            .init("balance_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("coverage", .oneOf(["insured", "self-pay", "medicaid"])),
            .init("rule_segment", .oneOf(["high", "medium", "low", "new"]), doc: "RevCycle's transparent rules' answer"),
            .init("rule_points", .integer(-1_000...1_000), doc: "the rules' points"),
        ]),
        result: .record([
            .init("segment", .oneOf(["high", "medium", "low", "new"])),
            .init("reason", .string(maxLength: 200), required: false),
        ]),
        default: ["segment": "new", "reason": "the propensity policy failed; segment unknown"],
        doc: """
            Segments a guarantor by propensity to pay from their own history. RevCycle's transparent rules \
            compute a segment and points first and pass them in; the default policy keeps them. A site can \
            replace it with its own model. Example: treat every Medicaid guarantor as low, to steer them to \
            counseling rather than calls.
            """,
        samples: [
            ["guarantor": "G3", "statements_sent": 2, "days_to_first_payment": 12, "share_paid_basis_points": 8_000, "installments_due": 0,
             "installments_on_time": 0, "balance_cents": 4_000, "coverage": "insured", "rule_segment": "high", "rule_points": 70],
            ["guarantor": "G9", "statements_sent": 4, "days_to_first_payment": -1, "share_paid_basis_points": 0, "installments_due": 3,
             "installments_on_time": 1, "balance_cents": 120_000, "coverage": "self-pay", "rule_segment": "low", "rule_points": -40],
        ])
}
