-- Tests Prairie Valley's registration rules (Scripts/examples/rural-cah/access.lua).
local HOOK = "access.registration.validate"

local function registration(overrides)
  local r = { mrn = "100500", family_name = "Olsen", given_name = "Kari", birth_date = "1990-05-04",
              age_years = 36, site = "rural-cah", has_separate_guarantor = false }
  for key, value in pairs(overrides or {}) do r[key] = value end
  return r
end

local function errors_for(overrides)
  local result, outcome = revcycle.test.call_policy(HOOK, registration(overrides))
  expect_eq(outcome.status, "decided", outcome.error)
  return result.errors
end

test("an adult who is their own guarantor is accepted", function()
  expect_eq(errors_for{}, {})
end)

test("a child without a parent or guardian as guarantor is refused", function()
  local errors = errors_for{ given_name = "Leo", age_years = 7, birth_date = "2019-07-21" }
  expect_eq(errors, { "Leo Olsen is 7: patients under 18 need a parent or legal guardian as guarantor before registering." })
end)

test("a child with a separate guarantor is accepted", function()
  expect_eq(errors_for{ age_years = 7, has_separate_guarantor = true }, {})
end)

test("17 needs a guarantor, 18 does not", function()
  expect_eq(#errors_for{ age_years = 17 }, 1)
  expect_eq(errors_for{ age_years = 18 }, {})
end)

test("the samples: the adult passes, the 7-year-old without a guarantor does not", function()
  local samples = revcycle.test.samples(HOOK)
  expect_eq(revcycle.test.call_policy(HOOK, samples[1]).errors, {})
  expect_eq(#revcycle.test.call_policy(HOOK, samples[2]).errors, 1)
end)

test("the MRN must be 6 to 10 digits", function()
  expect_eq(errors_for{ mrn = "1234567890" }, {})
  expect_eq(#errors_for{ mrn = "12345" }, 1)
  expect_eq(#errors_for{ mrn = "12345678901" }, 1)
  expect_eq(#errors_for{ mrn = "10-0500" }, 1)
  expect_eq(#errors_for{ mrn = "PV100500" }, 1)
end)

test("a typed-in MRN on a minor reports both problems", function()
  expect_eq(#errors_for{ mrn = "A1", age_years = 3 }, 2)
end)

test("demographics in the payload do not change Prairie Valley's rules", function()
  expect_eq(errors_for{ sex = "F", state = "IL", zip = "62704-1234", phone = "3125550142", email = "kari@example.com",
                        preferred_language = "no", contact_channels = { "mail", "phone" }, text_consent = false,
                        guarantor_relationship = "self" }, {})
  expect_eq(#errors_for{ age_years = 7, guarantor_relationship = "self", phone = nil }, 1)
end)
