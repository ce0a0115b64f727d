-- Tests Lakeshore's assistance discounts (Scripts/examples/urban-amc/counseling.lua):
-- at least the AGB floor of 62%, and at most $2,500.00 left for the patient.
local HOOK = "counseling.fa.discount"

local function discount(owes_cents, requested)
  local result, outcome = revcycle.test.call_policy(HOOK,
    { account = "A7", application = "FA-2026-0300", patient_owes_cents = owes_cents, requested_basis_points = requested })
  expect_eq(outcome.status, "decided", outcome.error)
  return result
end

test("requests at or above the floor with a small remainder apply as requested", function()
  expect_eq(discount(400000, 6200), {})  -- $4,000 at 62% leaves $1,520
  expect_eq(discount(400000, 10000), {})
  expect_eq(discount(0, 7000), {})
end)

test("requests below the AGB floor are raised to 62%", function()
  expect_eq(discount(40000, 6000), { basis_points = 6200,
    note = "Raised from 60% to the AGB floor of 62% (patient share $152.00)" })
  expect_eq(discount(40000, 1).basis_points, 6200)
end)

test("a large remainder is capped at $2,500.00", function()
  -- $20,000 at 80% would leave $4,000: 87.5% leaves exactly $2,500
  expect_eq(discount(2000000, 8000), { basis_points = 8750,
    note = "Raised to 87.5% so the patient owes at most $2,500.00 (patient share $2,500.00)" })
end)

test("floor and cap together", function()
  local result = discount(10000000, 3000) -- $100,000 requested at 30%
  expect_eq(result.basis_points, 9750)
  expect_eq(result.note,
    "Raised from 30% to the AGB floor of 62%; raised to 97.5% so the patient owes at most $2,500.00 (patient share $2,500.00)")
end)

test("the cap rounds in the patient's favour", function()
  for _, owes in ipairs{ 987654, 1234567, 9999999, 10000000000 } do
    local result = discount(owes, 6200)
    local bp = result.basis_points
    expect_eq(math.type(bp), "integer")
    expect_true(owes * (10000 - bp) // 10000 <= 250000, "share under the cap")
    expect_true(owes * (10000 - (bp - 1)) // 10000 > 250000, "smallest such discount")
  end
end)

test("the samples", function()
  local samples = revcycle.test.samples(HOOK)
  expect_eq(revcycle.test.call_policy(HOOK, samples[1]).basis_points, 6200) -- 60% -> 62%
  expect_eq(revcycle.test.call_policy(HOOK, samples[2]).basis_points, 6200) -- 50% -> 62%
end)
