public import ArgumentParser
public import RevCycleHost
public import RevCycleScripting
public import RevCycleStore

/// Collections: what patients owe, billed clearly and followed up lawfully: statements and dunning,
/// the worklist under Reg F and TCPA, payment plans, 501(r) actions, agencies, bad debt and credits.
public struct CollectionsModule: RoleModule {
    public init() {}
    public let id = "collections"
    public let dependencies = ["billing"]
    public var summary: String { "Patient payments, statements and dunning, the worklist and contact rules, plans, 501(r) actions, agencies, credits." }
    public var primaryRole: String { "collections" }
    public var commands: [any ParsableCommand.Type] { [CollectionsCommand.self] }
    public var publishedEvents: [EventDeclaration] {
        [EventDeclaration(
            "payment.posted", doc: "A patient's payment was posted to an encounter account.",
            fields: ["method": "cash, check or card", "amount_cents": "the amount received, in cents",
                     "reference": "check number, receipt or gateway charge id",
                     "credit_cents": "the part of the payment that became a credit balance, in cents"],
            example: ["method": "check", "amount_cents": "300000", "reference": "4471", "credit_cents": "0"])]
    }
    public var hooks: [HookDeclaration] {
        [CollectionsHooks.worklistPriority, CollectionsHooks.dunningNextStep, CollectionsHooks.planTerms]
    }
    public var subscriptions: [EventSubscription] {
        [EventSubscription("billing.payment.posted", handler: CreditBalanceReview.handle),
         EventSubscription("collections.payment.posted", handler: CreditBalanceReview.handle)]
            + CounselingEventSubscription.all
    }
    public var parameters: [ParameterDeclaration] { CollectionsParameters.all }
    public var migrations: [StoreMigration] { CollectionsMigrations.all }
}
