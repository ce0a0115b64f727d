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

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)       "$12,345.67" from 1234567 (cents must be an integer)
--   revcycle.date.add_days(date, n)    "2026-12-17" from ("2026-11-02", 45); dates are
--                                       "YYYY-MM-DD", and a malformed one is an error
local dollars = revcycle.money.format

-- A whole number of cents from an event field (event fields are text), or 0.
local function cents_field(text)
  return math.tointeger(tonumber(text or "") or 0) or 0
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
  -- The day it was posted, "2026-11-02" from occurred_at "2026-11-02T15:00:00Z" (nil if absent).
  -- This is the UTC date, which can be one day after the local date in the evening.
  local posted_on = tostring(event.occurred_at or ""):match("^%d%d%d%d%-%d%d%-%d%d")
  revcycle.tasks.create{
    role = "billing",
    kind = "payer-overpayment",
    account = event.account,
    priority = "high",
    due = posted_on and revcycle.date.add_days(posted_on, OVERPAYMENT_DUE_DAYS),
    title = string.format("Refund a %s overpayment from %s on %s", dollars(credit), payer, event.account),
    detail = string.format(
      "Payment trace %s paid %s and left %s over. Send the refund or confirm an offset on a later "
        .. "remittance; Medicare/Medicaid overpayments are due back within 60 days (42 CFR 401.305).",
      fields.trace or "?", dollars(cents_field(fields.amount_cents)), dollars(credit)),
  }
end)
