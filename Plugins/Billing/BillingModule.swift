public import ArgumentParser
public import RevCycleHost

/// Billing: charges and payer payments on the ledger (claims, 837P and 835 posting grow here).
public struct BillingModule: RoleModule {
    public init() {}
    public let id = "billing"
    public let dependencies = ["access"]
    public var summary: String { "Charges, payer payments and transfers; claims, 837P and 835 to come." }
    public var primaryRole: String { "billing" }
    public var commands: [any ParsableCommand.Type] { [BillingCommand.self] }
    public var publishedEvents: [EventDeclaration] {
        [EventDeclaration(
            "payment.posted",
            doc: "A payer payment was posted to an account. Fields: payer, amount_cents, trace, credit_cents (the part of the payment that became a credit balance).")]
    }
}
