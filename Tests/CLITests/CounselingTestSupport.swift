import Foundation
import RevCycleCore
import Testing

extension CollectionsHome {
    /// The site's rendering provider in the default site file.
    static let provider = "1003000126"

    /// A home with the settable clock, a second collector (`coll2`) and one self-pay patient (P1, guarantor
    /// G1) registered on day 0, but no visit yet; `siteScripts` (file name → Lua) override the default policies.
    static func counseling(start: String = "2026-01-05", siteScripts: [String: String] = [:]) throws -> CollectionsHome {
        let cli = try CLIRunner.initialised(siteScripts: siteScripts.isEmpty ? [] : [try CLIRunner.scriptFolder(siteScripts)])
        let config = cli.home.appendingPathComponent("config/revcycle.yaml")
        try (try String(contentsOf: config, encoding: .utf8) + "\nclock: settable\n").write(to: config, atomically: true, encoding: .utf8)
        try cli.expectSuccess("users", "add", "coll2", "--role", "collections")
        let home = CollectionsHome(cli: cli, start: try CalendarDate(parsing: start))
        try home.on(0, ["access", "register", "--mrn", "100234", "--family", "Rivera", "--given", "Ana", "--birth-date", "1984-03-09",
                        "--sex", "F", "--address-line1", "742 Evergreen Ter", "--city", "Springfield", "--state", "IL", "--zip", "62704",
                        "--phone", "(312) 555-0142", "--user", "fdesk"])
        return home
    }

    /// On day `day`: schedules P1's self-pay visit that day with provider 1003000126 for `services`, issues its
    /// good-faith estimate, and checks the patient in without collecting (the visit becomes the next account).
    /// Returns the estimate as printed.
    @discardableResult
    func selfPayVisitWithEstimate(_ day: Int, appointment: String, services: String = "99213,70553",
                                  sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try on(day, ["access", "appointment", "schedule", "--patient", "P1", "--provider", Self.provider,
                     "--at", "\(date(day)) 15:00", "--location", "Imaging", "--services", services, "--user", "fdesk"],
               sourceLocation: sourceLocation)
        let estimate = try on(day, ["access", "estimate", "create", appointment, "--user", "fdesk"], sourceLocation: sourceLocation)
        try on(day, ["access", "check-in", appointment, "--not-collected", "patient will be billed", "--user", "fdesk"],
               sourceLocation: sourceLocation)
        return estimate.stdout
    }

    /// Posts a self-pay charge of `amount` for `code` on `account` by provider `npi`.
    func charge(_ day: Int, account: String, code: String, amount: String, provider npi: String,
                sourceLocation: SourceLocation = #_sourceLocation) throws {
        try on(day, ["billing", "charge", "--account", account, "--code", code, "--amount", amount, "--self-pay", "--provider", npi,
                     "--user", "biller"], sourceLocation: sourceLocation)
    }
}
