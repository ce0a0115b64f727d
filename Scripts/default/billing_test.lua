-- Pins the default billing.charge.validate: a warning at $10,000.00 and up, never an error.
local HOOK = "billing.charge.validate"

local function charge(overrides)
  local c = { account = "A7", code = "99213", amount_cents = 12500, liability = "insurance:MEDICARE",
              service_date = "2026-11-02", days_since_service = 3 }
  for key, value in pairs(overrides or {}) do c[key] = value end
  return c
end

test("the sample charges post without edits", function()
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    local result, outcome = revcycle.test.call_policy(HOOK, payload)
    expect_eq(outcome.status, "decided")
    expect_eq(result, { edits = {} })
  end
end)

test("$9,999.99 posts without edits", function()
  expect_eq(revcycle.test.call_policy(HOOK, charge{ amount_cents = 999999 }).edits, {})
end)

test("exactly $10,000.00 posts with a warning", function()
  local result, outcome = revcycle.test.call_policy(HOOK, charge{ code = "27447", amount_cents = 1000000 })
  expect_eq(outcome.status, "decided")
  expect_eq(#result.edits, 1)
  expect_eq(result.edits[1].severity, "warning")
  expect_eq(result.edits[1].message,
    "High-dollar charge: $10,000.00 for 27447 is $10,000.00 or more; check the units and price.")
end)

test("a very large self-pay charge is warned about, not refused", function()
  local result = revcycle.test.call_policy(HOOK, charge{ liability = "patient", amount_cents = 123456789 })
  expect_eq(#result.edits, 1)
  expect_eq(result.edits[1].severity, "warning")
  expect_true(result.edits[1].message:find("$1,234,567.89", 1, true))
end)

test("old and future dates of service are not judged by default", function()
  expect_eq(revcycle.test.call_policy(HOOK, charge{ days_since_service = 400 }).edits, {})
  expect_eq(revcycle.test.call_policy(HOOK, charge{ days_since_service = -2 }).edits, {})
end)

-- Pins the default billing.claim.scrub: no site edits.
test("the default claim scrub adds no edits", function()
  for _, payload in ipairs(revcycle.test.samples("billing.claim.scrub")) do
    local result, outcome = revcycle.test.call_policy("billing.claim.scrub", payload)
    expect_eq(outcome.status, "decided")
    expect_eq(result.edits, {})
  end
end)

-- Pins the default billing.denial.route.
local ROUTE = "billing.denial.route"
local function denial(overrides)
  local d = { claim = "RC1", payer = "AETNA", denied_cents = 5000, reasons = { "CO-16" }, remarks = { "N290" },
              days_since_service = 10, timely_filing_days = 90 }
  for key, value in pairs(overrides or {}) do d[key] = value end
  return d
end

test("a missing-information denial goes to billing at normal priority", function()
  expect_eq(revcycle.test.call_policy(ROUTE, denial()), { role = "billing", priority = 3 })
end)

test("an authorization denial goes to patient access, high at $1,000", function()
  expect_eq(revcycle.test.call_policy(ROUTE, denial{ reasons = { "CO-197" }, denied_cents = 285000 }), { role = "access", priority = 2 })
end)

test("a denial with under 30 days of the filing window left is urgent", function()
  expect_eq(revcycle.test.call_policy(ROUTE, denial{ days_since_service = 70 }).priority, 1)
end)
