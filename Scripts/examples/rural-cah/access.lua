-- Prairie Valley Critical Access Hospital (25 beds, rural): registration rules.
--
-- These policies REPLACE the defaults in Scripts/default/access.lua for this site only
-- (config/sites/rural-cah.yaml loads Scripts/default first, then this folder).
-- The rules below are an example written for this sample site; a real hospital writes its own
-- from its registration and financial policies.

-- Prairie Valley's EHR issues numeric medical record numbers of 6 to 10 digits.
local MRN_PATTERN = "^%d%d%d%d%d%d%d?%d?%d?%d?$"
local ADULT_AGE = 18

-- access.registration.validate (see Scripts/default/access.lua for the payload and result)
--
-- Prairie Valley's rules:
--   1. A patient under 18 needs a separate guarantor (a parent or legal guardian) on file,
--      since a minor cannot sign the financial agreement. Emancipated minors are registered by
--      the patient access supervisor, who records the minor as their own guarantor first.
--   2. The MRN must be the EHR's numeric format (6 to 10 digits): a letter or a dash in it
--      means it was typed by hand instead of scanned from the EHR wristband label.
-- Any error refuses the registration and is shown to the registrar as written here.
revcycle.policy("access.registration.validate", function(registration)
  local errors = {}
  if registration.age_years < ADULT_AGE and not registration.has_separate_guarantor then
    errors[#errors + 1] = string.format(
      "%s %s is %d: patients under %d need a parent or legal guardian as guarantor before registering.",
      registration.given_name, registration.family_name, registration.age_years, ADULT_AGE)
  end
  if not registration.mrn:match(MRN_PATTERN) then
    errors[#errors + 1] = "The MRN must be 6 to 10 digits, as printed by the EHR; scan it from the label."
  end
  return { errors = errors }
end)
