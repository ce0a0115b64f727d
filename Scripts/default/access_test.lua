-- Pins the default access.registration.validate: no site rules, every registration accepted.
local HOOK = "access.registration.validate"

local function registration(overrides)
  local r = { mrn = "100500", family_name = "Nguyen", given_name = "Bao", birth_date = "1990-05-04",
              age_years = 36, site = "default", has_separate_guarantor = false }
  for key, value in pairs(overrides or {}) do r[key] = value end
  return r
end

test("every sample registration is accepted", function()
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    local result, outcome = revcycle.test.call_policy(HOOK, payload)
    expect_eq(outcome.status, "decided")
    expect_eq(result, { errors = {} })
  end
end)

test("a child without a separate guarantor is accepted by default", function()
  local result = revcycle.test.call_policy(HOOK, registration{ age_years = 7, birth_date = "2019-07-21" })
  expect_eq(result.errors, {})
end)

test("a newborn and a centenarian are accepted", function()
  expect_eq(revcycle.test.call_policy(HOOK, registration{ age_years = 0, has_separate_guarantor = true }).errors, {})
  expect_eq(revcycle.test.call_policy(HOOK, registration{ age_years = 104 }).errors, {})
end)

-- Pins the default access.checkin.amount_due: copay + prior balance; self-pay deposit = half the
-- estimate, capped at $300.
local CHECKIN = "access.checkin.amount_due"

local function visit(overrides)
  local v = { appointment = "V1", patient = "P1", age_years = 40, self_pay = false, copay_cents = 3000,
              copay_verified = true, prior_balance_cents = 0, estimate_cents = 0, services = { "99213" } }
  for key, value in pairs(overrides or {}) do v[key] = value end
  return v
end

test("an insured patient is asked the copay and the prior balance, no deposit", function()
  local result = revcycle.test.call_policy(CHECKIN, visit{ prior_balance_cents = 12550, estimate_cents = 9000 })
  expect_eq(result.copay_cents, 3000)
  expect_eq(result.prior_balance_cents, 12550)
  expect_eq(result.deposit_cents, 0)
end)

test("a self-pay deposit is half the estimate, rounded down to the cent, at most $300", function()
  expect_eq(revcycle.test.call_policy(CHECKIN, visit{ self_pay = true, copay_cents = 0, estimate_cents = 40501 }).deposit_cents, 20250)
  expect_eq(revcycle.test.call_policy(CHECKIN, visit{ self_pay = true, copay_cents = 0, estimate_cents = 90000 }).deposit_cents, 30000)
  expect_eq(revcycle.test.call_policy(CHECKIN, visit{ self_pay = true, copay_cents = 0, estimate_cents = 0 }).deposit_cents, 0)
end)

test("every sample is decided within the payload's bounds", function()
  for _, payload in ipairs(revcycle.test.samples(CHECKIN)) do
    local result, outcome = revcycle.test.call_policy(CHECKIN, payload)
    expect_eq(outcome.status, "decided")
    expect_true(result.copay_cents <= payload.copay_cents, "copay within the plan's")
    expect_true(result.deposit_cents <= payload.estimate_cents, "deposit within the estimate")
  end
end)

-- Pins the default access.estimate.adjust: no adjustment, insured or good-faith.
test("estimates are issued unadjusted by default", function()
  for _, payload in ipairs(revcycle.test.samples("access.estimate.adjust")) do
    local result, outcome = revcycle.test.call_policy("access.estimate.adjust", payload)
    expect_eq(outcome.status, "decided")
    expect_eq(result.adjustment_cents, 0)
  end
end)
