import Foundation
import GRDB
import RevCycleCore
import Testing

/// A site's own scripts override the default policies, end to end through the commands that ask them.
@Suite("Site script overrides take effect")
struct SiteScriptTests {
    static func home(_ files: [String: String]) throws -> CLIRunner {
        let cli = try CLIRunner.initialised(siteScripts: [try CLIRunner.scriptFolder(files)])
        try cli.expectSuccess("access", "register", "--mrn", "1001", "--family", "Rivera", "--given", "Ana",
                              "--birth-date", "1984-03-09", "--user", "fdesk")
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-10-02",
                              "--user", "fdesk")
        return cli
    }

    @Test func aRegistrationRuleRefusesWithTheSitesWords() throws {
        let cli = try Self.home(["access.lua": """
            revcycle.policy("access.registration.validate", function(p)
              if p.age_years < 18 and not p.has_separate_guarantor then
                return { errors = { "A patient under 18 needs a parent or guardian as guarantor." } }
              end
              return { errors = {} }
            end)
            """])
        let refused = try cli.run("access", "register", "--mrn", "2002", "--family", "Rivera", "--given", "Leo",
                                  "--birth-date", "2019-07-21", "--user", "fdesk")
        #expect(refused.exitCode == 64)
        #expect(refused.stderr.contains("A patient under 18 needs a parent or guardian as guarantor."))
        try cli.expectSuccess("access", "register", "--mrn", "2002", "--family", "Rivera", "--given", "Leo",
                              "--birth-date", "2019-07-21", "--guarantor", "G1", "--user", "fdesk")
    }

    @Test func aChargeEditRefusesOrWarns() throws {
        let cli = try Self.home(["billing.lua": """
            revcycle.policy("billing.charge.validate", function(c)
              if c.code == "36415" and c.liability == "patient" then
                return { edits = { { severity = "error", message = "Venipuncture is never billed to the patient alone." } } }
              end
              if c.amount_cents >= 50000 then
                return { edits = { { severity = "warning", message = "Large charge: check the units." } } }
              end
              return { edits = {} }
            end)
            """])
        let refused = try cli.run("billing", "charge", "--account", "A1", "--code", "36415", "--amount", "18.00", "--self-pay",
                                  "--user", "biller")
        #expect(refused.exitCode == 64)
        #expect(refused.stderr.contains("Venipuncture is never billed to the patient alone."))
        let warned = try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99215", "--amount", "600.00",
                                           "--payer", "MEDICARE", "--user", "biller")
        #expect(warned.stderr.contains("warning: Large charge: check the units."))
        let entries = try DatabaseQueue(path: cli.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_entry") }
        #expect(entries == 1, "the refused charge must not post")
    }

    @Test func theWorklistOrderFollowsTheSitesPriority() throws {
        let cli = try Self.home(["collections.lua": """
            revcycle.policy("collections.priority", function(g)
              -- Small balances first: a phone call closes them.
              return { priority = 1000 - math.min(g.patient_owes_cents // 100, 1000), reason = "small first" }
            end)
            """])
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-10-03", "--user", "fdesk")
        try cli.expectSuccess("access", "register", "--mrn", "3003", "--family", "Okafor", "--given", "James",
                              "--birth-date", "1957-11-30", "--user", "fdesk")
        try cli.expectSuccess("access", "open-account", "--patient", "P2", "--guarantor", "G2", "--service-date", "2026-10-04", "--user", "fdesk")
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "900.00", "--self-pay", "--user", "biller")
        try cli.expectSuccess("billing", "charge", "--account", "A3", "--code", "99213", "--amount", "40.00", "--self-pay", "--user", "biller")
        let list = try cli.expectSuccess("collections", "worklist", "--user", "coll", "--format", "csv")
        let rows = list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.map { $0[0] } == ["G2", "G1"], "small balance first: \(list.stdout)")
        #expect(rows.first?[1] == "960" && rows.first?.last == "small first")
    }

    @Test func aDiscountFormulaAppliesAndAFailingOneRefuses() throws {
        let cli = try Self.home(["counseling.lua": """
            revcycle.policy("counseling.fa.discount", function(r)
              if r.application == "BROKEN" then error("tier table missing") end
              if r.patient_owes_cents < 5000 then return { basis_points = 10000, note = "balances under $50 are forgiven" } end
              return {}
            end)
            """])
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "40.00", "--self-pay", "--user", "biller")
        let forgiven = try cli.expectSuccess("counseling", "discount", "--account", "A1", "--percent", "50", "--application", "FA-1",
                                             "--user", "counsel", "--format", "json")
        #expect(forgiven.stdout.contains("balances under $50 are forgiven"))
        #expect(forgiven.stdout.contains("\"patient owes\" : \"0.00\""))
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99214", "--amount", "300.00", "--self-pay", "--user", "biller")
        let refused = try cli.run("counseling", "discount", "--account", "A1", "--percent", "50", "--application", "BROKEN",
                                  "--user", "counsel")
        #expect(refused.exitCode == 4)
        #expect(refused.stderr.contains("tier table missing"))
        #expect(refused.stderr.contains("counseling.lua:2"), "the failure names the script and line: \(refused.stderr)")
        let owed = try cli.expectSuccess("ledger", "show", "G1", "--user", "coll", "--format", "csv")
        #expect(owed.stdout.contains("A1,0.00,300.00"), "nothing was discounted: \(owed.stdout)")
    }

    @Test func aBrokenScriptFallsBackToTheDefaultAndIsReportedOnce() throws {
        let cli = try Self.home(["billing.lua": """
            revcycle.policy("billing.charge.validate", function(c)
              return { edits = { { severity = "fatal", message = "not a severity" } } }
            end)
            """])
        for key in ["k1", "k2"] {
            let posted = try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "10.00",
                                               "--self-pay", "--user", "biller", "--key", key)
            #expect(posted.stderr.contains("warning: site script failed; the default policy was used"))
            #expect(posted.stderr.contains("billing.lua:1"), "names the script: \(posted.stderr)")
        }
        let tasks = try DatabaseQueue(path: cli.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM work_item WHERE kind = 'script.error'")
        }
        #expect(tasks.count == 1, "one task for the admins, not one per call")
        #expect(tasks.first?["role"] as String? == "admin")
    }

    @Test func anEventHandlerHandsWorkToAnotherRole() throws {
        let cli = try Self.home(["events.lua": """
            revcycle.on("billing.payment.posted", function(e)
              local paid = tonumber(e.fields.amount_cents)
              if paid >= 10000 then
                revcycle.tasks.create{ role = "analyst", title = "Large payment from " .. e.fields.payer,
                                       account = e.account, priority = "low" }
              end
            end)
            """])
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99215", "--amount", "250.00", "--payer", "MEDICARE",
                              "--user", "biller")
        try cli.expectSuccess("billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "150.00", "--trace", "T1",
                              "--user", "biller")
        let tasks = try DatabaseQueue(path: cli.databasePath).read { db in try Row.fetchAll(db, sql: "SELECT * FROM work_item") }
        #expect(tasks.count == 1)
        #expect(tasks.first?["title"] as String? == "Large payment from MEDICARE")
        #expect(tasks.first?["role"] as String? == "analyst")
        #expect((tasks.first?["created_by"] as String?)?.hasPrefix("script:default") == true)
    }

    @Test func aSiteThatDeniesTaskCreationGetsAClearRefusal() throws {
        let cli = try Self.home(["events.lua": """
            revcycle.on("billing.payment.posted", function(e)
              revcycle.tasks.create{ role = "analyst", title = "x" }
            end)
            """])
        let file = cli.home.appendingPathComponent("config/sites/default.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "script_permissions: [log, now, lookup, create_task]", with: "script_permissions: [log, now, lookup]")
            .write(to: file, atomically: true, encoding: .utf8)
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99215", "--amount", "250.00", "--payer", "MEDICARE",
                              "--user", "biller")
        let paid = try cli.expectSuccess("billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "150.00",
                                         "--trace", "T1", "--user", "biller")
        #expect(paid.stderr.contains("does not allow scripts to create task"), "stderr: \(paid.stderr)")
        let denied = try DatabaseQueue(path: cli.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE action = 'script.create_task' AND outcome = 'denied'")
        }
        #expect(denied == 1)
    }

    @Test func todayIsTheDateInTheSitesTimeZone() throws {
        let cli = try CLIRunner.initialised()
        // UTC+14 and UTC-11: at every instant their dates differ, and at least one differs from UTC's.
        for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let file = cli.home.appendingPathComponent("config/sites/default.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: #"(?m)^timezone: .*$"#, with: "timezone: \(zone)", options: .regularExpression)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let lua = try CLIRunner.scriptFolder(["today.lua": "return revcycle.today()"]).appendingPathComponent("today.lua")
            let before = CalendarDate(Date(), in: TimeZone(identifier: zone)!).description
            let outcome = try cli.expectSuccess("scripts", "run", lua.path)
            let after = CalendarDate(Date(), in: TimeZone(identifier: zone)!).description
            let printed = outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(printed == "\"\(before)\"" || printed == "\"\(after)\"", "\(zone): \(printed)")
        }
    }
}
