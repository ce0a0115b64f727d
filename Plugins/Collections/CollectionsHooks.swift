import RevCycleScripting

/// The policies a site can script for collections.
enum CollectionsHooks {
    /// `collections.worklist.priority`: how urgent a guarantor's balance is on the worklist.
    static let worklistPriority = HookDeclaration.policy(
        "worklist.priority",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("patient_owes_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("pending_insurance_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("accounts", .integer(0...100_000)),
            .init("oldest_service_days", .integer(-36_500...36_500), doc: "days since the oldest open visit"),
        ]),
        result: .record([
            .init("priority", .integer(0...1_000), doc: "higher is worked first"),
            .init("reason", .string(maxLength: 200), required: false, doc: "shown to the collector"),
        ]),
        default: ["priority": 0],
        doc: """
            Scores a guarantor with a patient balance for the collections worklist: higher is worked first. \
            The default policy (Scripts/default/collections.lua) weighs the balance and the age of the oldest \
            visit; if a site's script fails, the guarantor scores 0 and is listed last until it is fixed. \
            Example: put balances still pending with insurance last, or favour small balances a phone call can close.
            """,
        samples: [
            ["guarantor": "G3", "patient_owes_cents": 42_500, "pending_insurance_cents": 0, "accounts": 2,
             "oldest_service_days": 95],
            ["guarantor": "G9", "patient_owes_cents": 1_200, "pending_insurance_cents": 30_000, "accounts": 1,
             "oldest_service_days": 12],
        ])
}
