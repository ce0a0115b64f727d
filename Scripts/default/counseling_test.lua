-- Pins the default counseling.fa.discount: apply what the counselor requested (return {}).
local HOOK = "counseling.fa.discount"

test("the samples apply as requested", function()
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    local result, outcome = revcycle.test.call_policy(HOOK, payload)
    expect_eq(outcome.status, "decided")
    expect_eq(result, {})
  end
end)

test("a full discount and a tiny one are left as requested", function()
  local full = revcycle.test.call_policy(HOOK,
    { account = "A1", application = "FA-1", patient_owes_cents = 250000, requested_basis_points = 10000 })
  expect_eq(full, {})
  local tiny = revcycle.test.call_policy(HOOK,
    { account = "A2", application = "FA-2", patient_owes_cents = 0, requested_basis_points = 1 })
  expect_eq(tiny, {})
end)


local PRESUMPTIVE = "counseling.fa.presumptive"
local function presume(overrides)
  local p = { guarantor = "G1", reason = "estimated-income", household_size = 3, percent_of_poverty_basis_points = -1,
              patient_owes_cents = 10000 }
  for key, value in pairs(overrides or {}) do p[key] = value end
  local result, outcome = revcycle.test.call_policy(PRESUMPTIVE, p)
  expect_eq(outcome.status, "decided", outcome.error)
  return result
end

test("presumptive: programs and homelessness are full assistance", function()
  for _, reason in ipairs({ "medicaid", "homeless", "snap", "wic", "other-program", "deceased-no-estate" }) do
    local r = presume{ reason = reason }
    expect_true(r.eligible)
    expect_eq(r.discount_basis_points, 10000)
  end
end)

test("presumptive: an estimated income at exactly 200% qualifies, one basis point above does not", function()
  expect_true(presume{ percent_of_poverty_basis_points = 20000 }.eligible)
  expect_eq(presume{ percent_of_poverty_basis_points = 20001 }.eligible, false)
  expect_eq(presume{ percent_of_poverty_basis_points = -1 }.eligible, false)
end)
