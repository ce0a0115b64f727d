-- Tests Prairie Valley's assistance discounts (Scripts/examples/rural-cah/counseling.lua).
local HOOK = "counseling.fa.discount"

local function discount(owes_cents, requested)
  local result, outcome = revcycle.test.call_policy(HOOK,
    { account = "A7", application = "FA-2026-0200", patient_owes_cents = owes_cents, requested_basis_points = requested })
  expect_eq(outcome.status, "decided", outcome.error)
  return result
end

test("requests are rounded up to the next 25% tier", function()
  expect_eq(discount(40000, 6000), { basis_points = 7500, note = "Rounded up from 60% to the 75% tier (FAP section 4)" })
  expect_eq(discount(40000, 1).basis_points, 2500)
  expect_eq(discount(40000, 2501).basis_points, 5000)
  expect_eq(discount(40000, 9999).basis_points, 10000)
  expect_eq(discount(40000, 6250).note, "Rounded up from 62.5% to the 75% tier (FAP section 4)")
end)

test("a request that is already a tier applies as requested", function()
  expect_eq(discount(40000, 5000), {})
  expect_eq(discount(40000, 10000), {})
end)

test("balances under $50.00 are forgiven in full", function()
  expect_eq(discount(4999, 2500).basis_points, 10000)
  expect_eq(discount(0, 100).basis_points, 10000)
  expect_eq(discount(5000, 2500), {}) -- exactly $50.00 is not "under"
end)

test("the samples", function()
  local samples = revcycle.test.samples(HOOK)
  expect_eq(revcycle.test.call_policy(HOOK, samples[1]).basis_points, 7500)  -- $400, 60% -> 75%
  expect_eq(revcycle.test.call_policy(HOOK, samples[2]).basis_points, 10000) -- $35 -> 100%
end)

test("the result is always an integer number of basis points", function()
  for requested = 1, 10000, 37 do
    local result = discount(123456, requested)
    if result.basis_points then
      expect_eq(math.type(result.basis_points), "integer")
      expect_true(result.basis_points >= requested and result.basis_points % 2500 == 0)
    end
  end
end)
