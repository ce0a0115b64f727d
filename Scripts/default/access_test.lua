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
