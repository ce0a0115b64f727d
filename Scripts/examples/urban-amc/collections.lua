-- Lakeshore University Medical Center (urban academic center): the collections worklist, and
-- a financial-assistance check after large patient payments.
--
-- The policy here REPLACES the default collections.worklist.priority
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

-- "$12,345.67" from 1234567 cents.
local function dollars(cents)
  local sign = cents < 0 and "-" or ""
  cents = math.abs(cents)
  local whole = tostring(cents // 100):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return string.format("%s$%s.%02d", sign, whole, cents % 100)
end

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

-- Calendar arithmetic without the os library (H. Hinnant's civil-calendar algorithm).
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = z // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

-- "2026-11-09" from ("2026-11-02T15:00:00Z", 7); nil if the timestamp has no date (UTC date).
local function date_after(timestamp, days)
  local y, m, d = tostring(timestamp or ""):match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return nil end
  return string.format("%04d-%02d-%02d", civil_from_days(days_from_civil(tonumber(y), tonumber(m), tonumber(d)) + days))
end


-- collections.worklist.priority (see Scripts/default/collections.lua for the payload and result)
--
--     balance points  1 per $25.00 owed, at most 600
--   + age points      0 for the first 30 days, then 2 per day, at most 300
--   + 100             when $2,500.00 or more is 120 days or older (the 501(r) 120-day mark:
--                     the account needs its notice review before any collection action)
--   = score, then
--     divided by 4    when the pending insurance is at least what the patient owes
--     divided by 2    when some (smaller) insurance amount is pending
--   A balance under the site's minimum statement balance scores 0.
revcycle.policy("collections.worklist.priority", function(guarantor)
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

  revcycle.tasks.create{
    role = "counseling",
    kind = "fa-check-after-large-payment",
    account = event.account,
    priority = "normal",
    due = date_after(event.occurred_at, FA_CHECK_DUE_DAYS),
    title = string.format("Patient paid %s on %s: confirm financial assistance was offered",
      dollars(amount), event.account),
    detail = string.format(
      "Paid by %s (ref %s). If the patient has not been screened, offer the plain-language summary; "
        .. "an approved application within 240 days means refunding the overpayment (501(r)).",
      fields.method or "?", fields.reference or "?"),
  }
end)
