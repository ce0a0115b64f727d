-- Patient access: the site's own registration rules.
--
-- This file holds RevCycle's DEFAULT access policies. Do not edit it for one site: put your
-- changes in your site's own script folder (listed under `scripts:` in config/sites/<site>.yaml,
-- after Scripts/default). A policy registered in a later folder replaces the one here; the
-- rest of this file keeps working.
--
-- A payload is lent for one call: read it, loop over it with pairs, copy what you want to keep.
-- It cannot take new fields (that raises an error), and RevCycle refills it for the next call.
--
-- Try a change before you enable it:
--   revcycle scripts check --site <site>     (syntax, hook names, results on sample payloads)
--   revcycle scripts test --site <site>      (your folder's *_test.lua files)
--   revcycle scripts hooks --hook access.registration.validate


-- ---------------------------------------------------------------------------------------------
-- access.registration.validate
--
-- WHAT IT DECIDES
--   Whether a new registration is accepted. RevCycle has already checked the basics (valid
--   dates, a name, a unique MRN) before it asks this policy; the policy adds the site's own
--   rules. Each problem it returns is shown to the registrar, and any problem refuses the
--   registration until it is fixed.
--
-- PAYLOAD (the table your function receives)
--   mrn                     string   the medical record number being registered
--   family_name             string   last name
--   given_name              string   first name
--   birth_date              string   date of birth, "YYYY-MM-DD"
--   age_years               integer  age today in whole years (0 to 150)
--   site                    string   the site id, such as "default"
--   has_separate_guarantor  boolean  true when an existing guarantor (a parent, a spouse) is
--                                    responsible for the bills; false when the patient is their
--                                    own guarantor
--
--   The fields below may be nil (absent) when the registrar did not give them, so test them
--   before use (`if registration.phone then ... end`).
--   sex                     string   "F", "M", "X" or "U" (unknown)
--   state                   string   the address's USPS code ("IL", "DC", "PR"); nil without an address
--   zip                     string   "62704" or "62704-1234"; nil without an address
--   phone                   string   ten digits, no punctuation ("3125550142")
--   email                   string   the address, domain in lowercase
--   preferred_language      string   ISO 639 code: "en", "es", "hmn"
--   contact_channels        list     the channels the patient allows: "mail", "phone", "text", "email"
--   text_consent            boolean  the patient gave explicit consent to text messages (TCPA)
--   guarantor_relationship  string   "self", "spouse", "parent", "guardian" or "other"
--
-- RESULT (what your function returns)
--   { errors = { "one sentence per problem", ... } }
--   errors   list of strings (at most 20, each at most 200 characters). An empty list accepts
--            the registration.
--
-- ON FAILURE
--   If the script raises an error, runs too long, or returns a result of the wrong shape, the
--   error is logged with the file and line, and the default is used: { errors = {} }, i.e.
--   the registration is accepted on RevCycle's built-in checks alone.
--
-- THE DEFAULT
--   No extra rules: every registration that passed the built-in checks is accepted.
--
-- Example change: (a pediatric clinic requires a parent or guardian as guarantor, and a phone)
--
--   revcycle.policy("access.registration.validate", function(registration)
--     local errors = {}
--     if registration.age_years < 18 and not registration.has_separate_guarantor then
--       errors[#errors + 1] = "Patients under 18 need a parent or guardian as guarantor."
--     end
--     if registration.age_years < 18 and registration.guarantor_relationship ~= "parent"
--        and registration.guarantor_relationship ~= "guardian" then
--       errors[#errors + 1] = "A minor's guarantor must be a parent or legal guardian."
--     end
--     if not registration.phone then
--       errors[#errors + 1] = "Give a phone number so we can confirm the appointment."
--     end
--     return { errors = errors }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("access.registration.validate", function(registration)
  return { errors = {} }
end)


-- ---------------------------------------------------------------------------------------------
-- access.checkin.amount_due
--
-- WHAT IT DECIDES
--   What the front desk asks the patient to pay at check-in: the copay, how much of an earlier
--   balance, and any deposit toward today's visit. RevCycle adds the three parts, shows them on
--   the screen and the receipt, and takes the payment through the card gateway (or cash/check).
--   A registrar who collects less must record why.
--
-- PAYLOAD
--   appointment          string   the visit, such as "V3"
--   patient              string   the patient, such as "P12"
--   age_years            integer  the patient's age today
--   self_pay             boolean  true when no coverage is active on the visit date
--   copay_cents          integer  the plan's copay for this visit, from the eligibility answer on
--                                 file (0 when there is none or the plan has no copay)
--   copay_verified       boolean  true when copay_cents comes from an eligibility answer
--   prior_balance_cents  integer  what the guarantor owes the patient share of earlier visits
--   estimate_cents       integer  the patient's share in this visit's estimate (0 without one)
--   services             list     the planned CPT/HCPCS codes ("99213", "80053")
--
-- RESULT
--   { copay_cents = N, prior_balance_cents = N, deposit_cents = N, note = "why" }
--   Each amount is whole cents, 0 or more. copay_cents may not exceed the payload's copay_cents,
--   prior_balance_cents the payload's prior_balance_cents, and deposit_cents the payload's
--   estimate_cents: a result outside those bounds is refused and the default below is used.
--   note (optional, up to 200 characters) is shown to the registrar and printed on the receipt.
--
-- ON FAILURE
--   An error, a timeout or a result out of bounds is logged with file and line, a task goes to
--   the site admin, and nothing is asked (all three parts 0) with a note saying so.
--
-- THE DEFAULT
--   The copay and the whole prior balance; from self-pay patients, a deposit of half the visit's
--   good-faith estimate, at most $300.00. Insured patients pay no deposit.
--
-- Example change: (ask at most $200 of an old balance, and no deposit from patients under 18)
--
--   revcycle.policy("access.checkin.amount_due", function(visit)
--     local deposit = 0
--     if visit.self_pay and visit.age_years >= 18 then
--       deposit = math.min(visit.estimate_cents // 2, 30000)
--     end
--     return { copay_cents = visit.copay_cents,
--              prior_balance_cents = math.min(visit.prior_balance_cents, 20000),
--              deposit_cents = deposit,
--              note = "old balances: up to $200 at the desk, the rest by statement" }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("access.checkin.amount_due", function(visit)
  local deposit = 0
  local note = "copay and prior balance"
  if visit.self_pay and visit.estimate_cents > 0 then
    deposit = math.min(visit.estimate_cents // 2, 30000)
    note = "self-pay: a deposit of half the good-faith estimate, at most $300"
  end
  return { copay_cents = visit.copay_cents, prior_balance_cents = visit.prior_balance_cents,
           deposit_cents = deposit, note = note }
end)


-- ---------------------------------------------------------------------------------------------
-- access.estimate.adjust
--
-- WHAT IT DECIDES
--   A site's own change to a patient's estimate, after RevCycle computed it: from the payer's fee
--   schedule and the plan's benefits on the eligibility answer (an insured estimate), or from the
--   chargemaster prices (a good-faith estimate for an uninsured or self-pay patient). The
--   adjustment is printed on the estimate as its own line, with your note.
--
-- PAYLOAD
--   kind                        string   "insured" or "good-faith"
--   patient                     string   the patient, such as "P12"
--   appointment                 string   the visit, such as "V3"
--   payer                       string   the primary payer's code ("AETNA"); nil for good-faith
--   services                    list     the planned CPT/HCPCS codes
--   total_charges_cents         integer  the chargemaster prices of the services
--   allowed_cents               integer  what the plan allows (equal to the charges for good-faith)
--   patient_cents               integer  the patient's share as computed
--   deductible_remaining_cents  integer  the deductible left before this visit (0 for good-faith)
--
-- RESULT
--   { adjustment_cents = N, note = "why" }
--   adjustment_cents  whole cents added to the patient's share: negative for a discount,
--                     positive for a safety margin. The adjusted share must stay between 0 and
--                     total_charges_cents, or the result is refused and the default is used.
--   note              optional, up to 200 characters, printed beside the adjustment.
--
-- ON FAILURE
--   An error, a timeout or an adjustment out of bounds is logged with file and line, a task goes
--   to the site admin, and the estimate is issued unadjusted.
--
-- THE DEFAULT
--   No adjustment.
--
-- Example change: (a 30% self-pay discount on good-faith estimates, to the cent, rounded down)
--
--   revcycle.policy("access.estimate.adjust", function(estimate)
--     if estimate.kind == "good-faith" then
--       return { adjustment_cents = -(estimate.patient_cents * 30 // 100),
--                note = "30% self-pay discount when paid within 30 days of the bill" }
--     end
--     return { adjustment_cents = 0 }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("access.estimate.adjust", function(estimate)
  return { adjustment_cents = 0 }
end)


-- ---------------------------------------------------------------------------------------------
-- access.checkin.completed  (an event: your handler reacts; it decides nothing)
--
-- WHEN IT RUNS
--   After a check-in is recorded: the visit's account is open and any payment taken at the desk
--   is posted.
--
-- EVENT
--   name      string   "access.checkin.completed"
--   account   string   the visit's new account, such as "A12"
--   fields    table    appointment           the appointment ("V3")
--                      amount_due_cents      what the desk asked for, as a string of digits
--                      collected_cents       what was paid, as a string of digits
--                      method                "cash", "check", "card" or "none"
--                      not_collected_reason  why less was collected ("" when all was)
--                      provider_npi          the appointment's rendering provider
--                      services              the planned codes, separated by spaces ("99213 80053")
--   sequence  integer  the event's number in the site's event log
--
-- ON FAILURE
--   An error in a handler is logged and reported; the check-in stays recorded.
--
-- THE DEFAULT
--   Logs the check-in at "info" level. Nothing else.
--
-- Example change: (a collections task when a copay was not collected)
--
--   revcycle.on("access.checkin.completed", function(event)
--     if event.fields.not_collected_reason ~= "" then
--       revcycle.tasks.create{ role = "collections", account = event.account, priority = "low",
--                              title = "Copay not collected at check-in: " .. event.fields.not_collected_reason }
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.on("access.checkin.completed", function(event)
  local fields = event.fields or {}
  revcycle.log("info", "checked in", {
    account = event.account or "",
    appointment = fields.appointment or "",
    collected_cents = fields.collected_cents or "",
    method = fields.method or "",
    sequence = event.sequence,
  })
end)


-- ---------------------------------------------------------------------------------------------
-- access.estimate.issued  (an event: your handler reacts; it decides nothing)
--
-- WHEN IT RUNS
--   After a good-faith estimate is issued to a self-pay patient (No Surprises Act). Counseling
--   keeps each provider's expected charges to compare with the final bill.
--
-- EVENT
--   patient   string   the patient ("P3")
--   fields    table of TEXT values: estimate (its number), appointment ("V3"), kind ("good-faith"),
--             providers ("NPI=cents;NPI=cents"), total_cents, issued_on ("YYYY-MM-DD")
--
-- THE DEFAULT
--   No handler.
--
-- Example change: (log every estimate over $10,000)
--
--   revcycle.on("access.estimate.issued", function(event)
--     if (tonumber(event.fields.total_cents) or 0) >= 1000000 then
--       revcycle.log("info", "large good-faith estimate", { appointment = event.fields.appointment })
--     end
--   end)
-- ---------------------------------------------------------------------------------------------
