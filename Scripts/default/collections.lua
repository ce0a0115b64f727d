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
--   revcycle scripts hooks --hook collections.priority
--   revcycle collections worklist --site <site>     (the worklist, in the order the policy gives)

-- The default score, in points (the total is 0 to 1000):
local CENTS_PER_BALANCE_POINT = 1000 -- 1 point per $10.00 the patient owes ...
local MAX_BALANCE_POINTS = 500       -- ... up to 500 points (reached at $5,000.00)
local MAX_AGE_POINTS = 500           -- 1 point per day since the oldest open visit, up to 500
local PENDING_INSURANCE_DIVISOR = 2  -- halve the score while insurance has not paid yet
local BROKEN_PROMISE_POINTS = 50     -- each broken promise to pay adds 50 points ...
local MAX_BROKEN_PROMISE_POINTS = 150 -- ... up to 150
local LATE_PLAN_POINTS = 100         -- a payment plan behind on its installments
local DEFAULTED_PLAN_POINTS = 150    -- a payment plan in default
local CURRENT_PLAN_DIVISOR = 4       -- a plan paid on time needs little work
local RECENT_CONTACT_DAYS = 7        -- someone spoke or wrote to them in the last week ...
local RECENT_CONTACT_DIVISOR = 2     -- ... so halve the score
local RECENT_PAYMENT_POINTS = 100    -- paying something in the last 90 days takes off 100 points
local PROPENSITY_POINTS = { high = 50, medium = 0, low = -50, new = 0, unknown = 0 } -- a call is worth more where it pays

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)   "$12,345.67" from 1234567, "-$0.05" from -5 (cents must be
--                                   an integer: a float such as 12.5 is an error)
local dollars = revcycle.money.format

-- Keeps a whole number between low and high.
local function clamp(value, low, high)
  return math.max(low, math.min(high, value))
end


