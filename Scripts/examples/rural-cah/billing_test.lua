-- Tests Prairie Valley's charge review (Scripts/examples/rural-cah/billing.lua).
-- (The payer-overpayment event handler is tested in events_test.lua, with revcycle.test.emit.)
local HOOK = "billing.charge.validate"

local function charge(overrides)
  local c = { account = "A7", code = "99213", amount_cents = 12500, liability = "insurance:MEDICARE",
              service_date = "2026-11-02", days_since_service = 3 }
  for key, value in pairs(overrides or {}) do c[key] = value end
  return c
end

local function edits_for(overrides)
  local result, outcome = revcycle.test.call_policy(HOOK, charge(overrides))
  expect_eq(outcome.status, "decided", outcome.error)
  return result.edits
end

test("ordinary charges post without edits", function()
  expect_eq(edits_for{}, {})
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    expect_eq(revcycle.test.call_policy(HOOK, payload).edits, {})
  end
end)

test("the high-dollar warning starts at $5,000.00", function()
  expect_eq(edits_for{ amount_cents = 499999 }, {})
  local edits = edits_for{ code = "74177", amount_cents = 500000 }
  expect_eq(edits, { { severity = "warning",
    message = "High-dollar charge for Prairie Valley: $5,000.00 for 74177 is $5,000.00 or more; check units and price." } })
end)

test("a future date of service is refused", function()
  local edits = edits_for{ service_date = "2027-11-02", days_since_service = -362 }
  expect_eq(#edits, 1)
  expect_eq(edits[1].severity, "error")
  expect_true(edits[1].message:find("2027-11-02 is in the future", 1, true))
end)

test("today's charges are fine, and a large future charge gets both edits", function()
  expect_eq(edits_for{ days_since_service = 0 }, {})
  local edits = edits_for{ days_since_service = -1, amount_cents = 800000 }
  expect_eq(edits[1].severity, "error")
  expect_eq(edits[2].severity, "warning")
end)
