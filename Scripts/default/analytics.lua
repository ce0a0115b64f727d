-- Analytics: KPIs and reports.
--
-- The analytics module computes its KPIs (days in A/R, aged A/R over 90 days, clean claim rate,
-- denial rate, ...) in RevCycle itself, from the ledger and the claim history. The one policy a
-- site can script is the segment of a guarantor by propensity to pay (below).
--
-- Try a change before you enable it:
--   revcycle scripts check --site <site>
--   revcycle scripts test --site <site>
--   revcycle scripts hooks --hook analytics.propensity.score


-- ---------------------------------------------------------------------------------------------
-- analytics.propensity.score
--
-- WHAT IT DECIDES
--   A guarantor's segment by propensity to pay ("high", "medium", "low" or "new"), shown in
--   `revcycle analytics propensity` and used by the collections worklist.
--
-- PAYLOAD
--   guarantor                 string   "G3"
--   statements_sent           integer  statements sent so far
--   days_to_first_payment     integer  from the first statement to the first payment; -1 = never paid
--   share_paid_basis_points   integer  of what the patient side was billed, the share paid (x 100)
--   installments_due          integer  payment-plan installments due so far
--   installments_on_time      integer  of those, paid by their due date
--   balance_cents             integer  what the patient side owes now
--   coverage                  string   "insured", "self-pay" or "medicaid"
--   rule_segment              string   RevCycle's transparent rules' segment
--   rule_points               integer  the rules' points (see `revcycle analytics propensity --help`)
--
-- RESULT
--   { segment = "high" | "medium" | "low" | "new", reason = "shown in reports" }
--
-- ON FAILURE
--   The guarantor is segmented "new" (unknown) and the failure is reported.
--
-- THE DEFAULT
--   Keep RevCycle's rules: { segment = rule_segment }.
--
-- Example change: (Medicaid guarantors go to counseling, not to calls)
--
--   revcycle.policy("analytics.propensity.score", function(g)
--     if g.coverage == "medicaid" then return { segment = "low", reason = "Medicaid: refer to counseling" } end
--     return { segment = g.rule_segment, reason = string.format("rules: %d points", g.rule_points) }
--   end)
-- ---------------------------------------------------------------------------------------------
revcycle.policy("analytics.propensity.score", function(g)
  return { segment = g.rule_segment, reason = string.format("RevCycle's rules: %d points", g.rule_points) }
end)
