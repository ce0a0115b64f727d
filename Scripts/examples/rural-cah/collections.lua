-- Prairie Valley Critical Access Hospital (25 beds, rural): the collections worklist.
--
-- The policy here REPLACES the default collections.priority
-- (Scripts/default/collections.lua) for this site only. It is an example written for this
-- sample site.
--
-- Prairie Valley has one part-time collector who knows most patients. Small balances that a
-- single friendly call can close are worked first; large balances are usually a sign that the
-- patient needs financial counseling, not more calls, so they score lower than at a big
-- hospital. Balances still waiting on insurance go to the bottom.

local SMALL_BALANCE_CENTS = 25000   -- $250.00 and under is a "one call" balance
local SMALL_BALANCE_BASE = 700      -- small balances start at 700 points ...
local MAX_SMALL_AGE_POINTS = 300    -- ... plus 1 per day of age, up to 300 (so at most 1000)
local CENTS_PER_BALANCE_POINT = 2000 -- larger balances: 1 point per $20.00 ...
local MAX_BALANCE_POINTS = 300       -- ... up to 300 (reached at $6,000.00)
local MAX_AGE_POINTS = 365           -- plus 1 point per day of age, up to a year
local PENDING_INSURANCE_DIVISOR = 4  -- a quarter of the score while insurance has not paid

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)   "$12,345.67" from 1234567, "-$0.05" from -5 (cents must be
--                                   an integer: a float such as 12.5 is an error)
local dollars = revcycle.money.format

local function clamp(value, low, high)
  return math.max(low, math.min(high, value))
end

-- collections.priority (see Scripts/default/collections.lua for the payload and result)
--
--   nothing owed (or a credit)               -> 0
--   insurance still pending                  -> the score below, divided by 4
--   $250.00 or less                          -> 700 + 1 per day of age (max 300)
--   more than $250.00                        -> 1 per $20 owed (max 300) + 1 per day (max 365)
revcycle.policy("collections.priority", function(guarantor)
  local owes = guarantor.patient_owes_cents
  if owes <= 0 then
    return { priority = 0, reason = "Nothing owed by the patient" }
  end

  local age_days = math.max(guarantor.oldest_service_days, 0)
  local score, reason
  if owes <= SMALL_BALANCE_CENTS then
    local age_points = math.min(age_days, MAX_SMALL_AGE_POINTS)
    score = SMALL_BALANCE_BASE + age_points
    reason = string.format("Small balance (%s): one friendly call can close it; oldest visit %d days",
      dollars(owes), age_days)
  else
    local balance_points = math.min(owes // CENTS_PER_BALANCE_POINT, MAX_BALANCE_POINTS)
    local age_points = math.min(age_days, MAX_AGE_POINTS)
    score = balance_points + age_points
    reason = string.format("%s owed (%d pts) + oldest visit %d days (%d pts); offer financial counseling",
      dollars(owes), balance_points, age_days, age_points)
  end

  if guarantor.pending_insurance_cents > 0 then
    score = score // PENDING_INSURANCE_DIVISOR
    reason = string.format("Wait for insurance (%s pending): %s",
      dollars(guarantor.pending_insurance_cents), reason)
  end
  return { priority = clamp(score, 0, 1000), reason = reason:sub(1, 200) }
end)
