/// The assertion library of `revcycle scripts test`, loaded into each test state as an internal
/// chunk (its frames are skipped when a failure is located, so failures point at the test file).
///
/// In a test file:
///
/// ```lua
/// test("self-pay accounts come first", function()
///   local priority = revcycle.test.call_policy("collections.priority",
///     { account_id = "A-1", balance_cents = 125000, days_past_due = 95, payer = "self", has_plan = false })
///   expect_eq(priority, 2550)
/// end)
///
/// test("every sample gets a tier", function()
///   for _, payload in ipairs(revcycle.test.samples("counseling.fa.tier")) do
///     local tier, outcome = revcycle.test.call_policy("counseling.fa.tier", payload)
///     expect_eq(outcome.status, "decided")
///   end
/// end)
///
/// test("a large payment gives billing a task", function()
///   local result = revcycle.test.emit("billing.payment.posted", { event = "payment.posted", site = "north",
///     sequence = 1, occurred_at = "2026-11-02T15:00:00Z", account = "A7", fields = { amount_cents = "5000000" } })
///   expect_eq(result.failures, {})
///   expect_eq(result.tasks[1].role, "billing")
/// end)
/// ```
///
/// - `test(name, fn)` registers a test (top level only).
/// - `expect_eq(actual, expected [, message])` compares deeply (tables by content).
/// - `expect_true(value [, message])` fails on nil or false.
/// - `expect_error(fn [, text])` fails unless `fn` raises (an error containing `text`); returns it.
/// - `revcycle.test.call_policy(hook, payload)` calls the site's policy as the host would
///   (payload converted, result validated, default or refusal on failure) and returns the value
///   the module would apply (nil when refused) and an outcome table
///   `{ status = "decided" | "used_default" | "refused", error = message }`.
/// - `revcycle.test.emit(event, payload)` runs the site's handlers of an event as a delivery would
///   (each with its own budget; a failure does not stop the next) with tasks and logs captured,
///   not sent, and returns `{ tasks = { {role=..., title=..., ...}, ... }, logs = { {level=...,
///   message=...}, ... }, failures = { "file:line: message", ... } }`. An unknown event or a
///   payload that does not fit the event's shape is an error.
/// - `revcycle.test.samples(hook)` returns the hook's recorded sample payloads.
enum TestLibrary {
    static let chunkName = "=(revcycle.test)"

    static let source = #"""
        local t = ...

        function t.call_policy(hook, payload)
          local fn = t.policy_function(hook)
          if fn == nil then return t.check_result(hook, "none") end
          local ok, result = pcall(fn, t.normalize(payload, hook))
          return t.check_result(hook, ok and "ok" or "error", result)
        end

        local function describe(value, depth)
          depth = depth or 0
          if type(value) == "string" then return string.format("%q", value) end
          if type(value) ~= "table" then return tostring(value) end
          if depth > 3 then return "{...}" end
          local keys = {}
          for k in pairs(value) do keys[#keys + 1] = k end
          table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
          local parts = {}
          for _, k in ipairs(keys) do
            local key = type(k) == "string" and k or "[" .. tostring(k) .. "]"
            parts[#parts + 1] = key .. " = " .. describe(value[k], depth + 1)
          end
          return "{" .. table.concat(parts, ", ") .. "}"
        end

        local function equal(a, b)
          if a == b then return true end
          if type(a) ~= "table" or type(b) ~= "table" then return false end
          for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
          for k in pairs(b) do if a[k] == nil then return false end end
          return true
        end

        function expect_eq(actual, expected, message)
          if not equal(actual, expected) then
            error((message and message .. ": " or "") .. "expected " .. describe(expected) .. ", got " .. describe(actual), 2)
          end
        end

        function expect_true(value, message)
          if not value then error(message or ("expected a true value, got " .. describe(value)), 2) end
        end

        function expect_error(fn, text)
          local ok, err = pcall(fn)
          if ok then error("expected an error, but the function returned", 2) end
          if text and not string.find(tostring(err), text, 1, true) then
            error("expected an error containing " .. describe(text) .. ", got " .. describe(err), 2)
          end
          return err
        end
        """#
}
