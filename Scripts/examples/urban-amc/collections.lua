-- Lakeshore University Medical Center (urban academic center): the collections worklist, and
-- a financial-assistance check after large patient payments.
--
-- The policy here REPLACES the default collections.priority
-- (Scripts/default/collections.lua) for this site only. The event handler ADDS to the
-- default one (which keeps logging). These are examples written for this sample site.
--
-- Lakeshore has a team of collectors and a large book of balances: the dollars are in the large,
-- old balances, so those come first. Balances younger than a statement cycle are left alone,
-- and balances still waiting on insurance sink.

local CENTS_PER_BALANCE_POINT = 2500  -- 1 point per $25.00 owed ...
local MAX_BALANCE_POINTS = 600        -- ... up to 600 (reached at $15,000.00)
local GRACE_DAYS = 30                 -- no age points during the first statement cycle ...
local AGE_POINTS_PER_DAY = 2          -- ... then 2 points per day ...
local MAX_AGE_POINTS = 300            -- ... up to 300 (reached at 180 days)
local LARGE_OLD_CENTS = 250000        -- $2,500.00 or more ...
local LARGE_OLD_DAYS = 120            -- ... and 120 days or older ...
local LARGE_OLD_BONUS = 100           -- ... gets 100 more points (501(r) notice review is due)
local FALLBACK_MINIMUM_CENTS = 1000   -- if the site parameter cannot be read: $10.00

-- A patient payment this large triggers a financial-assistance check.
local LARGE_PATIENT_PAYMENT_CENTS = 250000 -- $2,500.00
local FA_CHECK_DUE_DAYS = 7

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)       "$12,345.67" from 1234567 (cents must be an integer)
--   revcycle.date.add_days(date, n)    "2026-11-09" from ("2026-11-02", 7); dates are
--                                       "YYYY-MM-DD", and a malformed one is an error
local dollars = revcycle.money.format

local function clamp(value, low, high)
  return math.max(low, math.min(high, value))
end

-- A whole number of cents from an event field (event fields are text), or 0.
local function cents_field(text)
  return math.tointeger(tonumber(text or "") or 0) or 0
end

-- The site's minimum statement balance in cents (parameters.collections in
-- config/sites/urban-amc.yaml: $10.00).
local function minimum_statement_cents()
  local value = revcycle.lookup.parameter("collections.minimum_statement_balance")
  return math.tointeger(value) or FALLBACK_MINIMUM_CENTS
end

-- collections.priority (see Scripts/default/collections.lua for the payload and result)
--
--     balance points  1 per $25.00 owed, at most 600
--   + age points      0 for the first 30 days, then 2 per day, at most 300
--   + 100             when $2,500.00 or more is 120 days or older (the 501(r) 120-day mark:
--                     the account needs its notice review before any collection action)
--   = score, then
--     divided by 4    when the pending insurance is at least what the patient owes
--     divided by 2    when some (smaller) insurance amount is pending
--   A balance under the site's minimum statement balance scores 0.
revcycle.policy("collections.priority", function(guarantor)
  local owes = guarantor.patient_owes_cents
  local minimum = minimum_statement_cents()
  if owes <= 0 or owes < minimum then
    return { priority = 0, reason = "Under the minimum statement balance of " .. dollars(minimum) }
  end

  local age = guarantor.oldest_service_days
  local balance_points = clamp(owes // CENTS_PER_BALANCE_POINT, 0, MAX_BALANCE_POINTS)
  local age_points = clamp((age - GRACE_DAYS) * AGE_POINTS_PER_DAY, 0, MAX_AGE_POINTS)
  local score = balance_points + age_points
  local reason = string.format("%s owed (%d pts), oldest visit %d days (%d pts)",
    dollars(owes), balance_points, age, age_points)

  if owes >= LARGE_OLD_CENTS and age >= LARGE_OLD_DAYS then
    score = score + LARGE_OLD_BONUS
    reason = reason .. string.format(" +%d large and past %d days", LARGE_OLD_BONUS, LARGE_OLD_DAYS)
  end

  local pending = guarantor.pending_insurance_cents
  if pending > 0 and pending >= owes then
    score = score // 4
    reason = reason .. string.format("; /4: %s pending with insurance", dollars(pending))
  elseif pending > 0 then
    score = score // 2
    reason = reason .. string.format("; /2: %s pending with insurance", dollars(pending))
  end

  return { priority = clamp(score, 0, 1000), reason = reason:sub(1, 200) }
end)


-- EVENT collections.payment.posted (see Scripts/default/collections.lua for the event's fields)
--
-- When a patient pays $2,500.00 or more at once, a financial counselor checks (within 7 days)
-- that the patient was offered financial assistance. Under IRS 501(r) a patient may apply up
-- to 240 days after the first post-discharge statement, and if found eligible, whatever they
-- paid above the discounted amount must be refunded: better to screen them now.
revcycle.on("collections.payment.posted", function(event)
  local fields = event.fields or {}
  local amount = cents_field(fields.amount_cents)
  if amount < LARGE_PATIENT_PAYMENT_CENTS or not event.account then return end

  -- The day it was posted, "2026-11-02" from occurred_at "2026-11-02T15:00:00Z" (nil if absent).
  -- This is the UTC date, which can be one day after the local date in the evening.
  local posted_on = tostring(event.occurred_at or ""):match("^%d%d%d%d%-%d%d%-%d%d")
  revcycle.tasks.create{
    role = "counseling",
    kind = "fa-check-after-large-payment",
    account = event.account,
    priority = "normal",
    due = posted_on and revcycle.date.add_days(posted_on, FA_CHECK_DUE_DAYS),
    title = string.format("Patient paid %s on %s: confirm financial assistance was offered",
      dollars(amount), event.account),
    detail = string.format(
      "Paid by %s (ref %s). If the patient has not been screened, offer the plain-language summary; "
        .. "an approved application within 240 days means refunding the overpayment (501(r)).",
      fields.method or "?", fields.reference or "?"),
  }
end)
