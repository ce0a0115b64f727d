import Foundation
import GRDB
import Testing

/// The front desk's policies (`access.estimate.adjust`, `access.checkin.amount_due`) as a site
/// overrides them, end to end through the commands that ask them.
@Suite("Front-desk policy overrides take effect")
struct FrontDeskPolicyTests {
    static func selfPayVisit(_ files: [String: String]) throws -> CLIRunner {
        let cli = try CLIRunner.initialised(siteScripts: [try CLIRunner.scriptFolder(files)])
        try cli.expectSuccess("access", "register", "--mrn", "1001", "--family", "Rivera", "--given", "Ana",
                              "--birth-date", "1984-03-09", "--user", "fdesk")
        try cli.expectSuccess("access", "appointment", "schedule", "--patient", "P1", "--provider", "1003000126",
                              "--at", "\(FrontDeskTests.today) 23:59", "--location", "Imaging", "--services", "70553", "--user", "fdesk")
        return cli
    }

    static func patientCents(_ cli: CLIRunner) throws -> Int64? {
        try DatabaseQueue(path: cli.databasePath).read { db in
            try Int64.fetchOne(db, sql: "SELECT patient_cents FROM access_estimate ORDER BY id DESC LIMIT 1")
        }
    }

    @Test func aSelfPayDiscountLowersTheGoodFaithEstimate() throws {
        let cli = try Self.selfPayVisit(["access.lua": """
            revcycle.policy("access.estimate.adjust", function(e)
              if e.kind == "good-faith" then
                return { adjustment_cents = -(e.patient_cents * 30 // 100), note = "30% self-pay discount" }
              end
              return { adjustment_cents = 0 }
            end)
            """])
        let estimate = try cli.expectSuccess("access", "estimate", "create", "V1", "--user", "fdesk")
        #expect(estimate.stdout.contains("Adjustment: -$855.00 (30% self-pay discount)"), "\(estimate.stdout)")
        #expect(estimate.stdout.contains("YOU ARE EXPECTED TO PAY: $1,995.00"), "\(estimate.stdout)")
        #expect(try Self.patientCents(cli) == 199_500)
    }

    @Test func anAdjustmentBeyondTheChargesFallsBackToTheDefaultAndTellsTheAdmins() throws {
        let cli = try Self.selfPayVisit(["access.lua": """
            revcycle.policy("access.estimate.adjust", function(e)
              return { adjustment_cents = e.total_charges_cents }
            end)
            """])
        let estimate = try cli.expectSuccess("access", "estimate", "create", "V1", "--user", "fdesk")
        #expect(estimate.stderr.contains("result refused"), "\(estimate.stderr)")
        #expect(try Self.patientCents(cli) == 285_000, "the unadjusted estimate is issued")
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "admin")
        #expect(tasks.stdout.contains("Script failure in access.estimate.adjust"), "\(tasks.stdout)")
    }

    @Test func aDepositPolicyChangesTheAmountDueAtCheckIn() throws {
        let cli = try Self.selfPayVisit(["access.lua": """
            revcycle.policy("access.checkin.amount_due", function(v)
              local deposit = 0
              if v.self_pay then deposit = math.min(v.estimate_cents, 10000) end
              return { copay_cents = v.copay_cents, prior_balance_cents = 0, deposit_cents = deposit,
                       note = "self-pay imaging: $100 deposit" }
            end)
            """])
        try cli.expectSuccess("access", "estimate", "create", "V1", "--user", "fdesk")
        let due = try cli.expectSuccess("access", "check-in", "V1", "--user", "fdesk", "--format", "json")
        #expect(due.stdout.contains("\"deposit\" : \"100.00\"") && due.stdout.contains("\"amount due\" : \"100.00\""), "\(due.stdout)")
        #expect(due.stdout.contains("self-pay imaging: $100 deposit"), "\(due.stdout)")
        let paid = try cli.expectSuccess("access", "check-in", "V1", "--pay", "cash", "--reference", "R-7", "--user", "fdesk")
        #expect(paid.stdout.contains("held for this visit") && paid.stdout.contains("$100.00"), "\(paid.stdout)")
    }

    @Test("The good-faith estimate's HTML renders in headless Chromium as a page a patient can read")
    func theGoodFaithEstimateRendersInChromium() throws {
        let cli = try Self.selfPayVisit([:])
        let html = cli.home.appendingPathComponent("gfe.html")
        try cli.expectSuccess("access", "estimate", "create", "V1", "--diagnosis", "R51.9", "--html", html.path, "--user", "fdesk")
        let png = cli.home.appendingPathComponent("gfe.png")
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        chromium.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(png.path)",
                              "--window-size=1100,1300", html.absoluteString]
        chromium.standardError = FileHandle.nullDevice
        chromium.standardOutput = FileHandle.nullDevice
        try chromium.run()
        chromium.waitUntilExit()
        let bytes = (try? Data(contentsOf: png)) ?? Data()
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "chromium wrote no PNG; run scripts/setup.sh to install chromium")
        #expect(bytes.count > 20_000, "a rendered page with a table and text is tens of kilobytes; got \(bytes.count) bytes")
    }
}