-- ---------------------------------------------------------------------------------------------
-- collections.priority
--
-- WHAT IT DECIDES
--   The order of the collections worklist (`revcycle collections worklist`). RevCycle asks the
--   policy once per guarantor whose patient balance is at least the site's minimum statement
--   balance (parameters.collections.minimum_statement_balance; $5.00 unless the site sets
--   another). Higher priority is worked first; ties go to the larger balance.
--
-- PAYLOAD
--   guarantor                   string   the guarantor, such as "G3"
--   patient_owes_cents          integer  what the patient side owes across the guarantor's open
--                                        accounts, in cents (negative = a credit)
--   pending_insurance_cents     integer  what insurance has not paid yet on those accounts
--   accounts                    integer  how many open accounts the guarantor has
--   oldest_service_days         integer  days since the oldest open visit's date of service
--   days_since_last_contact     integer  days since the last logged contact; -1 = never
--   plan                        string   "none", "current", "late" or "defaulted"
--   payments_last_90_days_cents integer  what the patient side paid in the last 90 days
--   broken_promises             integer  promises to pay whose date passed unpaid
--   propensity                  string   "high", "medium", "low", "new" or "unknown": the segment
--                                        `revcycle analytics propensity --record` last kept
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
-- THE DEFAULT (a transparent score, every step named in the reason)
--     balance points  = 1 per $10.00 owed, at most 500
--   + age points      = 1 per day since the oldest open visit, at most 500
--   + 50 per broken promise (at most 150); + 100 for a late plan, + 150 for a defaulted one
--   - 100 when something was paid in the last 90 days; + 50 for a high propensity to pay, - 50 for
--   a low one (a low one is better helped by counseling than by calls)
--   then: divided by 4 on a current plan; halved when contacted in the last 7 days; halved
--   while insurance is pending (each rounded down). Nothing owed (or a credit) scores 0.
--   Example: $425.00 owed, oldest visit 95 days, one broken promise: 42 + 95 + 50 = 187.
--
-- Example change: (small balances a single phone call can close come first)
--
--   revcycle.policy("collections.priority", function(g)
--     if g.patient_owes_cents > 0 and g.patient_owes_cents < 20000 then
--       return { priority = 900, reason = "Under $200: one call can close it" }
--     end
--     local points = math.min(g.patient_owes_cents // 1000, 500)
--     return { priority = points, reason = "1 point per $10 owed" }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("collections.priority", function(guarantor)
  local owes = guarantor.patient_owes_cents
  if owes <= 0 then
    return { priority = 0, reason = "Nothing owed by the patient" }
  end

  local balance_points = clamp(owes // CENTS_PER_BALANCE_POINT, 0, MAX_BALANCE_POINTS)
  local age_points = clamp(guarantor.oldest_service_days, 0, MAX_AGE_POINTS)
  local score = balance_points + age_points
  local reason = string.format("%s owed (%d pts) + oldest visit %d days (%d pts)",
    dollars(owes), balance_points, guarantor.oldest_service_days, age_points)

  if guarantor.broken_promises > 0 then
    local points = math.min(guarantor.broken_promises * BROKEN_PROMISE_POINTS, MAX_BROKEN_PROMISE_POINTS)
    score = score + points
    reason = reason .. string.format(" + %d broken promise(s) (%d pts)", guarantor.broken_promises, points)
  end
  if guarantor.plan == "late" then
    score = score + LATE_PLAN_POINTS
    reason = reason .. string.format(" + plan behind (%d pts)", LATE_PLAN_POINTS)
  elseif guarantor.plan == "defaulted" then
    score = score + DEFAULTED_PLAN_POINTS
    reason = reason .. string.format(" + plan in default (%d pts)", DEFAULTED_PLAN_POINTS)
  end
  local propensity = PROPENSITY_POINTS[guarantor.propensity] or 0
  if propensity ~= 0 then
    score = math.max(score + propensity, 0)
    reason = reason .. string.format(" %s propensity %s (%d pts)", propensity > 0 and "+" or "-", guarantor.propensity,
      math.abs(propensity))
  end
  if guarantor.payments_last_90_days_cents > 0 then
    score = math.max(score - RECENT_PAYMENT_POINTS, 0)
    reason = reason .. string.format(" - paid %s in 90 days (%d pts)",
      dollars(guarantor.payments_last_90_days_cents), RECENT_PAYMENT_POINTS)
  end
  if guarantor.plan == "current" then
    score = score // CURRENT_PLAN_DIVISOR
    reason = reason .. "; quartered: on a current payment plan"
  end
  local contact = guarantor.days_since_last_contact
  if contact >= 0 and contact < RECENT_CONTACT_DAYS then
    score = score // RECENT_CONTACT_DIVISOR
    reason = reason .. string.format("; halved: contacted %d day(s) ago", contact)
  end
  if guarantor.pending_insurance_cents > 0 then
    score = score // PENDING_INSURANCE_DIVISOR
    reason = reason .. string.format("; halved: %s still pending with insurance",
      dollars(guarantor.pending_insurance_cents))
  end

  return { priority = clamp(score, 0, 1000), reason = reason:sub(1, 200) }
end)


-- ---------------------------------------------------------------------------------------------
-- collections.dunning.next_step
--
-- WHAT IT DECIDES
--   What a statement run (`revcycle collections statements run`) sends each guarantor today:
--   a statement, a reminder, a past-due notice, a final notice, or nothing yet. RevCycle asks
--   only for guarantors who owe at least the site's minimum statement balance and have no hold
--   that stops statements (bankruptcy, deceased, a dispute, a pending assistance application,
--   a manual hold).
--
-- PAYLOAD
--   guarantor                        string   "G3"
--   balance_cents                    integer  what the patient side owes now
--   pending_insurance_cents          integer  still with insurance (shown, never demanded)
--   statements_sent                  integer  letters sent so far for these balances
--   last_step                        string   "none", "statement", "reminder", "past-due" or
--                                             "final-notice"
--   days_since_last_statement        integer  -1 when none was sent
--   days_since_first_statement       integer  the 501(r) clock (-1 before the first statement)
--   paid_since_last_statement_cents  integer  patient payments since the last letter
--   plan                             string   "none", "current", "late" or "defaulted"
--   cycle_days                       integer  the site's statement cycle (default 30)
--
-- RESULT
--   { action = "send" | "wait", step = "statement" | "reminder" | "past-due" | "final-notice",
--     reason = "kept in the run log" }
--   A final notice carries the written 30-day notice of extraordinary collection actions that
--   501(r) requires; RevCycle records it, and no such action is allowed until 30 days after it.
--
-- ON FAILURE
--   Nothing is sent to that guarantor in this run ({ action = "wait" }), and the failure is
--   reported to the admins: a missed letter is better than a wrong final notice.
--
-- THE DEFAULT
--   One letter per cycle. First a statement; then, while nothing is paid, reminder, past due,
--   final notice, each a cycle apart. A payment since the last letter goes back to a plain
--   statement. A current plan gets a plain statement every cycle. After the final notice no
--   more letters (the account is worked from the worklist or placed with an agency).
--
-- Example change: (escalate every 21 days instead of every cycle)
--
--   revcycle.policy("collections.dunning.next_step", function(g)
--     if g.last_step == "none" then return { action = "send", step = "statement" } end
--     if g.days_since_last_statement < 21 then return { action = "wait", reason = "21-day cadence" } end
--     local after = { statement = "reminder", reminder = "past-due", ["past-due"] = "final-notice" }
--     local step = after[g.last_step]
--     if not step then return { action = "wait", reason = "final notice sent" } end
--     return { action = "send", step = step }
--   end)
-- ---------------------------------------------------------------------------------------------
local ESCALATION = { statement = "reminder", reminder = "past-due", ["past-due"] = "final-notice" }

revcycle.policy("collections.dunning.next_step", function(g)
  if g.last_step == "none" then
    return { action = "send", step = "statement", reason = "first statement" }
  end
  if g.days_since_last_statement < g.cycle_days then
    return { action = "wait", reason = string.format("last letter %d days ago; cycle is %d days",
      g.days_since_last_statement, g.cycle_days) }
  end
  if g.plan == "current" then
    return { action = "send", step = "statement", reason = "on a current payment plan" }
  end
  if g.paid_since_last_statement_cents > 0 then
    return { action = "send", step = "statement",
             reason = dollars(g.paid_since_last_statement_cents) .. " paid since the last letter" }
  end
  local step = ESCALATION[g.last_step]
  if step == nil then
    return { action = "wait", reason = "final notice already sent: work it from the worklist" }
  end
  return { action = "send", step = step, reason = "nothing paid since the " .. g.last_step }
end)


-- ---------------------------------------------------------------------------------------------
-- collections.plan.terms
--
-- WHAT IT DECIDES
--   The limits of a payment plan for a balance (`revcycle collections plan create`): the
--   longest term, the smallest monthly installment and a down payment. RevCycle refuses terms
--   outside them and says which limit, and suggests the fewest months that work.
--
-- PAYLOAD
--   guarantor           string   "G3"
--   balance_cents       integer  the balance the plan would cover
--   requested_months    integer  what the patient asked for
--   down_payment_cents  integer  what the patient offers down
--   prior_defaults      integer  plans this guarantor defaulted on before
--
-- RESULT
--   { max_months = 3..120, min_installment_cents = >= 100, min_down_payment_cents = >= 0,
--     reason = "shown to staff" }
--
-- ON FAILURE
--   The safe default is used: up to 12 months, at least $25.00 a month, no down payment.
--
-- THE DEFAULT
--   Up to 12 months under $1,000, 24 months under $5,000, 60 months from $5,000; at least
--   $25.00 a month; after a defaulted plan, 10% down (rounded up to the cent).
--
-- Example change: (nothing beyond 36 months)
--
--   revcycle.policy("collections.plan.terms", function(p)
--     return { max_months = 36, min_installment_cents = 2500, reason = "36 months at most" }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("collections.plan.terms", function(p)
  local months = 60
  if p.balance_cents < 100000 then months = 12 elseif p.balance_cents < 500000 then months = 24 end
  local down = 0
  if p.prior_defaults > 0 then down = (p.balance_cents + 9) // 10 end
  return { max_months = months, min_installment_cents = 2500, min_down_payment_cents = down,
           reason = string.format("%s: up to %d months, $25.00 a month at least%s", dollars(p.balance_cents), months,
             down > 0 and (", " .. dollars(down) .. " down after a defaulted plan") or "") }
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
