import Foundation
import RevCycleScripting
import Testing

/// `revcycle.test.emit(event, payload)` in `revcycle scripts test`.
@Suite("revcycle.test.emit")
struct EmitTests {
    /// A host that refuses task requests without a role at validation, and counts createTask calls.
    final class ValidatingHost: ScriptHostAPI, @unchecked Sendable {
        private let lock = NSLock()
        private var created = 0
        private var validated: [[String: ScriptValue]] = []

        var createCalls: Int { lock.withLock { created } }
        var validations: [[String: ScriptValue]] { lock.withLock { validated } }

        func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {}
        func now() -> Date { Date(timeIntervalSince1970: 1_740_830_400) }
        func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
            .failure(.notFound("none"))
        }
        func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> {
            lock.withLock { created += 1 }
            return .success("REAL-1")
        }
        func validateTask(_ fields: [String: ScriptValue], hook: String?) -> Result<Void, ScriptHostError> {
            lock.withLock { validated.append(fields) }
            return fields["role"] == nil ? .failure(.invalid("tasks.create needs role = one of billing, counseling")) : .success(())
        }
    }

    private static let handlers = """
        revcycle.on("claim.denied", function(e)
          revcycle.log("info", "denied " .. e.claim_id)
        end)
        revcycle.on("claim.denied", function(e)
          if e.reason == "boom" then error("the handler broke") end
          local id = revcycle.tasks.create{ role = "billing", title = "Work denial " .. e.claim_id,
                                            priority = "high", due = "2025-03-15", account = "A-9", kind = "denial" }
          revcycle.log("notice", "created " .. id)
        end)
        revcycle.on("claim.denied", function(e)
          if e.reason == "loop" then while true do end end
          revcycle.log("debug", "third handler ran")
        end)
        """

    private func run(_ test: String, host: any ScriptHostAPI = TestHost()) throws -> ScriptTestReport {
        let folder = try Fixtures.folder("north", ["claims.lua": Self.handlers, "claims_test.lua": test])
        return ScriptTestRunner.run(site: "north", folders: [folder], catalog: Fixtures.catalog, host: host)
    }

    private func expectAllPass(_ report: ScriptTestReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.loadFailures.isEmpty, "\(report.loadFailures)", sourceLocation: sourceLocation)
        #expect(!report.results.isEmpty, sourceLocation: sourceLocation)
        for result in report.results where !result.passed {
            Issue.record("\(result)", sourceLocation: sourceLocation)
        }
    }

    @Test func tasksAreCapturedWithTheirFieldsAndNeverCreated() throws {
        let host = TestHost()
        let report = try run(
            """
            test("a denial makes a task", function()
              local r = revcycle.test.emit("claim.denied", { claim_id = "C-7", reason = "CO-16" })
              expect_eq(r.failures, {})
              expect_eq(r.tasks, { { role = "billing", title = "Work denial C-7", priority = "high",
                                     due = "2025-03-15", account = "A-9", kind = "denial" } })
              -- each emit numbers its own fake ids
              expect_eq(r.logs[2], { level = "notice", message = "created T-test-1" })
              local again = revcycle.test.emit("claim.denied", { claim_id = "C-8", reason = "CO-16" })
              expect_eq(#again.tasks, 1)
              expect_eq(again.tasks[1].title, "Work denial C-8")
            end)
            """, host: host)
        expectAllPass(report)
        #expect(host.tasks.isEmpty)
        #expect(host.logs.isEmpty)
    }

    @Test func logsAreCapturedInHandlerOrder() throws {
        let report = try run(
            """
            test("logs", function()
              local r = revcycle.test.emit("claim.denied", { claim_id = "C-1", reason = "CO-16" })
              expect_eq(r.logs, {
                { level = "info", message = "denied C-1" },
                { level = "notice", message = "created T-test-1" },
                { level = "debug", message = "third handler ran" },
              })
            end)
            """)
        expectAllPass(report)
    }

    @Test func aFailingHandlerIsReportedWithFileAndLineAndTheOthersStillRun() throws {
        let report = try run(
            """
            test("a broken handler", function()
              local r = revcycle.test.emit("claim.denied", { claim_id = "C-1", reason = "boom" })
              expect_eq(r.failures, { "north/claims.lua:5: the handler broke" })
              expect_eq(r.tasks, {})
              expect_eq(r.logs, { { level = "info", message = "denied C-1" },
                                  { level = "debug", message = "third handler ran" } })
            end)

            test("a runaway handler is stopped by its own budget; the test goes on", function()
              local r = revcycle.test.emit("claim.denied", { claim_id = "C-1", reason = "loop" })
              expect_eq(#r.failures, 1)
              expect_true(r.failures[1]:find("^north/claims.lua:11: instruction budget of %d+ exhausted"), r.failures[1])
              expect_eq(#r.tasks, 1)
              -- the test's own budget and the next emit are unaffected
              local total = 0
              for i = 1, 100000 do total = total + i end
              expect_eq(total, 5000050000)
              expect_eq(revcycle.test.emit("claim.denied", { claim_id = "C-2", reason = "CO-16" }).failures, {})
            end)
            """)
        expectAllPass(report)
    }

    @Test func theHostsValidationErrorsBecomeFailuresAndNothingIsCreated() throws {
        let host = ValidatingHost()
        let folder = try Fixtures.folder("north", [
            "claims.lua": """
                revcycle.on("claim.denied", function(e)
                  revcycle.tasks.create{ title = "no role" }
                end)
                revcycle.on("claim.denied", function(e)
                  revcycle.tasks.create{ role = "billing", title = "Work " .. e.claim_id }
                end)
                """,
            "claims_test.lua": """
                test("validated", function()
                  local r = revcycle.test.emit("claim.denied", { claim_id = "C-1", reason = "CO-16" })
                  expect_eq(r.failures, { "north/claims.lua:2: tasks.create: tasks.create needs role = one of billing, counseling" })
                  expect_eq(r.tasks, { { role = "billing", title = "Work C-1" } })
                end)
                """,
        ])
        let report = ScriptTestRunner.run(site: "north", folders: [folder], catalog: Fixtures.catalog, host: host)
        expectAllPass(report)
        #expect(host.createCalls == 0)
        #expect(host.validations.count == 2)
    }

    @Test func anUnknownEventIsAnErrorNamingItAndTheKnownEvents() throws {
        let report = try run(
            """
            test("unknown", function()
              local err = expect_error(function() revcycle.test.emit("claim.denid", {}) end)
              expect_true(err:find("no event named 'claim.denid'", 1, true), err)
              expect_true(err:find("did you mean claim.denied?", 1, true), err)
              expect_true(err:find("known events: claim.denied", 1, true), err)
              local policy = expect_error(function() revcycle.test.emit("counseling.fa.tier", {}) end)
              expect_true(policy:find("is a policy hook: use revcycle.test.call_policy", 1, true), policy)
            end)

            test("raised at the caller", function()
              revcycle.test.emit("claim.denid", {})
            end)
            """)
        #expect(report.passed == 1)
        let failure = try #require(report.results.last?.failure)
        #expect(failure.location == "north/claims_test.lua:11", "\(failure)")
        #expect(
            failure.message.hasSuffix(
                "revcycle.test.emit: no event named 'claim.denid'; did you mean claim.denied?; known events: claim.denied"),
            "\(failure.message)")
    }

    @Test func aPayloadThatDoesNotFitTheEventIsAnError() throws {
        let host = TestHost()
        let report = try run(
            """
            test("bad payloads", function()
              local err = expect_error(function()
                revcycle.test.emit("claim.denied", { claim_id = 7, reasn = "CO-16" })
              end, "the payload does not fit event claim.denied")
              expect_true(err:find("payload.claim_id: expected a string", 1, true), err)
              expect_true(err:find("payload.reason: expected a value", 1, true), err)
              expect_true(err:find("payload.reasn: expected no such field", 1, true), err)
              expect_error(function() revcycle.test.emit("claim.denied") end, "payload: expected a table")
              expect_error(function() revcycle.test.emit("claim.denied", { claim_id = print }) end, "cannot leave Lua")
            end)
            """, host: host)
        expectAllPass(report)
        #expect(host.logs.isEmpty && host.tasks.isEmpty)
    }

    @Test func emitOnlyRunsInsideATest() throws {
        let folder = try Fixtures.folder("north", [
            "claims.lua": #"revcycle.on("claim.denied", function(e) end)"#,
            "claims_test.lua": #"revcycle.test.emit("claim.denied", { claim_id = "C", reason = "r" })"#,
        ])
        let report = ScriptTestRunner.run(site: "north", folders: [folder], catalog: Fixtures.catalog)
        #expect(report.loadFailures.first?.message.contains("can only be called from a test function") == true,
                "\(report.loadFailures)")
    }
}
