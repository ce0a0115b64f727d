-- Billing: charge review, and what happens when a payer's payment is posted.
--
-- This file holds RevCycle's DEFAULT billing policies. Do not edit it for one site: put your
-- changes in your site's own script folder (listed under `scripts:` in config/sites/<site>.yaml,
-- after Scripts/default). A policy registered in a later folder replaces the one here.
-- Event handlers are different: they ADD UP. A handler in your folder runs in addition to the
-- logging handler below, it does not replace it.
--
-- A payload is lent for one call: read it, loop over it with pairs, copy what you want to keep.
-- It cannot take new fields (that raises an error), and RevCycle refills it for the next call.
--
-- Try a change before you enable it:
--   revcycle scripts check --site <site>
--   revcycle scripts test --site <site>
--   revcycle scripts hooks --hook billing.charge.validate

-- Amounts are whole cents (integers). 1000000 cents = $10,000.00.
local HIGH_DOLLAR_CENTS = 1000000

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)   "$12,345.67" from 1234567, "-$0.05" from -5 (cents must be
--                                   an integer: a float such as 12.5 is an error)
local dollars = revcycle.money.format


-- ---------------------------------------------------------------------------------------------
-- billing.charge.validate
--
-- WHAT IT DECIDES
--   Reviews one charge before it posts to an account. The policy returns "edits": an edit with
--   severity "error" refuses the charge and shows its message; an edit with severity "warning"
--   lets the charge post and shows the message to the biller.
--
-- PAYLOAD
--   account             string   the encounter account, such as "A7"
--   code                string   CPT/HCPCS code, upper case, such as "99213" or "J1885"
--   amount_cents        integer  the charge in cents (12500 = $125.00); always at least 1
--   liability           string   who is billed first: "patient" (self-pay) or
--                                "insurance:<PAYER>", such as "insurance:MEDICARE"
--   service_date        string   the date of service, "YYYY-MM-DD"
--   days_since_service  integer  days from the date of service to today (negative = future)
--
-- RESULT
--   { edits = { { severity = "error" | "warning", message = "..." }, ... } }
--   edits      at most 20; message at most 200 characters. No other fields are allowed.
--
-- ON FAILURE
--   The error is logged with the file and line and the default is used: { edits = {} }, so the
--   charge posts without edits.
--
-- THE DEFAULT
--   A single charge of $10,000.00 or more posts with a warning (a typo in units or price is the
--   usual cause). Nothing is refused.
--
-- Example change: (refuse self-pay venipuncture and warn earlier, at $5,000)
--
--   revcycle.policy("billing.charge.validate", function(charge)
--     local edits = {}
--     if charge.code == "36415" and charge.liability == "patient" then
--       edits[#edits + 1] = { severity = "error",
--                             message = "Self-pay venipuncture (36415) is included in the visit." }
--     end
--     if charge.amount_cents >= 500000 then
--       edits[#edits + 1] = { severity = "warning", message = "Charge of $5,000 or more: check it." }
--     end
--     return { edits = edits }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("billing.charge.validate", function(charge)
  local edits = {}
  if charge.amount_cents >= HIGH_DOLLAR_CENTS then
    edits[#edits + 1] = {
      severity = "warning",
      message = string.format("High-dollar charge: %s for %s is %s or more; check the units and price.",
        dollars(charge.amount_cents), charge.code, dollars(HIGH_DOLLAR_CENTS)),
    }
  end
  return { edits = edits }
end)


-- ---------------------------------------------------------------------------------------------
-- EVENT billing.payment.posted
--
-- WHEN IT RUNS
--   After a payer's payment (an ERA line or a check) has been posted to an encounter account.
--   The posting is already saved: a handler cannot change or undo it. It can log and create
--   work items (revcycle.tasks.create). RevCycle itself already puts a collections task in the
--   queue for any payment that leaves a credit balance; do not duplicate that.
--
-- EVENT (the table your function receives)
--   event        string   "billing.payment.posted"
--   site         string   the site id
--   sequence     integer  the event's number in the site's event log
--   occurred_at  string   when it was posted, ISO-8601 UTC ("2026-11-02T15:00:00Z")
--   account      string   the encounter account, such as "A7" (may be absent)
--   patient      string   the patient (may be absent)
--   fields       table of TEXT values (convert with tonumber):
--     amount_cents  the amount paid, in cents, such as "125000"
--     credit_cents  the part of the payment that became a credit balance, in cents ("0" if none)
--     payer         the payer's code, such as "MEDICARE"
--     trace         the EFT or check trace number
--
-- ON FAILURE
--   An error in a handler is logged and reported; the payment stays posted and other handlers
--   still run.
--
-- THE DEFAULT
--   Logs the payment at "info" level. Nothing else.
--
-- Example change: (a billing task for every payer payment of $50,000 or more)
--
--   revcycle.on("billing.payment.posted", function(event)
--     local amount = tonumber(event.fields.amount_cents) or 0
--     if amount >= 5000000 and event.account then
--       revcycle.tasks.create{ role = "billing", priority = "high", account = event.account,
--                              title = "Review a large payment from " .. (event.fields.payer or "?") }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.on("billing.payment.posted", function(event)
  local fields = event.fields or {}
  revcycle.log("info", "payer payment posted", {
    account = event.account or "",
    payer = fields.payer or "",
    amount_cents = fields.amount_cents or "",
    credit_cents = fields.credit_cents or "",
    trace = fields.trace or "",
    sequence = event.sequence,
  })
end)


-- ---------------------------------------------------------------------------------------------
-- billing.claim.scrub
--
-- WHAT IT DECIDES
--   The site's own claim edits, run after RevCycle's built-in ones (required data, NPI check
--   digits, diagnosis pointers, dates, the payer's timely-filing window, duplicates, modifier
--   sanity). An error keeps the claim in draft until someone fixes it; a warning is shown to the
--   biller. Clean-claim counts for analytics come from these scrubs.
--
-- PAYLOAD
--   claim               string   the patient control number, such as "RC12"
--   account             string   the encounter, such as "A7"
--   payer               string   the payer's code ("AETNA")
--   priority            string   "primary", "secondary" or "tertiary"
--   frequency           string   "1" original, "7" replacement, "8" void
--   total_cents         integer  the claim's total charge
--   service_date        string   the first date of service, "YYYY-MM-DD"
--   days_since_service  integer  days from the service to today
--   diagnoses           list     ICD-10-CM codes with the dot, principal first ("E11.9")
--   lines               list     one table per service line:
--                                  code (string), modifiers (list of strings), units (integer),
--                                  charge_cents (integer), diagnosis_pointers (list of integers),
--                                  provider_npi (string)
--   built_in_errors     integer  how many errors the built-in edits already found
--
-- RESULT
--   { edits = { { severity = "error" | "warning", message = "one sentence" }, ... } }
--   At most 20 edits, each message at most 200 characters. An empty list adds nothing.
--
-- ON FAILURE
--   An error or a timeout is logged with file and line, a task goes to the site admin, and the
--   built-in edits alone decide.
--
-- THE DEFAULT
--   No site edits.
--
-- Example change: (Aetna wants a prior authorization on file for brain MRI)
--
--   revcycle.policy("billing.claim.scrub", function(claim)
--     local edits = {}
--     if claim.payer == "AETNA" then
--       for _, line in ipairs(claim.lines) do
--         if line.code >= "70551" and line.code <= "70553" then
--           edits[#edits + 1] = { severity = "error",
--                                 message = "Aetna requires a prior authorization number for MRI " .. line.code .. "." }
--         end
--       end
--     end
--     return { edits = edits }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("billing.claim.scrub", function(claim)
  return { edits = {} }
end)


-- ---------------------------------------------------------------------------------------------
-- billing.denial.route
--
-- WHAT IT DECIDES
--   Whose worklist a denied claim goes to, and how urgently, when an 835 denies all or part of
--   it. The task carries the denial codes in plain words; this policy only routes it.
--
-- PAYLOAD
--   claim               string   the claim's control number, such as "RC12"
--   payer               string   the payer's code
--   denied_cents        integer  the amount denied
--   reasons             list     group and reason codes ("CO-197", "OA-18")
--   remarks             list     remark codes ("N54")
--   days_since_service  integer  days from the date of service to today
--   timely_filing_days  integer  the payer's filing window (a corrected claim must reach it in time)
--
-- RESULT
--   { role = "billing" | "access" | "counseling" | "collections", priority = 1..5,
--     assignee = "user name" (optional), note = "text" (optional) }
--
-- ON FAILURE
--   An error or a result of the wrong shape is logged and reported to the admins, and the denial
--   goes to billing at normal priority.
--
-- THE DEFAULT
--   Registration and eligibility denials (CARC 22 other payer, 27 after coverage ended,
--   31 not our member, 109 wrong payer, 197 no authorization) go to patient access; the rest
--   to billing. Urgent when fewer than 30 days of the filing window remain; high from $1,000.
--
-- Example change: (medical-necessity denials to the coder "mlopez")
--
--   revcycle.policy("billing.denial.route", function(denial)
--     for _, reason in ipairs(denial.reasons) do
--       if reason == "CO-50" then
--         return { role = "billing", priority = 2, assignee = "mlopez", note = "medical necessity: review the notes" }
--       end
--     end
--     return { role = "billing", priority = 3 }
--   end)
-- ---------------------------------------------------------------------------------------------
local FRONT_DESK_REASONS = { ["22"] = true, ["27"] = true, ["31"] = true, ["109"] = true, ["197"] = true }

revcycle.policy("billing.denial.route", function(denial)
  local role = "billing"
  for _, reason in ipairs(denial.reasons) do
    local code = reason:match("%-(%w+)$")
    if code and FRONT_DESK_REASONS[code] then role = "access" end
  end
  local priority = 3
  if denial.denied_cents >= 100000 then priority = 2 end
  if denial.timely_filing_days - denial.days_since_service < 30 then priority = 1 end
  return { role = role, priority = priority }
end)


-- ---------------------------------------------------------------------------------------------
-- billing.claim.denied  (an event: your handler reacts; it decides nothing)
--
-- WHEN IT RUNS
--   After an 835 that denies all or part of a claim has been posted; the denial is already on
--   the worklist that billing.denial.route chose.
--
-- EVENT (the table your handler receives)
--   name      string   "billing.claim.denied"
--   account   string   the encounter account, such as "A7"
--   fields    table    claim         the claim's control number ("RC12")
--                      payer         the payer's code
--                      denied_cents  the amount denied, as a string of digits
--                      reasons       group and reason codes separated by spaces ("CO-197 CO-16")
--   sequence  integer  the event's number in the site's event log
--
-- ON FAILURE
--   An error in a handler is logged and reported; the posting stays and other handlers still run.
--
-- THE DEFAULT
--   Logs the denial at "info" level. Nothing else.
--
-- Example change: (tell counseling when a denial leaves a patient with a large balance to discuss)
--
--   revcycle.on("billing.claim.denied", function(event)
--     if (tonumber(event.fields.denied_cents) or 0) >= 200000 then
--       revcycle.tasks.create{ role = "counseling", account = event.account, priority = "normal",
--                              title = "Large denial on " .. event.fields.claim .. ": check for assistance" }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.on("billing.claim.denied", function(event)
  local fields = event.fields or {}
  revcycle.log("info", "claim denied", {
    account = event.account or "",
    claim = fields.claim or "",
    payer = fields.payer or "",
    denied_cents = fields.denied_cents or "",
    reasons = fields.reasons or "",
    sequence = event.sequence,
  })
end)


-- ---------------------------------------------------------------------------------------------
-- billing.claim.adjudicated  (an event: your handler reacts; it decides nothing)
--
-- WHEN IT RUNS
--   After each claim of an 835 has been posted (paid, partly paid, denied or reversed). Patient
--   statements and explanations read these events to say WHY the patient owes what they owe.
--
-- EVENT (the table your handler receives)
--   name      string   "billing.claim.adjudicated"
--   account   string   the encounter account, such as "A7"
--   fields    table of TEXT values (convert amounts with tonumber):
--     claim, payer, trace        the claim ("RC12"), the payer's code, the 835's trace number
--     reversal                   "true" when the payer took back an earlier answer (amounts are
--                                those taken back), else "false"
--     responsible                "patient", or "insurance:<PAYER>" when a secondary payer takes
--                                the patient's share
--     charge_cents               the claim's charges as the payer read them (CLP03)
--     adjustments                every CAS adjustment as group:reason:cents, separated by ;
--                                ("CO:45:9400;PR:1:10000")
--     remarks                    RARC remark codes separated by spaces ("N54 M15")
--     paid_cents, contractual_cents, denied_cents
--     deductible_cents, coinsurance_cents, copay_cents, not_covered_cents, other_patient_cents
--                                the patient's share by reason (PR-1, PR-2, PR-3, non-covered, other)
--
-- ON FAILURE
--   An error in a handler is logged and reported; the posting stays and other handlers still run.
--
-- THE DEFAULT
--   No handler: RevCycle's own modules read these events from the event log.
--
-- Example change: (a counselor calls anyone left with a deductible of $2,500 or more)
--
--   revcycle.on("billing.claim.adjudicated", function(event)
--     if event.fields.reversal == "false" and event.fields.responsible == "patient"
--        and (tonumber(event.fields.deductible_cents) or 0) >= 250000 then
--       revcycle.tasks.create{ role = "counseling", account = event.account, priority = "normal",
--                              title = "Large deductible on " .. event.fields.claim .. ": offer a plan or assistance" }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------


-- ---------------------------------------------------------------------------------------------
-- billing.charge.posted  (an event: your handler reacts; it decides nothing)
--
-- WHEN IT RUNS
--   After a charge line is posted to an encounter account (a repeat of the same charge posts
--   nothing and publishes nothing). Counseling reads these to compare a self-pay bill with its
--   good-faith estimate, provider by provider.
--
-- EVENT
--   account   string   the encounter account ("A7")
--   fields    table of TEXT values: code, units, amount_cents, provider_npi, liability
--             ("patient" or "insurance:<PAYER>"), service_date ("YYYY-MM-DD")
--
-- THE DEFAULT
--   No handler.
--
-- Example change: (a task when one self-pay charge is $5,000 or more)
--
--   revcycle.on("billing.charge.posted", function(event)
--     if event.fields.liability == "patient" and (tonumber(event.fields.amount_cents) or 0) >= 500000 then
--       revcycle.tasks.create{ role = "counseling", account = event.account, priority = "normal",
--                              title = "Large self-pay charge: screen for assistance" }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
