import RevCycleScripting

/// The policies a site can script for collections.
enum CollectionsHooks {
    /// `collections.priority`: how urgent a guarantor's balance is on the worklist.
    static let worklistPriority = HookDeclaration.policy(
        "priority",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("patient_owes_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("pending_insurance_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("accounts", .integer(0...100_000)),
            .init("oldest_service_days", .integer(-36_500...36_500), doc: "days since the oldest open visit"),
            .init("days_since_last_contact", .integer(-1...36_500), doc: "days since the last logged contact; -1 when never contacted"),
            .init("plan", .oneOf(["none", "current", "late", "defaulted"]), doc: "the guarantor's payment plan standing"),
            .init("payments_last_90_days_cents", .cents(0...10_000_000_000), doc: "what the patient side paid in the last 90 days"),
            .init("broken_promises", .integer(0...1_000), doc: "promises to pay whose date passed without the payment"),
            .init("propensity", .oneOf(["high", "medium", "low", "new", "unknown"]),
                  doc: "the guarantor's segment by propensity to pay (revcycle analytics propensity --record); unknown when never computed"),
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
             "oldest_service_days": 95, "days_since_last_contact": 20, "plan": "none", "payments_last_90_days_cents": 0,
             "broken_promises": 1, "propensity": "unknown"],
            ["guarantor": "G9", "patient_owes_cents": 1_200, "pending_insurance_cents": 30_000, "accounts": 1,
             "oldest_service_days": 12, "days_since_last_contact": -1, "plan": "current", "payments_last_90_days_cents": 5_000,
             "broken_promises": 0, "propensity": "high"],
        ])
}

extension CollectionsHooks {
    /// `collections.dunning.next_step`: what a statement run sends a guarantor today, if anything.
    static let dunningNextStep = HookDeclaration.policy(
        "dunning.next_step",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("balance_cents", .cents(-10_000_000_000...10_000_000_000), doc: "what the patient side owes now"),
            .init("pending_insurance_cents", .cents(-10_000_000_000...10_000_000_000)),
            .init("statements_sent", .integer(0...10_000)),
            .init("last_step", .oneOf(["none", "statement", "reminder", "past-due", "final-notice"])),
            .init("days_since_last_statement", .integer(-1...36_500), doc: "-1 when none was sent"),
            .init("days_since_first_statement", .integer(-1...36_500), doc: "the 501(r) clock; -1 before the first statement"),
            .init("paid_since_last_statement_cents", .cents(0...10_000_000_000)),
            .init("plan", .oneOf(["none", "current", "late", "defaulted"])),
            .init("cycle_days", .integer(1...365), doc: "the site's statement cycle (parameters.collections.statement_cycle_days)"),
        ]),
        result: .record([
            .init("action", .oneOf(["send", "wait"]), doc: "send a statement today, or not"),
            .init("step", .oneOf(["statement", "reminder", "past-due", "final-notice"]), required: false,
                  doc: "which letter, when sending; a final notice carries the 30-day notice of extraordinary collection actions"),
            .init("reason", .string(maxLength: 200), required: false, doc: "kept in the run log"),
        ]),
        default: ["action": "wait", "reason": "the dunning policy failed; nothing sent until it is fixed"],
        doc: """
            Chooses the next step of the dunning cadence for a guarantor who owes at least the site's minimum \
            statement balance and has no hold: send a statement, a reminder, a past-due notice or a final notice, \
            or wait. The default sends one letter per cycle and escalates only while nothing is paid; a current \
            payment plan gets a plain statement. If a site's script fails, nothing is sent that day (a missed \
            letter is better than a wrong final notice) and the failure is reported. Example: escalate every 21 days.
            """,
        samples: [
            ["guarantor": "G3", "balance_cents": 42_500, "pending_insurance_cents": 0, "statements_sent": 1, "last_step": "statement",
             "days_since_last_statement": 30, "days_since_first_statement": 30, "paid_since_last_statement_cents": 0, "plan": "none",
             "cycle_days": 30],
            ["guarantor": "G9", "balance_cents": 120_000, "pending_insurance_cents": 0, "statements_sent": 0, "last_step": "none",
             "days_since_last_statement": -1, "days_since_first_statement": -1, "paid_since_last_statement_cents": 0, "plan": "none",
             "cycle_days": 30],
        ])

    /// `collections.plan.terms`: the payment-plan terms a site offers for a balance.
    static let planTerms = HookDeclaration.policy(
        "plan.terms",
        payload: .record([
            .init("guarantor", .string(maxLength: 20)),
            .init("balance_cents", .cents(1...10_000_000_000), doc: "the balance the plan would cover"),
            .init("requested_months", .integer(1...120), doc: "what the patient asked for"),
            .init("down_payment_cents", .cents(0...10_000_000_000)),
            .init("prior_defaults", .integer(0...100), doc: "plans this guarantor defaulted on before"),
        ]),
        result: .record([
            .init("max_months", .integer(3...120), doc: "the longest plan offered for this balance"),
            .init("min_installment_cents", .cents(100...10_000_000_000), doc: "the smallest monthly installment"),
            .init("min_down_payment_cents", .cents(0...10_000_000_000), required: false, doc: "required down payment (default 0)"),
            .init("reason", .string(maxLength: 200), required: false),
        ]),
        default: ["max_months": 12, "min_installment_cents": 2_500],
        doc: """
            Sets the limits of a payment plan for a balance: the longest term, the smallest installment and any \
            down payment. RevCycle then refuses requested terms outside them, naming the limit. The default offers \
            up to 12 months under $1,000, 24 months under $5,000 and 60 months above, at least $25 a month, and \
            asks a 10% down payment after a defaulted plan. Example: no interest-free plan beyond 36 months.
            """,
        samples: [
            ["guarantor": "G3", "balance_cents": 42_500, "requested_months": 6, "down_payment_cents": 0, "prior_defaults": 0],
            ["guarantor": "G9", "balance_cents": 780_000, "requested_months": 48, "down_payment_cents": 50_000, "prior_defaults": 1],
        ])
}
