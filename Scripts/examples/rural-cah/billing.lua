-- Prairie Valley Critical Access Hospital (25 beds, rural): charge review and payer overpayments.
--
-- The policy here REPLACES the default billing.charge.validate (Scripts/default/billing.lua)
-- for this site only. The event handler ADDS to the default one (which keeps logging).
-- The rules below are an example written for this sample site.

-- A charge this large is rare at a 25-bed hospital, so the biller looks twice.
local HIGH_DOLLAR_CENTS = 500000 -- $5,000.00 (the default warns at $10,000.00)

-- A payer overpayment above this leaves a refund the billing office must send back.
local PAYER_OVERPAYMENT_CENTS = 10000 -- $100.00
-- Medicare and Medicaid overpayments must be reported and returned within 60 days of being
-- identified (Affordable Care Act section 6402(a); 42 CFR 401.305). We give billing 45 days,
-- leaving two weeks of margin; commercial contracts are usually longer.
local OVERPAYMENT_DUE_DAYS = 45

-- "$12,345.67" from 1234567 cents.
local function dollars(cents)
  local sign = cents < 0 and "-" or ""
  cents = math.abs(cents)
  local whole = tostring(cents // 100):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return string.format("%s$%s.%02d", sign, whole, cents % 100)
end

-- A whole number of cents from an event field (event fields are text), or 0.
local function cents_field(text)
  return math.tointeger(tonumber(text or "") or 0) or 0
end

-- Calendar arithmetic without the os library: days since 1970-01-01 and back
-- (the civil-calendar algorithm of H. Hinnant, proleptic Gregorian).
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
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

-- "2026-12-17" from ("2026-11-02T15:00:00Z", 45); nil if the timestamp has no date.
-- The date is the UTC date, which can be one day after the local date in the evening.
local function date_after(timestamp, days)
  local y, m, d = tostring(timestamp or ""):match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return nil end
  local when = days_from_civil(tonumber(y), tonumber(m), tonumber(d)) + days
  return string.format("%04d-%02d-%02d", civil_from_days(when))
end


-- billing.charge.validate (see Scripts/default/billing.lua for the payload and result)
--
-- Prairie Valley's rules:
--   1. A date of service in the future is refused: charges are entered after the visit, so a
--      future date is a typing mistake (often the year) and would make the claim deny.
--   2. A single charge of $5,000.00 or more posts with a warning (the default says $10,000).
revcycle.policy("billing.charge.validate", function(charge)
  local edits = {}
  if charge.days_since_service < 0 then
    edits[#edits + 1] = {
      severity = "error",
      message = string.format("The date of service %s is in the future: check the date (and the year).",
        charge.service_date),
    }
  end
  if charge.amount_cents >= HIGH_DOLLAR_CENTS then
    edits[#edits + 1] = {
      severity = "warning",
      message = string.format("High-dollar charge for Prairie Valley: %s for %s is %s or more; check units and price.",
        dollars(charge.amount_cents), charge.code, dollars(HIGH_DOLLAR_CENTS)),
    }
  end
  return { edits = edits }
end)


-- EVENT billing.payment.posted (see Scripts/default/billing.lua for the event's fields)
--
-- When a payer pays more than $100.00 beyond what it owed, the billing office gets a task to
-- refund the payer (or confirm an offset on a later remittance), due in 45 days.
-- RevCycle's own credit-balance task goes to collections for every credit; this one is for
-- the billing office, only for payer overpayments, with the refund deadline attached.
revcycle.on("billing.payment.posted", function(event)
  local fields = event.fields or {}
  local credit = cents_field(fields.credit_cents)
  if credit <= PAYER_OVERPAYMENT_CENTS or not event.account then return end

  local payer = fields.payer or "the payer"
  revcycle.tasks.create{
    role = "billing",
    kind = "payer-overpayment",
    account = event.account,
    priority = "high",
    due = date_after(event.occurred_at, OVERPAYMENT_DUE_DAYS),
    title = string.format("Refund a %s overpayment from %s on %s", dollars(credit), payer, event.account),
    detail = string.format(
      "Payment trace %s paid %s and left %s over. Send the refund or confirm an offset on a later "
        .. "remittance; Medicare/Medicaid overpayments are due back within 60 days (42 CFR 401.305).",
      fields.trace or "?", dollars(cents_field(fields.amount_cents)), dollars(credit)),
  }
end)
