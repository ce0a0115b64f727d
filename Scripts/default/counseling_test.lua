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
