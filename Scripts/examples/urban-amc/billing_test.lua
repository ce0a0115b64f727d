-- Tests Lakeshore's charge review (Scripts/examples/urban-amc/billing.lua).
--
-- The timely-filing rule reads the payer table with revcycle.lookup.payer. Under
-- `revcycle scripts test` the lookups may find nothing (a dry-run host), so the tests ask the
-- host first: with the payer table they check refusals and warnings against the real limits,
-- without it they check that the charge posts with a "not checked" warning.
-- (The large-payment event handler is tested in events_test.lua, with revcycle.test.emit.)
local HOOK = "billing.charge.validate"

local function charge(overrides)
  local c = { account = "A7", code = "99213", amount_cents = 12500, liability = "insurance:AETNA",
              service_date = "2026-11-02", days_since_service = 3 }
  for key, value in pairs(overrides or {}) do c[key] = value end
  return c
end

local function edits_for(overrides)
  local result, outcome = revcycle.test.call_policy(HOOK, charge(overrides))
  expect_eq(outcome.status, "decided", outcome.error)
  return result.edits
end

local function severities(edits)
  local list = {}
  for _, e in ipairs(edits) do list[#list + 1] = e.severity end
  return list
end

test("timely filing: refused past the payer's limit, warned in the last 30 days", function()
  local aetna = revcycle.lookup.payer("AETNA")
  if aetna == nil then
    local edits = edits_for{ days_since_service = 400 }
    expect_eq(edits, { { severity = "warning",
      message = "Payer AETNA is not in Lakeshore's payer table: its timely filing limit was not checked." } })
    return
  end
  local limit = aetna.timely_filing_days -- 90 in config/sites/urban-amc.yaml
  expect_eq(edits_for{ days_since_service = limit - 31 }, {})
  expect_eq(severities(edits_for{ days_since_service = limit - 30 }), { "warning" })
  expect_eq(severities(edits_for{ days_since_service = limit }), { "warning" })
  local refused = edits_for{ days_since_service = limit + 1, service_date = "2026-07-01" }
  expect_eq(severities(refused), { "error" })
  expect_true(refused[1].message:find("Past AETNA's " .. limit .. "-day filing limit", 1, true))
end)

test("a payer missing from the payer table is warned about, never refused", function()
  local edits = edits_for{ liability = "insurance:ACMEHMO", days_since_service = 5000 }
  expect_eq(edits, { { severity = "warning",
    message = "Payer ACMEHMO is not in Lakeshore's payer table: its timely filing limit was not checked." } })
end)

test("self-pay charges have no filing limit", function()
  expect_eq(edits_for{ liability = "patient", days_since_service = 5000 }, {})
end)

test("level-5 E/M billed self-pay is warned about", function()
  for _, code in ipairs{ "99205", "99215" } do
    local edits = edits_for{ liability = "patient", code = code }
    expect_eq(severities(edits), { "warning" })
    expect_true(edits[1].message:find("Level-5 visit " .. code .. " billed self-pay", 1, true))
  end
  expect_eq(edits_for{ liability = "patient", code = "99214" }, {})
end)

test("level-5 E/M billed to insurance is not flagged as self-pay", function()
  for _, e in ipairs(edits_for{ code = "99215" }) do
    expect_true(not e.message:find("Level-5", 1, true))
  end
end)

test("the high-dollar warning starts at $25,000.00", function()
  expect_eq(edits_for{ liability = "patient", amount_cents = 2499999 }, {})
  expect_eq(edits_for{ liability = "patient", code = "33533", amount_cents = 2500000 }, { { severity = "warning",
    message = "High-dollar charge: $25,000.00 for 33533 is $25,000.00 or more; check units and price." } })
end)

test("the samples post (at most with warnings)", function()
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    local result, outcome = revcycle.test.call_policy(HOOK, payload)
    expect_eq(outcome.status, "decided")
    for _, e in ipairs(result.edits) do expect_eq(e.severity, "warning") end
  end
end)
