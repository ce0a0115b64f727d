-- Financial counseling: the financial-assistance (charity care) discount actually applied.
--
-- This file holds RevCycle's DEFAULT counseling policy. Do not edit it for one site: put your
-- changes in your site's own script folder (listed under `scripts:` in
-- config/sites/<site>.yaml, after Scripts/default). A policy registered in a later folder
-- replaces the one here.
--
-- A payload is lent for one call: read it, loop over it with pairs, copy what you want to keep.
-- It cannot take new fields (that raises an error), and RevCycle refills it for the next call.
--
-- Try a change before you enable it:
--   revcycle scripts check --site <site>
--   revcycle scripts test --site <site>
--   revcycle scripts hooks --hook counseling.fa.discount
--
-- Background: tax-exempt hospitals must have a written financial-assistance policy (IRS
-- 501(r)) and may not charge eligible patients more than the "amounts generally billed" (AGB)
-- for emergency or medically necessary care. A common policy is a full discount at or below
-- 200% of the federal poverty level and a sliding discount from 201% to 400%. The counselor
-- applies the policy and requests a discount; this hook lets the site's own formula have the
-- last word (rounding to tiers, small-balance write-offs, caps).


-- ---------------------------------------------------------------------------------------------
-- counseling.fa.discount
--
-- WHAT IT DECIDES
--   The discount applied to an account for an APPROVED financial-assistance application.
--   Discounts are in basis points: percent x 100, so 6000 = 60% and 10000 = 100% (the whole
--   patient balance is forgiven).
--
-- PAYLOAD
--   account                 string   the encounter account, such as "A7"
--   application             string   the assistance application, such as "FA-2026-0113"
--   patient_owes_cents      integer  the patient balance before the discount, in cents (0 or more)
--   requested_basis_points  integer  the discount the counselor requested, 1 to 10000
--
-- RESULT
--   {}                                         apply what the counselor requested
--   { basis_points = 7500, note = "why" }      apply 75% instead, and show the note
--   basis_points  optional, a Lua INTEGER from 0 to 10000 (use // and math.floor/ceil results
--                 converted with math.tointeger; 7500.0 is a float and is refused)
--   note          optional, at most 200 characters, shown to the counselor
--
-- ON FAILURE (different from the other hooks!)
--   If the script raises an error, runs too long, or returns a bad result, the discount is
--   REFUSED: nothing is applied and the counselor sees the error. RevCycle does not guess a
--   patient's discount. Fix the script, then apply the discount again.
--
-- THE DEFAULT
--   Apply exactly what the counselor requested: the policy returns {}.
--
-- Example change: (round up to the next full 25% tier; forgive balances under $50 entirely)
--
--   revcycle.policy("counseling.fa.discount", function(request)
--     if request.patient_owes_cents < 5000 then
--       return { basis_points = 10000, note = "Balance under $50: forgiven in full" }
--     end
--     local tier = (request.requested_basis_points + 2499) // 2500 * 2500
--     return { basis_points = tier, note = "Rounded up to the next 25% tier" }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("counseling.fa.discount", function(request)
  return {}
end)


-- ---------------------------------------------------------------------------------------------
-- counseling.fa.presumptive
--
-- WHAT IT DECIDES
--   Whether a patient qualifies for financial assistance WITHOUT a full application
--   (`revcycle counseling application presumptive`), from what the counselor found out.
--
-- PAYLOAD
--   guarantor                        string   "G3"
--   reason                           string   "medicaid", "homeless", "snap", "wic", "other-program",
--                                             "estimated-income" or "deceased-no-estate"
--   household_size                   integer  0 when unknown
--   percent_of_poverty_basis_points  integer  estimated income as percent of the poverty line x 100
--                                             (20000 = 200%); -1 when there is no estimate
--   patient_owes_cents               integer  what the guarantor owes now
--
-- RESULT
--   { eligible = true|false, discount_basis_points = 0..10000, note = "kept with the decision" }
--   discount_basis_points is optional: 10000 (100%) when eligible and absent.
--
-- ON FAILURE
--   Nobody is presumed eligible ({ eligible = false }); the counselor takes a full application.
--
-- THE DEFAULT
--   Medicaid, SNAP, WIC, other means-tested programs, homelessness, and a deceased patient with no
--   estate: full assistance. An estimated income at or under 200% of the poverty line: full
--   assistance. Otherwise: not presumed (take an application). Every presumptive approval tells
--   the patient they may still apply for more.
--
-- Example change: (presume 50% between 200% and 300% of the poverty line)
--
--   revcycle.policy("counseling.fa.presumptive", function(p)
--     local fpl = p.percent_of_poverty_basis_points
--     if fpl >= 0 and fpl <= 20000 then return { eligible = true } end
--     if fpl > 20000 and fpl <= 30000 then return { eligible = true, discount_basis_points = 5000 } end
--     return { eligible = false, note = "take a full application" }
--   end)
-- ---------------------------------------------------------------------------------------------
local PROGRAMS = { medicaid = true, homeless = true, snap = true, wic = true, ["other-program"] = true,
                   ["deceased-no-estate"] = true }
local FULL_ASSISTANCE_UP_TO = 20000 -- 200% of the poverty line, in basis points

revcycle.policy("counseling.fa.presumptive", function(p)
  if PROGRAMS[p.reason] then
    return { eligible = true, discount_basis_points = 10000, note = "presumed eligible: " .. p.reason }
  end
  local fpl = p.percent_of_poverty_basis_points
  if p.reason == "estimated-income" and fpl >= 0 and fpl <= FULL_ASSISTANCE_UP_TO then
    return { eligible = true, discount_basis_points = 10000,
             note = string.format("estimated income %d.%02d%% of the poverty line", fpl // 100, fpl % 100) }
  end
  return { eligible = false, note = "not presumed eligible: take a full application" }
end)


-- ---------------------------------------------------------------------------------------------
-- EVENTS counseling publishes (your handlers react; they decide nothing)
--
--   counseling.fa.application.received   fields: guarantor, application ("FA12"), status
--                                         ("complete" or "incomplete"), complete_by ("YYYY-MM-DD" or "")
--   counseling.fa.application.completed  fields: guarantor, application
--   counseling.fa.application.approved   one per visit: account, fields: guarantor, application,
--                                         patient_owes_cents, charity_cents, discount_basis_points
--   counseling.fa.application.denied     fields: guarantor, application, reason
--   counseling.gfe.dispute.filed         account, fields: guarantor, dispute ("D4"), provider, over_cents
--   counseling.gfe.dispute.resolved      account, fields: guarantor, dispute, outcome
--
-- RevCycle's collections module already reacts to them (holds, suspended or reversed actions,
-- refunds); a site's handler runs in addition.
--
-- Example change: (tell the collector who works a guarantor when their application is approved)
--
--   revcycle.on("counseling.fa.application.approved", function(event)
--     revcycle.tasks.create{ role = "collections", account = event.account, priority = "normal",
--                            title = "Assistance approved (" .. event.fields.application .. "): stop calls" }
--   end)
-- ---------------------------------------------------------------------------------------------
