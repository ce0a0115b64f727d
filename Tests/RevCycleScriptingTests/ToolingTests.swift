import Foundation
import RevCycleCore
import RevCycleScripting
import Testing

@Suite("scripts check, scripts test and scripts run")
struct ToolingTests {
    @Test func theCheckerPassesAGoodSite() throws {
        let folder = try Fixtures.folder("north", [
            "billing.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  if claim.total_cents == 0 then
                    return { edits = { { code = "ZERO", severity = "error", message = "no charges" } } }
                  end
                  return { edits = {} }
                end)
                revcycle.on("claim.denied", function(e) revcycle.tasks.create{ title = "Denied " .. e.claim_id } end)
                """
        ])
        let report = ScriptChecker.check(site: "north", folders: [folder], catalog: Fixtures.catalog)
        #expect(report.ok, "\(report.findings)")
        #expect(report.samplesRun == 3)
        #expect(report.files == ["north/billing.lua"])
        #expect(report.findings.filter { $0.severity == .note }.compactMap(\.hook) == [
            "collections.worklist.priority", "counseling.fa.tier",
        ])
    }

    @Test func theCheckerFindsSyntaxErrorsUnknownHooksAndBadShapes() throws {
        let folder = try Fixtures.folder("north", [
            "a_syntax.lua": "local x = \n  x +* 1\n",
            "b_unknown.lua": "\n\n" + #"revcycle.policy("collections.worklist.priorty", function() return 1 end)"#,
            "c_shape.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  if claim.total_cents > 0 then return { edits = { { code = "X", severity = "fatal" } } } end
                  return { edits = {} }
                end)
                revcycle.policy("counseling.fa.tier", function()
                  revcycle.tasks.create{ title = "t" }
                end)
                """,
        ])
        let report = ScriptChecker.check(site: "north", folders: [folder], catalog: Fixtures.catalog)
        #expect(!report.ok)
        let errors = report.errors.map(\.description)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("error: north/a_syntax.lua:2: syntax: ") }, "\(errors)")
        #expect(
            errors.contains {
                $0.hasPrefix("error: north/b_unknown.lua:3: while loading: unknown policy hook 'collections.worklist.priorty'")
            }, "\(errors)")
        #expect(
            errors.contains {
                $0 == #"error: north/c_shape.lua:1: hook billing.claim.scrub: sample 1: the policy returned a bad result: result.edits[1].severity: expected one of error, warning; got "fatal""#
            }, "\(errors)")
        #expect(
            errors.contains {
                $0.hasPrefix("error: north/c_shape.lua:6: hook counseling.fa.tier: sample 1: tasks.create is not available in hook counseling.fa.tier")
            }, "\(errors)")
    }

    @Test func theTestRunnerReportsPassesAndFailuresWithFileAndLine() throws {
        let folder = try Fixtures.folder("north", [
            "collections.lua": """
                revcycle.policy("collections.worklist.priority", function(a)
                  local score = a.balance_cents // 100
                  if a.days_past_due > 90 then score = score * 2 end
                  return score
                end)
                """,
            "collections_test.lua": """
                test("old balances double", function()
                  local p = revcycle.test.call_policy("collections.worklist.priority",
                    { account_id = "A", balance_cents = 10000, days_past_due = 91, payer = "self", has_plan = false })
                  expect_eq(p, 200)
                end)

                test("samples all decide", function()
                  for _, payload in ipairs(revcycle.test.samples("collections.worklist.priority")) do
                    local value, outcome = revcycle.test.call_policy("collections.worklist.priority", payload)
                    expect_eq(outcome.status, "decided")
                    expect_true(value > 0)
                  end
                end)

                test("a wrong expectation fails", function()
                  local p = revcycle.test.call_policy("collections.worklist.priority",
                    { account_id = "A", balance_cents = 100, days_past_due = 1, payer = "self", has_plan = false })
                  expect_eq(p, 2)
                end)

                test("a bad result uses the default", function()
                  local p, outcome = revcycle.test.call_policy("collections.worklist.priority",
                    { account_id = "A", balance_cents = 100000000, days_past_due = 91, payer = "self", has_plan = false })
                  expect_eq(p, 0)
                  expect_eq(outcome.status, "used_default")
                  expect_true(outcome.error:find("expected an integer from 0 to 1000000", 1, true))
                end)

                test("expect_error catches errors", function()
                  expect_error(function() error("boom") end, "boom")
                  expect_error(function() revcycle.test.call_policy("no.such", {}) end, "no policy hook")
                end)

                test("a runaway test is stopped", function() while true do end end)
                """,
        ])
        let report = ScriptTestRunner.run(site: "north", folders: [folder], catalog: Fixtures.catalog)
        #expect(report.loadFailures.isEmpty, "\(report.loadFailures)")
        #expect(report.files == ["north/collections_test.lua"])
        let summary = report.results.map { "\($0.passed ? "PASS" : "FAIL") \($0.line) \($0.name)" }
        #expect(summary == [
            "PASS 1 old balances double", "PASS 7 samples all decide", "FAIL 15 a wrong expectation fails",
            "PASS 21 a bad result uses the default", "PASS 29 expect_error catches errors",
            "FAIL 34 a runaway test is stopped",
        ])
        let wrong = report.results[2].failure
        #expect(wrong?.location == "north/collections_test.lua:18", "\(String(describing: wrong))")
        #expect(wrong?.message.contains("expected 2, got 1") == true)
        #expect(report.results[5].failure?.kind == .budget)
        #expect(!report.ok && report.passed == 4 && report.failed == 2)
    }

    @Test func theRunnerReturnsTheFileValueAsJSON() throws {
        let folder = try Fixtures.folder("north", [
            "helpers.lua": "function cents(dollars) return math.floor(dollars * 100) end"
        ])
        let file = try Fixtures.folder("tmp", [
            "try.lua": #"return { total = cents(12.5), now = revcycle.now(), list = { 1, 2.5, "x" }, ok = true }"#
        ]).appendingPathComponent("try.lua")
        let value = try ScriptRunner.run(file: file, site: "north", folders: [folder], catalog: Fixtures.catalog, host: TestHost())
        #expect(value.jsonString() == #"{"list":[1,2.5,"x"],"now":"2025-03-01T12:00:00Z","ok":true,"total":1250}"#)
    }

    @Test func theRunnerThrowsWithFileAndLine() throws {
        let folder = try Fixtures.folder("north", [:])
        let file = try Fixtures.folder("tmp", ["bad.lua": "local x = 1\nreturn x.y"]).appendingPathComponent("bad.lua")
        #expect {
            _ = try ScriptRunner.run(file: file, site: "north", folders: [folder], catalog: Fixtures.catalog, host: TestHost())
        } throws: { error in
            let error = error as? RevCycleError
            return error?.inputLocation == "tmp/bad.lua:2" && error?.message.contains("attempt to index a number value") == true
        }
    }
}
