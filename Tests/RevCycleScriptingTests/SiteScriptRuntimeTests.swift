import Foundation
import RevCycleCore
import RevCycleScripting
import Testing

@Suite("A site runtime serves policies and events, and falls back as declared")
struct SiteScriptRuntimeTests {
    let claim: ScriptValue = ["claim_id": "C-1", "total_cents": 12_500, "payer_id": "P-1"]

    @Test func aFailingPolicyFallsBackToItsDefaultAndNamesFileAndLine() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  local lines = claim.lines
                  return { edits = { { code = lines[1].code, severity = "error" } } }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: claim)
        guard case .usedDefault(let value, let failure) = outcome else {
            Issue.record("expected the default, got \(outcome)")
            return
        }
        #expect(value == ["edits": []])
        #expect(failure.file == "north/scrub.lua" && failure.line == 3, "\(failure)")
        #expect(failure.message.contains("attempt to index a nil value (local 'lines')"), "\(failure.message)")
        #expect(failure.traceback.contains("north/scrub.lua:3"), "\(failure.traceback)")
        #expect(failure.kind == .error)
        #expect(failure.description.hasPrefix("site north, hook billing.claim.scrub, north/scrub.lua:3: attempt"))
        #expect(failure.error.code == .script && failure.error.inputLocation == "north/scrub.lua:3")
        #expect(runtime.failureCounts == ["billing.claim.scrub": 1])
        #expect(runtime.recentFailures == [failure])
    }

    @Test func aBadResultShapeFallsBackAndSaysWhatWasWrong() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  return { edits = { { code = "A", severity = "error" }, { code = "B", severity = "fatal" } } }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: claim)
        #expect(outcome.value == ["edits": []])
        #expect(outcome.failure?.kind == .badResult)
        #expect(
            outcome.failure?.message.contains(#"result.edits[2].severity: expected one of error, warning; got "fatal""#)
                == true, "\(String(describing: outcome.failure))")
        #expect(outcome.failure?.location == "north/scrub.lua:1")
    }

    @Test func floatCentsAreRefused() throws {
        let runtime = try Fixtures.runtime([
            "priority.lua": #"revcycle.policy("collections.worklist.priority", function(a) return a.balance_cents * 0.5 end)"#
        ])
        let outcome = runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample)
        #expect(outcome.failure?.message.contains("expected an integer from 0 to 1000000; got 62500.0") == true)
    }

    @Test func payloadsArriveWholeWhicheverWayTheirKeysAreSpelled() throws {
        // Declared field names are pushed as pre-interned Lua strings; undeclared ones, nested
        // values and keys built at run time (other storage, same text) must arrive all the same.
        let runtime = try Fixtures.runtime([
            "priority.lua": """
                revcycle.policy("collections.worklist.priority", function(a)
                  local n = 0
                  for _ in pairs(a) do n = n + 1 end
                  assert(math.type(a.balance_cents) == "integer")
                  local score = a.days_past_due
                  if a.payer == "self" then score = score + 1000 end
                  if a.has_plan == false then score = score + 10000 end
                  if a.an_undeclared_field_with_a_long_name == "x" then score = score + 20000 end
                  if a.nested then score = score + a.nested[2] end
                  if a.account_id == nil then score = score + 40000 end
                  return n * 100000 + score
                end)
                """
        ])
        let built = String(repeating: "days_past", count: 1) + "_due"
        let hook = ["collections", "worklist", "priority"].joined(separator: ".")
        let payloads: [(ScriptValue, Int64)] = [
            (Fixtures.priorityPayloadSample, 511_095),
            (["account_id": "A-1", "balance_cents": 10, .init(stringLiteral: built): 3, "payer": "other", "has_plan": true], 500_003),
            (["account_id": nil, "balance_cents": 10, "days_past_due": 3, "payer": "self", "has_plan": false,
              "an_undeclared_field_with_a_long_name": "x", "nested": [20, 30]], 671_033),
        ]
        for (payload, expected) in payloads {
            for name in ["collections.worklist.priority", hook] {
                #expect(runtime.callPolicy(name, payload: payload) == .decided(.integer(expected)), "\(payload)")
            }
        }
    }

    @Test func anIntegerOutOfRangeIsABadResult() throws {
        let runtime = try Fixtures.runtime([
            "priority.lua": #"revcycle.policy("collections.worklist.priority", function(a) return -a.balance_cents end)"#
        ])
        let outcome = runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample)
        #expect(outcome.value == 0)
        #expect(outcome.failure?.kind == .badResult)
        #expect(outcome.failure?.message.contains("expected an integer from 0 to 1000000; got -125000") == true,
                "\(String(describing: outcome.failure))")
    }

    @Test func aRefuseModeHookRefuses() throws {
        let runtime = try Fixtures.runtime([
            "tier.lua": #"revcycle.policy("counseling.fa.tier", function(a) return "gold" end)"#
        ])
        let outcome = runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 150])
        guard case .refused(let failure) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(failure.message.contains(#"expected one of none, partial, full; got "gold""#))
    }

    @Test func aHookWithoutAScriptDecidesItsDefault() throws {
        let runtime = try Fixtures.runtime(["empty.lua": "-- nothing here"])
        #expect(runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 150]) == .decided("none"))
        #expect(runtime.failureCounts.isEmpty)
        #expect(runtime.callPolicy("no.such.hook", payload: nil).failure != nil)
    }

    @Test func aLaterFolderOverridesAnEarlierOne() throws {
        let defaults = try Fixtures.folder("default", [
            "collections.lua": """
                revcycle.policy("collections.worklist.priority", function(a) return 1 end)
                revcycle.policy("counseling.fa.tier", function(a) return "partial" end)
                """
        ])
        let north = try Fixtures.folder("north", [
            "collections.lua": "\n" + #"revcycle.policy("collections.worklist.priority", function(a) return 2 end)"#
        ])
        let runtime = try SiteScriptRuntime(
            site: "north", folders: [defaults, north], catalog: Fixtures.catalog, host: TestHost())
        #expect(runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample) == .decided(2))
        #expect(runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1]) == .decided("partial"))
        let priority = runtime.registrations.first { $0.hook == "collections.worklist.priority" }
        #expect(priority?.location == "north/collections.lua:2")
        #expect(priority?.overrides == "default/collections.lua:1")
        #expect(runtime.registrations.count == 2)
    }

    @Test func aBrokenReloadKeepsTheOldStateServing() throws {
        let folder = try Fixtures.folder("north", [
            "tier.lua": #"revcycle.policy("counseling.fa.tier", function(a) return "partial" end)"#
        ])
        let runtime = try SiteScriptRuntime(site: "north", folders: [folder], catalog: Fixtures.catalog, host: TestHost())
        let file = folder.appendingPathComponent("tier.lua")
        try #"revcycle.policy("counseling.fa.tier", function(a) return "full" end"#.write(
            to: file, atomically: true, encoding: .utf8)
        #expect {
            try runtime.reload()
        } throws: { error in
            let error = error as? RevCycleError
            return error?.inputLocation == "north/tier.lua:1" && error?.message.contains("')' expected") == true
        }
        #expect(runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1]) == .decided("partial"))
        #expect(runtime.recentFailures.last?.kind == .load)

        try #"revcycle.policy("counseling.fa.tier", function(a) return "full" end)"#.write(
            to: file, atomically: true, encoding: .utf8)
        try runtime.reload()
        #expect(runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1]) == .decided("full"))
    }

    @Test func anUnknownHookIsALoadErrorNamingFileAndLine() throws {
        #expect {
            _ = try Fixtures.runtime([
                "scrub.lua": "-- scrub\n" + #"revcycle.policy("billing.claim.scub", function() end)"#
            ])
        } throws: { error in
            let error = error as? RevCycleError
            return error?.inputLocation == "north/scrub.lua:2"
                && error?.message.contains("unknown policy hook 'billing.claim.scub'; did you mean billing.claim.scrub?")
                    == true
        }
        #expect(throws: RevCycleError.self) {
            _ = try Fixtures.runtime(["on.lua": #"revcycle.on("billing.claim.scrub", function() end)"#])
        }
    }

    @Test func valuesRoundTripWithIntegersAndFloatsKeptApart() throws {
        let runtime = try Fixtures.runtime([
            "echo.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  return { edits = { { code = math.type(claim.total_cents), severity = "warning",
                    message = string.format("%s %s", math.type(1.5), claim.claim_id) } } }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: claim)
        #expect(outcome == .decided(["edits": [["code": "integer", "severity": "warning", "message": "float C-1"]]]))
    }

    @Test("values that cannot leave Lua are bad results naming their path", arguments: [
        ("{ edits = { [1] = {}, x = 1 } }", "result.edits: mixes list elements and named fields"),
        ("{ edits = { [2] = {} } }", "result.edits: is a list with holes"),
        ("(function() local t = {} t.edits = t return t end)()", "result.edits: contains itself (a cycle)"),
        ("{ edits = print }", "result.edits: is a function"),
        ("{ [true] = 1 }", "result: has a boolean key"),
        ("(function() local t = {} for i = 1, 40 do t = { t } end return { edits = t } end)()", "nests deeper than 32"),
    ])
    func unconvertibleResultsAreBadResults(_ expression: String, expected: String) throws {
        let runtime = try Fixtures.runtime([
            "bad.lua": "revcycle.policy(\"billing.claim.scrub\", function() return \(expression) end)"
        ])
        let failure = runtime.callPolicy("billing.claim.scrub", payload: claim).failure
        #expect(failure?.kind == .badResult)
        #expect(failure?.message.contains(expected) == true, "\(String(describing: failure?.message))")
    }

    @Test func eventHandlersRunInOrderAndMayCreateTasks() throws {
        let host = TestHost()
        let runtime = try Fixtures.runtime(
            [
                "a.lua": """
                    revcycle.on("claim.denied", function(e)
                      local id = revcycle.tasks.create{ title = "Work denial " .. e.claim_id, role = "billing" }
                      revcycle.log("info", "task created", { task = id, claim = e.claim_id })
                    end)
                    """,
                "b.lua": """
                    revcycle.on("claim.denied", function(e) error("second handler fails") end)
                    """,
            ], host: host)
        let failures = runtime.emit("claim.denied", payload: ["claim_id": "C-7", "reason": "CO-16"])
        #expect(host.tasks == [["title": "Work denial C-7", "role": "billing"]])
        #expect(host.logs.last == .init(level: .info, message: "task created", fields: ["task": "T-1", "claim": "C-7"], hook: "claim.denied"))
        #expect(failures.count == 1 && failures.first?.location == "north/b.lua:1")
        #expect(runtime.failureCounts["claim.denied"] == 1)
    }

    @Test func tasksCreateIsNotAvailableInAPolicy() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  revcycle.tasks.create{ title = "x" }
                end)
                """
        ])
        let failure = runtime.callPolicy("billing.claim.scrub", payload: claim).failure
        #expect(
            failure?.message.hasPrefix(
                "north/scrub.lua:2: tasks.create is not available in hook billing.claim.scrub; policies decide") == true,
            "\(String(describing: failure?.message))")
    }

    @Test func theHostAPIServesClockLookupsAndLogs() throws {
        let host = TestHost()
        let runtime = try Fixtures.runtime(
            [
                "api.lua": """
                    revcycle.policy("billing.claim.scrub", function(claim)
                      local payer = revcycle.lookup.payer(claim.payer_id)
                      local missing = revcycle.lookup.payer("nobody")
                      local small = revcycle.lookup.parameter("small_balance_cents")
                      print("now", revcycle.now(), revcycle.api_version)
                      return { edits = { { code = payer.name, severity = "warning",
                        message = tostring(missing) .. " " .. math.type(small) .. " " .. payer.timely_filing_days } } }
                    end)
                    """
            ], host: host)
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: claim)
        #expect(outcome == .decided(["edits": [["code": "Acme Health", "severity": "warning", "message": "nil integer 90"]]]))
        #expect(host.logs.map(\.message) == ["now\t2025-03-01T12:00:00Z\t1"])
    }

    @Test func theHostCanRefuseACall() throws {
        let runtime = try Fixtures.runtime(
            ["api.lua": #"revcycle.policy("counseling.fa.tier", function() revcycle.lookup.parameter("x") end)"#],
            host: TestHost(refused: [.lookup]))
        let failure = runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1]).failure
        #expect(failure?.message.contains("lookup.parameter was refused: site north does not allow lookup") == true)
    }

    @Test func loadTimeCodeGetsNoClock() throws {
        #expect {
            _ = try Fixtures.runtime(["early.lua": "local started = revcycle.now()"])
        } throws: { error in
            (error as? RevCycleError)?.message.contains("now is not available in load time") == true
        }
    }
}
