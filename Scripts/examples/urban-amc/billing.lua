-- Lakeshore University Medical Center (urban academic center): charge review and large payer
-- payments.
--
-- The policy here REPLACES the default billing.charge.validate (Scripts/default/billing.lua)
-- for this site only: the default's high-dollar warning is re-stated below with Lakeshore's
-- own threshold. The event handler ADDS to the default one (which keeps logging).
-- The rules below are an example written for this sample site.

-- Surgical and oncology charges of several thousand dollars are routine here.
local HIGH_DOLLAR_CENTS = 2500000 -- $25,000.00 (the default warns at $10,000.00)

-- Timely filing: warn when this few days are left before the payer's filing limit.
local FILING_WARNING_DAYS = 30

-- E/M level-5 office visits (new and established patient). Billed self-pay they are the most
-- frequent complaint to patient financial services, so the coder confirms them.
local LEVEL_5_VISITS = { ["99205"] = true, ["99215"] = true }

-- A payer payment this large is checked against the contract before the account closes.
local LARGE_PAYER_PAYMENT_CENTS = 5000000 -- $50,000.00
local LARGE_PAYMENT_DUE_BUSINESS_DAYS = 2

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)                "$12,345.67" from 1234567 (cents must be an
--                                                integer)
--   revcycle.date.add_business_days(date, n)    "2026-11-04" from ("2026-11-02", 2): skips
--                                                Saturdays and Sundays (not holidays); dates are
--                                                "YYYY-MM-DD", and a malformed one is an error
local dollars = revcycle.money.format

-- A whole number of cents from an event field (event fields are text), or 0.
local function cents_field(text)
  return math.tointeger(tonumber(text or "") or 0) or 0
end

-- Messages are at most 200 characters.
local function edit(severity, message)
  return { severity = severity, message = message:sub(1, 200) }
end

-- billing.charge.validate (see Scripts/default/billing.lua for the payload and result)
--
-- Lakeshore's rules:
--   1. TIMELY FILING. For a charge billed to insurance ("insurance:<PAYER>"), the payer's
--      filing limit comes from the site's payer table (config/sites/urban-amc.yaml,
--      timely_filing_days: Medicare 365, Aetna 90, BCBSIL 180, Medicaid 365).
--        - past the limit: the charge is REFUSED. The payer will deny it (CARC 29) and the
--          contract forbids billing the patient instead; the biller routes the visit to the
--          timely-filing write-off review rather than posting a charge nobody will pay.
--        - 30 days or fewer left: posts with a warning, so the claim goes out first.
--        - a payer missing from the table: posts with a warning (the limit was not checked).
--   2. LEVEL-5 SELF-PAY. 99205 or 99215 billed to the patient posts with a warning: the coder
--      confirms the documentation supports level 5, and that the good-faith estimate the
--      patient received (No Surprises Act) listed it.
--   3. HIGH DOLLAR. A single charge of $25,000.00 or more posts with a warning.
revcycle.policy("billing.charge.validate", function(charge)
  local edits = {}

  local payer_code = charge.liability:match("^insurance:(.+)$")
  if payer_code then
    local payer = revcycle.lookup.payer(payer_code)
    if payer == nil then
      edits[#edits + 1] = edit("warning", string.format(
        "Payer %s is not in Lakeshore's payer table: its timely filing limit was not checked.", payer_code))
    else
      local days_left = payer.timely_filing_days - charge.days_since_service
      if days_left < 0 then
        edits[#edits + 1] = edit("error", string.format(
          "Past %s's %d-day filing limit: the service on %s was %d days ago. Send it to timely-filing write-off review.",
          payer.code, payer.timely_filing_days, charge.service_date, charge.days_since_service))
      elseif days_left <= FILING_WARNING_DAYS then
        edits[#edits + 1] = edit("warning", string.format(
          "Only %d day(s) left to file with %s (%d-day limit, service %s): send the claim today.",
          days_left, payer.code, payer.timely_filing_days, charge.service_date))
      end
    end
  end

  if charge.liability == "patient" and LEVEL_5_VISITS[charge.code] then
    edits[#edits + 1] = edit("warning", string.format(
      "Level-5 visit %s billed self-pay: confirm the note supports level 5 and the good-faith estimate listed it.",
      charge.code))
  end

  if charge.amount_cents >= HIGH_DOLLAR_CENTS then
    edits[#edits + 1] = edit("warning", string.format(
      "High-dollar charge: %s for %s is %s or more; check units and price.",
      dollars(charge.amount_cents), charge.code, dollars(HIGH_DOLLAR_CENTS)))
  end

  return { edits = edits }
end)


-- EVENT billing.payment.posted (see Scripts/default/billing.lua for the event's fields)
--
-- A payer payment of $50,000.00 or more gets a high-priority billing task, due in 2 business
-- days: compare the paid amount with the contract rate and the remittance (835) before the
-- account is closed. Large payments are where contract underpayments and misapplied payments
-- cost the most.
revcycle.on("billing.payment.posted", function(event)
  local fields = event.fields or {}
  local amount = cents_field(fields.amount_cents)
  if amount < LARGE_PAYER_PAYMENT_CENTS or not event.account then return end

  local payer = fields.payer or "the payer"
  -- The day it was posted, "2026-11-02" from occurred_at "2026-11-02T15:00:00Z" (nil if absent).
  -- This is the UTC date, which can be one day after New York's date in the evening.
  local posted_on = tostring(event.occurred_at or ""):match("^%d%d%d%d%-%d%d%-%d%d")
  revcycle.tasks.create{
    role = "billing",
    kind = "large-payer-payment",
    account = event.account,
    priority = "high",
    due = posted_on and revcycle.date.add_business_days(posted_on, LARGE_PAYMENT_DUE_BUSINESS_DAYS),
    title = string.format("Verify a %s payment from %s on %s against the contract", dollars(amount), payer, event.account),
    detail = string.format(
      "Trace %s. Compare the paid amount with the contract rate and the 835 remittance before closing the account.",
      fields.trace or "?"),
  }
end)
