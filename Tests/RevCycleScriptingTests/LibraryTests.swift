import Foundation
import RevCycleCore
import RevCycleScripting
import Testing

/// `revcycle.today()`, `revcycle.date.*` and `revcycle.money.format`: the helpers every site's
/// scripts used to copy.
@Suite("The date and money helpers of the Lua API")
struct LibraryTests {
    /// Runs `lua` as a `scripts run` file of site north and returns its value.
    static func run(_ lua: String, host: any ScriptHostAPI = TestHost(), limits: ScriptLimits = .standard) throws
        -> ScriptValue
    {
        let folder = try Fixtures.folder("north", [:])
        let file = try Fixtures.folder("tmp", ["try.lua": lua]).appendingPathComponent("try.lua")
        return try ScriptRunner.run(
            file: file, site: "north", folders: [folder], catalog: Fixtures.catalog, host: host, limits: limits)
    }

    /// "file:line: message" of the error `lua` raises when run as a file.
    static func error(_ lua: String) -> String {
        do {
            let value = try run(lua)
            return "no error; returned \(value)"
        } catch let error as RevCycleError {
            return "\(error.inputLocation ?? "?"): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    // MARK: - revcycle.date

    @Test func addDaysCrossesMonthsYearsAndLeapDays() throws {
        let value = try Self.run("""
            local d = revcycle.date
            return { d.add_days("2026-11-02", 45), d.add_days("2024-02-28", 1), d.add_days("2023-02-28", 1),
                     d.add_days("2026-12-31", 1), d.add_days("2026-03-01", -1), d.add_days("2026-11-02", 0),
                     d.add_days("2000-02-28", 366), d.add_days("2026-11-02", 2.0) }
            """)
        #expect(value == [
            "2026-12-17", "2024-02-29", "2023-03-01", "2027-01-01", "2026-02-28", "2026-11-02", "2001-02-28", "2026-11-04",
        ])
    }

    @Test func daysBetweenIsToMinusFrom() throws {
        let value = try Self.run("""
            local d = revcycle.date
            return { d.days_between("2026-01-01", "2026-12-31"), d.days_between("2026-12-31", "2026-01-01"),
                     d.days_between("2024-03-01", "2024-03-01"), d.days_between("1970-01-01", "2000-01-01"),
                     math.type(d.days_between("2026-01-01", "2026-01-02")) }
            """)
        #expect(value == [364, -364, 0, 10_957, "integer"])
    }

    @Test func weekdayCountsFromMonday() throws {
        let value = try Self.run("""
            local d = revcycle.date
            return { d.weekday("2026-11-02"), d.weekday("2026-11-06"), d.weekday("2026-11-07"), d.weekday("2026-11-08"),
                     d.weekday("1970-01-01"), d.weekday("2000-02-29") }
            """)
        #expect(value == [1, 5, 6, 7, 4, 2])
    }

