public import ArgumentParser
public import RevCycleCore
public import RevCycleHost
public import RevCycleScripting
public import RevCycleStore

/// Patient access: registration with demographics, guarantors, payers, coverage and encounter accounts (eligibility,
/// estimates and check-in collection grow here).
public struct AccessModule: RoleModule {
    public init() {}
    public let id = "access"
    public let dependencies: [String] = []
    public var summary: String { "Registration with demographics and consents, guarantors, payers, coverage, encounter accounts." }
    public var primaryRole: String { "access" }
    public var hooks: [HookDeclaration] {
        [AccessHooks.registrationValidate, AccessHooks.checkinAmountDue, AccessHooks.estimateAdjust]
    }
    public var migrations: [StoreMigration] { AccessMigrations.all }
    public var publishedEvents: [EventDeclaration] {
        [EventDeclaration(
            "checkin.completed", doc: "A patient was checked in: the visit's account is open and what was collected at the desk is posted.",
            fields: ["appointment": "the appointment (V3)", "amount_due_cents": "what the desk asked for, in cents",
                     "collected_cents": "what was paid, in cents", "method": "cash, check, card or none",
                     "not_collected_reason": "why less was collected, or empty", "provider_npi": "the rendering provider's NPI",
                     "services": "the planned CPT/HCPCS codes, separated by spaces"],
            example: ["appointment": "V3", "amount_due_cents": "2000", "collected_cents": "2000", "method": "card", "not_collected_reason": "",
                      "provider_npi": "1003000126", "services": "99213 80053"]),
         EventDeclaration(
            "estimate.issued", doc: "A good-faith estimate was issued to a self-pay patient; counseling keeps it to compare with the bill.",
            fields: ["estimate": "the estimate's number", "appointment": "the appointment (V3)", "kind": "good-faith",
                     "providers": "each provider's or facility's expected charges: NPI=cents, separated by ;",
                     "total_cents": "the estimate's total, in cents", "issued_on": "the day it was issued (YYYY-MM-DD)"],
            example: ["estimate": "7", "appointment": "V3", "kind": "good-faith", "providers": "1003000126=145000;1245319599=62000",
                      "total_cents": "207000", "issued_on": "2026-11-29"])]
    }
    public var commands: [any ParsableCommand.Type] { [AccessCommand.self] }

    /// Demographics for the modules that bill and collect, read from this module's tables.
    public func suppliedDemographics(_ services: HostServices) -> (any PatientDemographicsSource)? {
        AccessStore(database: services.database)
    }

    /// The payers imported with `revcycle access payers import`, which the host merges over the site file's.
    public func suppliedPayers(_ services: HostServices) throws -> [PayerCode: PayerSettings] {
        try AccessStore(database: services.database).importedPayers(site: services.site.id)
    }
}
