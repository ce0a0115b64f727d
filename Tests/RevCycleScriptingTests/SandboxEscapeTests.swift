import Foundation
import RevCycleScripting
import Testing

/// One attempt to escape the sandbox or exhaust the host, and how it must end.
struct Escape: Sendable, CustomTestStringConvertible {
    var name: String
    /// Lua statements run inside a policy function.
    var body: String
    /// The failure message must contain one of these.
    var expected: [String]
    var kinds: Set<ScriptFailure.Kind>

    var testDescription: String { name }

    static let all: [Escape] = [
        .init(name: "os.execute", body: #"os.execute("echo pwned")"#, expected: ["global 'os'"], kinds: [.error]),
        .init(name: "io.open", body: #"io.open("/etc/passwd")"#, expected: ["global 'io'"], kinds: [.error]),
        .init(name: "require", body: #"require("os")"#, expected: ["global 'require'"], kinds: [.error]),
        .init(name: "package.loadlib", body: #"package.loadlib("libc.so.6", "system")"#, expected: ["global 'package'"], kinds: [.error]),
        .init(name: "a binary chunk", body: #"load("\27LuaT\0\25\147\r\n\26\n")()"#, expected: ["global 'load'"], kinds: [.error]),
        .init(name: "string.dump", body: "string.dump(function() end)", expected: ["field 'dump'"], kinds: [.error]),
        .init(name: "string.dump as a method", body: #"local s = ("x"):dump()"#, expected: ["method 'dump'"], kinds: [.error]),
        .init(name: "debug.getregistry", body: "debug.getregistry()", expected: ["global 'debug'"], kinds: [.error]),
        .init(name: "collectgarbage", body: #"collectgarbage("stop")"#, expected: ["global 'collectgarbage'"], kinds: [.error]),
        .init(name: "rawset on a library table", body: #"rawset(string, "find", print)"#, expected: ["global 'rawset'"], kinds: [.error]),
        .init(name: "assigning into a library table", body: "string.find = print", expected: ["string is read-only"], kinds: [.error]),
        .init(name: "getmetatable('').__index patching", body: #"getmetatable("").__index = { evil = print }"#, expected: ["index a boolean value"], kinds: [.error]),
        .init(name: "setmetatable on a library table", body: "setmetatable(string, {})", expected: ["protected metatable"], kinds: [.error]),
        .init(name: "a __gc finalizer", body: "setmetatable({}, { __gc = function() while true do end end })", expected: ["__gc"], kinds: [.error]),
        .init(name: "dofile", body: #"dofile("/etc/passwd")"#, expected: ["global 'dofile'"], kinds: [.error]),
        .init(name: "loadfile", body: #"loadfile("/etc/passwd")"#, expected: ["global 'loadfile'"], kinds: [.error]),
        .init(name: "an infinite loop", body: "while true do end", expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "an infinite loop inside pcall",
            body: "while true do pcall(function() while true do end end) end",
            expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "an infinite loop inside a coroutine",
            body: "coroutine.wrap(function() while true do end end)()", expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "endless short coroutines",
            body: "while true do coroutine.resume(coroutine.create(function() end)) end",
            expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "a coroutine that swallows the stop",
            body: """
                local co = coroutine.create(function() while true do pcall(function() while true do end end) end end)
                while true do coroutine.resume(co) end
                """,
            expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "a string.rep memory bomb",
            body: #"local t = {} for i = 1, 64 do t[i] = string.rep("x", 1000000 - i) end"#,
            expected: ["memory"], kinds: [.memory]),
        .init(name: "a huge string.rep", body: #"local s = ("x"):rep(1e9)"#, expected: ["string.rep: result of"], kinds: [.error]),
        .init(
            name: "deep recursion", body: "local function f(n) return f(n + 1) + 1 end f(1)",
            expected: ["stack overflow", "memory"], kinds: [.error, .memory]),
        .init(
            name: "deep recursion through metamethods",
            body: "local t = setmetatable({}, { __index = function(t, k) return t[k] end }) local x = t.x",
            expected: ["stack overflow"], kinds: [.error]),
        .init(
            name: "a huge table.unpack", body: "table.unpack({}, 1, 1e8)",
            expected: ["table.unpack: 100000000 values requested; the limit is 10000"], kinds: [.error]),
        .init(
            name: "a pathological pattern", body: #"local s = ("a"):rep(1000):find(".-.-.-b")"#,
            expected: ["instruction budget of 1000000 exhausted in string.find"], kinds: [.budget]),
        .init(
            name: "a pathological gsub", body: #"local s = ("a"):rep(5000):gsub("(.-)(.-)(.-)b", "%1")"#,
            expected: ["exhausted in string.gsub"], kinds: [.budget]),
        .init(
            name: "a subject over the pattern limit", body: #"local s = ("a"):rep(300000):find("a+b")"#,
            expected: ["subject of 300000 bytes is over the limit"], kinds: [.error]),
        .init(
            name: "table.sort in a loop (C work is charged)",
            body: "local t = {} for i = 1, 20000 do t[i] = -i end while true do table.sort(t) end",
            expected: ["instruction budget"], kinds: [.budget]),
        .init(
            name: "table.move over a huge range", body: "table.move({}, 1, 1e12, 1)",
            expected: ["instruction budget"], kinds: [.budget]),
    ]
}

@Suite("The sandbox stops escapes with a clear error and keeps serving")
struct SandboxEscapeTests {
    static let escapeLine = 2

    @Test("each escape ends in a clear error, within the deadline, and the next call is served", arguments: Escape.all)
    func escapeFailsCleanlyAndTheRuntimeKeepsServing(_ escape: Escape) throws {
        let script = """
            revcycle.policy("collections.worklist.priority", function(account)
              \(escape.body)
              return 1
            end)
            revcycle.policy("billing.claim.scrub", function(claim)
              return { edits = { { code = "PAYER", severity = "warning", message = claim.claim_id } } }
            end)
            """
        let limits = ScriptLimits.standard
        let runtime = try Fixtures.runtime(["escape.lua": script], limits: limits)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample)
        let elapsed = clock.now - start

        guard case .usedDefault(let value, let failure) = outcome else {
            Issue.record("expected the default after \(escape.name), got \(outcome)")
            return
        }
        #expect(value == 0, "the declared default is used")
        #expect(
            escape.expected.contains { failure.message.contains($0) },
            "message \(failure.message) should contain one of \(escape.expected)")
        #expect(escape.kinds.contains(failure.kind), "kind \(failure.kind), expected one of \(escape.kinds)")
        #expect(failure.file == "north/escape.lua", "failure names the script: \(failure)")
        #expect(failure.line != nil, "failure names a line: \(failure)")
        #expect(failure.hook == "collections.worklist.priority")
        #expect(elapsed < .milliseconds(limits.deadlineMilliseconds + 500), "stopped after \(elapsed)")

        let next = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-9", "total_cents": 1, "payer_id": "P-1"])
        #expect(next == .decided(["edits": [["code": "PAYER", "severity": "warning", "message": "C-9"]]]))
        #expect(runtime.failureCounts["collections.worklist.priority"] == 1)
    }

    @Test("a loop stops at the wall-clock deadline when the budget is large")
    func loopStopsAtTheDeadline() throws {
        let limits = ScriptLimits(instructionBudget: 1 << 50, deadlineMilliseconds: 100)
        let runtime = try Fixtures.runtime(
            ["slow.lua": #"revcycle.policy("collections.worklist.priority", function() while true do end end)"#],
            limits: limits)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample)
        let elapsed = clock.now - start
        #expect(outcome.failure?.kind == .deadline, "\(String(describing: outcome.failure))")
        #expect(outcome.failure?.message.contains("deadline of 100 ms exceeded") == true)
        #expect(elapsed >= .milliseconds(100) && elapsed < .milliseconds(600), "stopped after \(elapsed)")
    }

    @Test("the globals are exactly the whitelist")
    func globalsAreTheWhitelist() throws {
        let runtime = try Fixtures.runtime([
            "globals.lua": """
                revcycle.policy("counseling.fa.tier", function()
                  local names = {}
                  for name in pairs(_G) do names[#names + 1] = name end
                  table.sort(names)
                  revcycle.log("info", table.concat(names, " "))
                  return "none"
                end)
                """
        ], host: host)
        _ = runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 100])
        let expected = """
            _G _VERSION assert coroutine error getmetatable ipairs math next pairs pcall print rawequal rawlen \
            revcycle select setmetatable string table tonumber tostring type utf8 xpcall
            """
        #expect(host.logs.last?.message == expected)
    }

    let host = TestHost()
}
