-- Prairie Valley Critical Access Hospital (25 beds, rural): financial-assistance discounts.
--
-- The policy here REPLACES the default counseling.fa.discount (Scripts/default/counseling.lua)
-- for this site only. It is an example written for this sample site (its board's
-- financial-assistance policy is imagined here as "FAP section 4").
--
-- Remember: if this policy fails (an error, or a bad result), the discount is REFUSED and the
-- counselor sees the error. Keep it simple.

local TIER_BASIS_POINTS = 2500      -- discounts are whole 25% tiers: 25, 50, 75 or 100%
local FULL_DISCOUNT = 10000         -- 100%
local SMALL_BALANCE_CENTS = 5000    -- under $50.00 the whole balance is forgiven

-- "60%" from 6000 basis points, "62.5%" from 6250.
local function percent(basis_points)
  if basis_points % 100 == 0 then return string.format("%d%%", basis_points // 100) end
  return (string.format("%d.%02d", basis_points // 100, basis_points % 100):gsub("0$", "")) .. "%"
end

-- counseling.fa.discount (see Scripts/default/counseling.lua for the payload and result)
--
--   balance under $50.00   -> 100%: billing such a small remainder costs more than it brings,
--                             and the patient has already qualified for assistance.
--   otherwise              -> the requested discount rounded UP to the next full 25% tier
--                             (60% becomes 75%; 75% stays 75%), never down: the patient always
--                             gets at least what the counselor requested.
revcycle.policy("counseling.fa.discount", function(request)
  if request.patient_owes_cents < SMALL_BALANCE_CENTS then
    return { basis_points = FULL_DISCOUNT, note = "Balance under $50.00: forgiven in full (FAP section 4)" }
  end

  local requested = request.requested_basis_points
  local tier = (requested + TIER_BASIS_POINTS - 1) // TIER_BASIS_POINTS * TIER_BASIS_POINTS
  tier = math.min(tier, FULL_DISCOUNT)
  if tier == requested then
    return {} -- already a full tier: apply as requested
  end
  return {
    basis_points = tier,
    note = string.format("Rounded up from %s to the %s tier (FAP section 4)", percent(requested), percent(tier)),
  }
end)