    @Test func addBusinessDaysSkipsWeekends() throws {
        let value = try Self.run("""
            local d = revcycle.date
            return { d.add_business_days("2026-11-02", 2), d.add_business_days("2026-11-06", 1),
                     d.add_business_days("2026-11-07", 1), d.add_business_days("2026-11-08", 1),
                     d.add_business_days("2026-11-07", 0), d.add_business_days("2026-11-09", -1),
                     d.add_business_days("2026-11-08", -1), d.add_business_days("2026-11-02", 10) }
            """)
        #expect(value == [
            "2026-11-04", "2026-11-09", "2026-11-09", "2026-11-09", "2026-11-07", "2026-11-06", "2026-11-06", "2026-11-16",
        ])
    }

    /// The O(1) formula against counting one day at a time, from every weekday, both directions.
    @Test func addBusinessDaysAgreesWithCountingDayByDay() throws {
        let start = try CalendarDate(parsing: "2026-10-26")
        let counts = Array(-23...23)
        let value = try Self.run("""
            local out = {}
            for offset = 0, 20 do
              local date = revcycle.date.add_days("2026-10-26", offset)
              for n = -23, 23 do out[#out + 1] = revcycle.date.add_business_days(date, n) end
            end
            return out
            """)
        var expected: [ScriptValue] = []
        for offset in 0...20 {
            let date = start.adding(days: offset)
            for n in counts {
                var day = date
                var left = abs(n)
                while left > 0 {
                    day = day.adding(days: n > 0 ? 1 : -1)
                    let weekday = ((day.dayNumber + 3) % 7 + 7) % 7  // 0 = Monday
                    if weekday < 5 { left -= 1 }
                }
                expected.append(.string(day.description))
            }
        }
        #expect(value == .array(expected))
    }

    @Test("A malformed date is an error naming the function and the value", arguments: [
        (#"revcycle.date.add_days("2026-02-30", 1)"#, #"revcycle.date.add_days: "2026-02-30" is not a date; expected "YYYY-MM-DD""#),
        (#"revcycle.date.add_days("2026-2-3", 1)"#, #"revcycle.date.add_days: "2026-2-3" is not a date"#),
        (#"revcycle.date.add_business_days("11/02/2026", 1)"#, #"revcycle.date.add_business_days: "11/02/2026" is not a date"#),
        (#"revcycle.date.days_between("2026-01-01", "2026-13-01")"#, #"revcycle.date.days_between: "2026-13-01" is not a date"#),
        (#"revcycle.date.weekday("2026-11-02T15:00:00Z")"#, #"revcycle.date.weekday: "2026-11-02T15:00:00Z" is not a date"#),
        (#"revcycle.date.weekday("0000-01-01")"#, #"revcycle.date.weekday: "0000-01-01" is not a date"#),
        (#"revcycle.date.weekday(20261102)"#, "revcycle.date.weekday: argument #1 must be a date \"YYYY-MM-DD\", got number"),
        (#"revcycle.date.days_between("2026-01-01")"#, "revcycle.date.days_between: argument #2 must be a date \"YYYY-MM-DD\", got no value"),
        (#"revcycle.date.add_days("2026-01-01", 1.5)"#, "revcycle.date.add_days: argument #2 must be a whole number of days, got 1.5"),
        (#"revcycle.date.add_days("2026-01-01", "3")"#, "revcycle.date.add_days: argument #2 must be a whole number of days, got string"),
        (#"revcycle.date.add_business_days("2026-01-01")"#, "revcycle.date.add_business_days: argument #2 must be a whole number of days, got no value"),
        (#"revcycle.date.add_days("9999-12-31", 1)"#, "revcycle.date.add_days: the result is outside the years 0001 to 9999"),
        (#"revcycle.date.add_business_days("2026-01-01", math.mininteger)"#, "revcycle.date.add_business_days: the result is outside the years 0001 to 9999"),
    ])
    func badDatesAreErrors(call: String, message: String) {
        let error = Self.error("local x = 1\nlocal value = \(call)\nreturn value")
        #expect(error.hasPrefix("tmp/try.lua:2: " + message), "\(error)")
    }

    // MARK: - revcycle.money

    @Test func moneyFormatsWholeCents() throws {
        let value = try Self.run("""
            local f = revcycle.money.format
            return { f(123456), f(-5), f(0), f(7), f(100000), f(99999999), f(-123456789), f(math.maxinteger),
                     f(math.mininteger) }
            """)
        #expect(value == [
            "$1,234.56", "-$0.05", "$0.00", "$0.07", "$1,000.00", "$999,999.99", "-$1,234,567.89",
            "$92,233,720,368,547,758.07", "-$92,233,720,368,547,758.08",
        ])
    }

    @Test("A non-integer amount is an error", arguments: [
        ("revcycle.money.format(12.5)", "revcycle.money.format: cents must be an integer, got the float 12.5"),
        ("revcycle.money.format(100.0)", "revcycle.money.format: cents must be an integer, got the float 100.0"),
        (#"revcycle.money.format("100")"#, "revcycle.money.format: cents must be an integer, got string"),
        ("revcycle.money.format()", "revcycle.money.format: cents must be an integer, got no value"),
    ])
    func badAmountsAreErrors(call: String, message: String) {
        let error = Self.error("local x = 1\nlocal value = \(call)\nreturn value")
        #expect(error.hasPrefix("tmp/try.lua:2: " + message), "\(error)")
    }

    // MARK: - In policies, at load time, read-only, under the budget

    @Test func theHelpersWorkInsidePoliciesAndAtLoadTime() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                local LIMIT = revcycle.money.format(1000000) -- pure helpers work at load time too
                revcycle.policy("billing.claim.scrub", function(claim)
                  local due = revcycle.date.add_business_days("2026-11-06", 2)
                  return { edits = { { code = "X", severity = "warning",
                    message = revcycle.money.format(claim.total_cents) .. " of " .. LIMIT .. ", due " .. due
                      .. " (" .. revcycle.date.weekday(due) .. "), " .. revcycle.date.days_between("2026-11-06", due)
                      .. " days, today " .. revcycle.today() } } }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-1", "total_cents": 1_234_567, "payer_id": "P"])
        #expect(outcome == .decided(["edits": [[
            "code": "X", "severity": "warning",
            "message": "$12,345.67 of $10,000.00, due 2026-11-10 (2), 4 days, today 2025-03-01",
        ]]]))
    }

    @Test func aBadDateInAPolicyFallsBackWithFileAndLine() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  local due = revcycle.date.add_days(claim.claim_id, 30)
                  return { edits = {} }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-1", "total_cents": 1, "payer_id": "P"])
        guard case .usedDefault(let value, let failure) = outcome else {
            Issue.record("expected the default, got \(outcome)")
            return
        }
        #expect(value == ["edits": []])
        #expect(failure.location == "north/scrub.lua:2", "\(failure)")
        #expect(failure.message == #"north/scrub.lua:2: revcycle.date.add_days: "C-1" is not a date; expected "YYYY-MM-DD" (a real calendar date, such as "2026-11-02")"#)
    }

    @Test func theHelperTablesAreReadOnly() {
        #expect(Self.error("revcycle.date.add_days = function() end").hasPrefix("tmp/try.lua:1: revcycle.date is read-only"))
        #expect(Self.error("revcycle.money.format = tostring").hasPrefix("tmp/try.lua:1: revcycle.money is read-only"))
        #expect(Self.error("revcycle.date = {}").hasPrefix("tmp/try.lua:1: revcycle is read-only"))
        #expect(Self.error("return getmetatable(revcycle.date)") == "no error; returned bool(false)")
    }

    @Test func theBudgetStillStopsALoopOfHelperCalls() throws {
        let runtime = try Fixtures.runtime([
            "priority.lua": """
                revcycle.policy("collections.worklist.priority", function()
                  local day = "2026-01-01"
                  while true do
                    day = revcycle.date.add_days(revcycle.date.add_business_days(day, 1), -1)
                    pcall(revcycle.money.format, 1)
                  end
                end)
                """
        ])
        let outcome = runtime.callPolicy("collections.worklist.priority", payload: Fixtures.priorityPayloadSample)
        #expect(outcome.value == 0)
        #expect(outcome.failure?.kind == .budget, "\(String(describing: outcome.failure))")
    }

    // MARK: - revcycle.today

    @Test func todayIsTheHostsDateAndDefaultsToUTC() throws {
        // 2025-03-01T23:30:00Z: the default implementation gives the UTC date.
        #expect(try Self.run("return revcycle.today()", host: TestHost(now: Date(timeIntervalSince1970: 1_740_871_800))) == "2025-03-01")
        // A host that knows the site's time zone answers for it (Chicago is still on the 1st at 23:30Z,
        // Auckland is on the 2nd).
        let instant = Date(timeIntervalSince1970: 1_740_871_800)
        #expect(try Self.run("return revcycle.today()", host: ZonedHost(instant: instant, zone: "America/Chicago")) == "2025-03-01")
        #expect(try Self.run("return revcycle.today()", host: ZonedHost(instant: instant, zone: "Pacific/Auckland")) == "2025-03-02")
    }

    @Test func todayNeedsTheClockCapability() {
        #expect {
            _ = try Fixtures.runtime(["early.lua": "local started = revcycle.today()"])
        } throws: { error in
            (error as? RevCycleError)?.message.contains("today is not available in load time") == true
        }
        let runtime = try? Fixtures.runtime(
            ["api.lua": #"revcycle.policy("counseling.fa.tier", function() return revcycle.today() end)"#],
            host: TestHost(refused: [.now]))
        let failure = runtime?.callPolicy("counseling.fa.tier", payload: ["fpl_percent": 1]).failure
        #expect(failure?.message.contains("today was refused: site north does not allow now") == true, "\(String(describing: failure))")
    }
}

/// A host whose site is in a time zone (as the real host's `today()` is).
private struct ZonedHost: ScriptHostAPI {
    let instant: Date
    let zone: String

    func log(level: ScriptLogLevel, message: String, fields: [String: ScriptValue], hook: String?) {}
    func now() -> Date { instant }
    func today() -> String { CalendarDate(instant, in: TimeZone(identifier: zone)!).description }
    func createTask(_ fields: [String: ScriptValue], hook: String?) -> Result<String, ScriptHostError> { .success("T") }
    func lookup(_ kind: String, key: String, hook: String?) -> Result<ScriptValue, ScriptHostError> {
        .failure(.notFound("none"))
    }
}
