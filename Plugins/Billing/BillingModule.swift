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
