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
