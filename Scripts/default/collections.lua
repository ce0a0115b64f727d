-- Collections: the order of the collections worklist, and what happens when a patient pays.
--
-- This file holds RevCycle's DEFAULT collections policies. Do not edit it for one site: put
-- your changes in your site's own script folder (listed under `scripts:` in
-- config/sites/<site>.yaml, after Scripts/default). A policy registered in a later folder
-- replaces the one here. Event handlers ADD UP: yours runs in addition to the one below.
--
-- A payload is lent for one call: read it, loop over it with pairs, copy what you want to keep.
-- It cannot take new fields (that raises an error), and RevCycle refills it for the next call.
--
-- Try a change before you enable it:
--   revcycle scripts check --site <site>
--   revcycle scripts test --site <site>
--   revcycle scripts hooks --hook collections.worklist.priority
--   revcycle collections balances --site <site>     (the worklist, in the order the policy gives)

-- The default score, in points (the total is 0 to 1000):
local CENTS_PER_BALANCE_POINT = 1000 -- 1 point per $10.00 the patient owes ...
local MAX_BALANCE_POINTS = 500       -- ... up to 500 points (reached at $5,000.00)
local MAX_AGE_POINTS = 500           -- 1 point per day since the oldest open visit, up to 500
local PENDING_INSURANCE_DIVISOR = 2  -- halve the score while insurance has not paid yet

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)   "$12,345.67" from 1234567, "-$0.05" from -5 (cents must be
--                                   an integer: a float such as 12.5 is an error)
local dollars = revcycle.money.format

-- Keeps a whole number between low and high.
local function clamp(value, low, high)
  return math.max(low, math.min(high, value))
end


-- ---------------------------------------------------------------------------------------------
-- collections.worklist.priority
--
-- WHAT IT DECIDES
--   The order of the collections worklist (`revcycle collections balances`). RevCycle asks the
--   policy once per guarantor whose patient balance is at least the site's minimum statement
--   balance (parameters.collections.minimum_statement_balance; $5.00 unless the site sets
--   another). Higher priority is worked first; ties go to the larger balance.
--
-- PAYLOAD
--   guarantor                string   the guarantor, such as "G3"
--   patient_owes_cents       integer  what the patient side owes across the guarantor's open
--                                     accounts, in cents (negative = a credit)
--   pending_insurance_cents  integer  what insurance has not paid yet on those accounts, in
--                                     cents (the patient's share may still change)
--   accounts                 integer  how many open accounts the guarantor has
--   oldest_service_days      integer  days since the oldest open visit's date of service
--
-- RESULT
--   { priority = <whole number 0..1000>, reason = "shown to the collector" }
--   priority  must be a Lua INTEGER from 0 to 1000: use // (integer division), never / , or
--             the result is refused (3 / 2 is 1.5, 3 // 2 is 1; 200 / 2 is 100.0, a float).
--   reason    optional, at most 200 characters.
--
-- ON FAILURE
--   The error is logged with the file and line and the default is used: { priority = 0 } for
--   that guarantor, so it sinks to the bottom of the list (sorted by balance among equals).
--
-- THE DEFAULT (a transparent score)
--     balance points = 1 per $10.00 owed, at most 500 ($5,000.00 and up all score 500)
--   + age points     = 1 per day since the oldest open visit, at most 500
--   = score; halved (rounded down) while some insurance is still pending, because the
--     patient's share may change when the payer pays.
--   A guarantor with nothing owed (or a credit) scores 0.
--   Example: $425.00 owed, oldest visit 95 days ago, no insurance pending: 42 + 95 = 137.
--
-- Example change: (small balances a single phone call can close come first)
--
--   revcycle.policy("collections.worklist.priority", function(g)
--     if g.patient_owes_cents > 0 and g.patient_owes_cents < 20000 then
--       return { priority = 900, reason = "Under $200: one call can close it" }
--     end
--     local points = math.min(g.patient_owes_cents // 1000, 500)
--     return { priority = points, reason = "1 point per $10 owed" }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("collections.worklist.priority", function(guarantor)
  local owes = guarantor.patient_owes_cents
  if owes <= 0 then
    return { priority = 0, reason = "Nothing owed by the patient" }
  end

  local balance_points = clamp(owes // CENTS_PER_BALANCE_POINT, 0, MAX_BALANCE_POINTS)
  local age_points = clamp(guarantor.oldest_service_days, 0, MAX_AGE_POINTS)
  local score = balance_points + age_points
  local reason = string.format("%s owed (%d pts) + oldest visit %d days (%d pts)",
    dollars(owes), balance_points, guarantor.oldest_service_days, age_points)

  if guarantor.pending_insurance_cents > 0 then
    score = score // PENDING_INSURANCE_DIVISOR
    reason = reason .. string.format("; halved: %s still pending with insurance",
      dollars(guarantor.pending_insurance_cents))
  end

  return { priority = clamp(score, 0, 1000), reason = reason }
end)


-- ---------------------------------------------------------------------------------------------
-- EVENT collections.payment.posted
--
-- WHEN IT RUNS
--   After a patient's payment (cash, check or card) has been posted to an encounter account.
--   The posting is already saved: a handler cannot change or undo it. It can log and create
--   work items (revcycle.tasks.create). RevCycle itself already puts a collections task in the
--   queue for any payment that leaves a credit balance ("refund it or apply it to another
--   visit"); do not duplicate that.
--
-- EVENT (the table your function receives)
--   event        string   "collections.payment.posted"
--   site         string   the site id
--   sequence     integer  the event's number in the site's event log
--   occurred_at  string   when it was posted, ISO-8601 UTC ("2026-11-02T15:00:00Z")
--   account      string   the encounter account, such as "A7" (may be absent)
--   patient      string   the patient (may be absent)
--   fields       table of TEXT values (convert with tonumber):
--     amount_cents  the amount received, in cents, such as "5000"
--     credit_cents  the part of the payment that became a credit balance, in cents ("0" if none)
--     method        "cash", "check" or "card"
--     reference     check number, receipt number or the card gateway's charge id
--
-- ON FAILURE
--   An error in a handler is logged and reported; the payment stays posted and other handlers
--   still run.
--
-- THE DEFAULT
--   Logs the payment at "info" level. Nothing else.
--
-- Example change: (a counselor calls back anyone who pays $1,000 or more in cash)
--
--   revcycle.on("collections.payment.posted", function(event)
--     local amount = tonumber(event.fields.amount_cents) or 0
--     if event.fields.method == "cash" and amount >= 100000 and event.account then
--       revcycle.tasks.create{ role = "counseling", account = event.account, priority = "normal",
--                              title = "Large cash payment: offer a payment plan or assistance" }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.on("collections.payment.posted", function(event)
  local fields = event.fields or {}
  revcycle.log("info", "patient payment posted", {
    account = event.account or "",
    method = fields.method or "",
    amount_cents = fields.amount_cents or "",
    credit_cents = fields.credit_cents or "",
    reference = fields.reference or "",
    sequence = event.sequence,
  })
end)
