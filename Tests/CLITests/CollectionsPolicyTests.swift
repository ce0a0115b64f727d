import Foundation
import RevCycleCore
import Testing

/// Every hook collections declares can be overridden by a site's script, and the override takes
/// effect through the command that asks it (`collections.priority` is covered by SiteScriptTests).
@Suite("Collections site policy overrides take effect")
struct CollectionsPolicyTests {
    @Test("A site's collections.dunning.next_step escalating every 10 days sends four letters in 30 days instead of two")
    func aSiteDunningCadenceDecidesTheLetters() throws {
        let home = try CollectionsHome.selfPay(siteScripts: ["collections.lua": """
            local after = { statement = "reminder", reminder = "past-due", ["past-due"] = "final-notice" }
            revcycle.policy("collections.dunning.next_step", function(g)
              if g.last_step == "none" then return { action = "send", step = "statement", reason = "first" } end
              if g.days_since_last_statement < 10 then return { action = "wait", reason = "10-day cadence" } end
              local step = after[g.last_step]
              if not step then return { action = "wait", reason = "final notice sent" } end
              return { action = "send", step = step, reason = "10 days on" }
            end)
            """])
        for day in 0...35 {
            try home.on(day, ["collections", "statements", "run", "--user", "coll"])
        }
        let sent = try home.rows(35, ["collections", "statements", "list", "--user", "coll"]).reversed().map { "\($0[2]) \($0[3])" }
        #expect(sent == ["2026-01-05 statement", "2026-01-15 reminder", "2026-01-25 past-due", "2026-02-04 final-notice"],
                "the default would send only 2026-01-05 and 2026-02-04: \(sent)")
        let waiting = try home.rows(40, ["collections", "statements", "run", "--dry-run", "--user", "coll"])
        #expect(waiting.first?.last == "waiting: final notice sent", "the site's reason is reported: \(waiting)")
    }

    @Test("A site's collections.plan.terms of at most 3 months refuses a 6-month plan, naming the limit, and allows 3")
    func aSitePlanLimitRefusesLongerPlans() throws {
        let home = try CollectionsHome.selfPay(siteScripts: ["collections.lua": """
            revcycle.policy("collections.plan.terms", function(p)
              return { max_months = 3, min_installment_cents = 2500, reason = "3 months at most" }
            end)
            """])
        let refused = try home.attempt(1, ["collections", "plan", "create", "--guarantor", "G1", "--months", "6", "--user", "coll"])
        #expect(refused.exitCode == 64, "\(refused.exitCode)")
        #expect(refused.stderr.contains("A plan of 6 installments is outside the site's range of 3 to 3 installments"),
                "the default allows 24 months on $1,200.00: \(refused.stderr)")
        let plans = try home.rows(1, ["collections", "plan", "list", "--user", "coll"])
        #expect(plans.isEmpty, "no plan was created: \(plans)")
        let plan = try home.rows(1, ["collections", "plan", "create", "--guarantor", "G1", "--months", "3", "--user", "coll"])
        #expect(plan.map { [$0[0], $0[2]] } == [["1", "400.00"], ["2", "400.00"], ["3", "400.00"]], "\(plan)")
    }

    @Test("A failing collections.dunning.next_step sends nothing and reports the failure, with the script's line, to the admins")
    func aFailingDunningScriptSendsNothing() throws {
        let home = try CollectionsHome.selfPay(siteScripts: ["collections.lua": """
            revcycle.policy("collections.dunning.next_step", function(g)
              error("cadence table missing")
            end)
            """])
        let run = try home.on(0, ["collections", "statements", "run", "--user", "coll", "--format", "csv"])
        #expect(run.stderr.contains("warning: site script failed; the default policy was used"), "\(run.stderr)")
        #expect(run.stderr.contains("cadence table missing") && run.stderr.contains("collections.lua:2"), "\(run.stderr)")
        #expect(run.stderr.contains("Sent 0 statement(s) to 1 guarantor(s)"), "\(run.stderr)")
        let line = run.stdout.split(separator: "\n").dropFirst().map { CSVTable.split(String($0)) ?? [] }
        #expect(line.map { [$0[0], $0[1], $0.last ?? ""] } == [["G1", "", "waiting: the dunning policy failed; nothing sent until it is fixed"]],
                "\(run.stdout)")
        let statements = try home.rows(0, ["collections", "statements", "list", "--user", "coll"])
        #expect(statements.isEmpty, "no statement was recorded: \(statements)")
        let log = try home.rows(0, ["collections", "statements", "list", "--runs", "--user", "coll"])
        #expect(log.map { [$0[4], $0[6]] } == [["0", "waiting: 1"]], "\(log)")
        let reported = try home.rows(0, ["tasks", "list", "--role", "admin"]).filter { $0[6] == "script.error" }
        #expect(reported.count == 1 && reported.first?[8].contains("collections.dunning.next_step") == true, "\(reported)")
    }
}
