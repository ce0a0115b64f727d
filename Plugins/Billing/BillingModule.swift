public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting
public import RevCycleStore

/// Billing: charge lines with codes and diagnoses, claims through the scrubber to the payer, payer payments.
public struct BillingModule: RoleModule {
    public init() {}
    public let id = "billing"
    public let dependencies = ["access"]
    public var summary: String { "Charge lines, diagnoses, claims (state machine, scrubber), payer payments and transfers." }
    public var primaryRole: String { "billing" }
    public var commands: [any ParsableCommand.Type] { [BillingCommand.self] }
    public var publishedEvents: [EventDeclaration] {
        [EventDeclaration(
            "payment.posted", doc: "A payer's payment was posted to an encounter account.",
            fields: ["payer": "the payer's code", "amount_cents": "the amount paid, in cents", "trace": "the EFT or check trace number",
                     "credit_cents": "the part of the payment that became a credit balance, in cents"],
            example: ["payer": "MEDICARE", "amount_cents": "5500000", "trace": "EFT88120", "credit_cents": "25000"]),
         EventDeclaration(
            "charge.posted", doc: "A charge line was posted to an encounter account.",
            fields: ["code": "the CPT/HCPCS code", "units": "units", "amount_cents": "the charge, in cents",
                     "provider_npi": "the rendering provider's NPI", "liability": "who owes it first: patient or insurance:<PAYER>",
                     "service_date": "the date of service (YYYY-MM-DD)"],
            example: ["code": "99214", "units": "1", "amount_cents": "26500", "provider_npi": "1003000126", "liability": "patient",
                      "service_date": "2026-11-20"]),
         EventDeclaration(
            "claim.adjudicated",
            doc: "A payer's 835 answered a claim and the answer is posted: what it paid, wrote off and left to the patient, and why.",
            fields: ["claim": "the claim's control number (RC12)", "payer": "the payer's code", "trace": "the 835's EFT or check trace number",
                     "reversal": "true when the payer took back an earlier answer (CLP02 = 22); the amounts are those taken back",
                     "responsible": "who took the patient responsibility: patient, or insurance:<PAYER> for a secondary payer",
                     "charge_cents": "the claim's charges as the payer read them (CLP03), in cents",
                     "adjustments": "every CAS adjustment as group:reason:cents, separated by ; (CO:45:9400;PR:1:10000)",
                     "remarks": "the RARC remark codes, separated by spaces (N54 M15)",
                     "paid_cents": "paid, in cents", "contractual_cents": "written off by contract, in cents",
                     "denied_cents": "denied and still owed by the payer, in cents",
                     "deductible_cents": "patient responsibility for the deductible (PR-1), in cents",
                     "coinsurance_cents": "coinsurance (PR-2), in cents", "copay_cents": "copay (PR-3), in cents",
                     "not_covered_cents": "services the plan does not cover (PR-96, 204, 49, 50, B9), in cents",
                     "other_patient_cents": "any other patient responsibility, in cents"],
            example: ["claim": "RC12", "payer": "AETNA", "trace": "EFT88120", "reversal": "false", "responsible": "patient",
                      "charge_cents": "13000", "adjustments": "CO:45:3300;PR:1:1500;PR:2:1000", "remarks": "", "paid_cents": "7200", "contractual_cents": "3300", "denied_cents": "0", "deductible_cents": "1500",
                      "coinsurance_cents": "1000", "copay_cents": "0", "not_covered_cents": "0", "other_patient_cents": "0"]),
         EventDeclaration(
            "claim.denied", doc: "A payer's 835 denied all or part of a claim; the denial is on the billing worklist.",
            fields: ["claim": "the claim's control number (RC12)", "payer": "the payer's code", "denied_cents": "the amount denied, in cents",
                     "reasons": "group and reason codes, such as CO-197 OA-18"],
            example: ["claim": "RC12", "payer": "AETNA", "denied_cents": "285000", "reasons": "CO-197"])]
    }
    public var hooks: [HookDeclaration] { [BillingHooks.chargeValidate, BillingHooks.claimScrub, BillingHooks.denialRoute] }
    public var migrations: [StoreMigration] { BillingMigrations.all }
    public var subscriptions: [EventSubscription] {
        [EventSubscription("access.checkin.completed", handler: VisitProviderSubscription.handle)]
    }
}
