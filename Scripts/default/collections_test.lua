-- Pins the default collections.priority:
-- 1 point per $10 owed (max 500) + 1 point per day of the oldest visit (max 500),
-- halved while insurance is pending; nothing owed scores 0.
local HOOK = "collections.priority"

local function guarantor(overrides)
  local g = { guarantor = "G1", patient_owes_cents = 10000, pending_insurance_cents = 0, accounts = 1,
              oldest_service_days = 30, days_since_last_contact = -1, plan = "none",
              payments_last_90_days_cents = 0, broken_promises = 0, propensity = "unknown" }
  for key, value in pairs(overrides or {}) do g[key] = value end
  return g
end

local function priority(overrides)
  local result, outcome = revcycle.test.call_policy(HOOK, guarantor(overrides))
  expect_eq(outcome.status, "decided", outcome.error)
  return result.priority, result.reason
end

test("the samples score as documented", function()
  local samples = revcycle.test.samples(HOOK)
  local first = revcycle.test.call_policy(HOOK, samples[1])
  expect_eq(first, { priority = 187,
                     reason = "$425.00 owed (42 pts) + oldest visit 95 days (95 pts) + 1 broken promise(s) (50 pts)" })
  local second = revcycle.test.call_policy(HOOK, samples[2])
  expect_eq(second.priority, 0) -- 1 + 12 - 100 for the recent payment, floored at 0
  expect_true(second.reason:find("halved: $300.00 still pending with insurance", 1, true))
end)

test("nothing owed, or a credit, scores 0", function()
  expect_eq(priority{ patient_owes_cents = 0 }, 0)
  expect_eq(priority{ patient_owes_cents = -2500, oldest_service_days = 400 }, 0)
end)

test("balance and age points are capped at 500 each", function()
  expect_eq(priority{ patient_owes_cents = 500000, oldest_service_days = 0 }, 500)
  expect_eq(priority{ patient_owes_cents = 9000000000, oldest_service_days = 0 }, 500)
  expect_eq(priority{ patient_owes_cents = 999, oldest_service_days = 36500 }, 500)
  expect_eq(priority{ patient_owes_cents = 10000000000, oldest_service_days = 36500 }, 1000)
end)

test("a future date of service gives no age points", function()
  expect_eq(priority{ patient_owes_cents = 25000, oldest_service_days = -3 }, 25)
end)

test("older and larger balances come first", function()
  expect_true(priority{ oldest_service_days = 120 } > priority{ oldest_service_days = 30 })
  expect_true(priority{ patient_owes_cents = 90000 } > priority{ patient_owes_cents = 10000 })
end)

test("pending insurance halves the score, rounding down", function()
  expect_eq(priority{ patient_owes_cents = 10000, oldest_service_days = 31 }, 41)
  expect_eq(priority{ patient_owes_cents = 10000, oldest_service_days = 31, pending_insurance_cents = 1 }, 20)
  -- a negative pending amount (an insurance credit) does not lower the score
  expect_eq(priority{ patient_owes_cents = 10000, oldest_service_days = 31, pending_insurance_cents = -500 }, 41)
end)

test("the priority is always an integer", function()
  local p = priority{ patient_owes_cents = 12345, oldest_service_days = 7, pending_insurance_cents = 100 }
  expect_eq(math.type(p), "integer")
end)

test("broken promises and late or defaulted plans raise the score; a current plan quarters it", function()
  local base = priority{ patient_owes_cents = 100000, oldest_service_days = 100 } -- 100 + 100
  expect_eq(base, 200)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, broken_promises = 2 }, 300)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, broken_promises = 9 }, 350)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, plan = "late" }, 300)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, plan = "defaulted" }, 350)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, plan = "current" }, 50)
end)

test("a contact in the last 7 days halves the score; a recent payment takes off 100 points", function()
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, days_since_last_contact = 6 }, 100)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, days_since_last_contact = 7 }, 200)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, payments_last_90_days_cents = 1 }, 100)
end)

local STEP = "collections.dunning.next_step"
local function step(overrides)
  local g = { guarantor = "G1", balance_cents = 10000, pending_insurance_cents = 0, statements_sent = 0, last_step = "none",
              days_since_last_statement = -1, days_since_first_statement = -1, paid_since_last_statement_cents = 0,
              plan = "none", cycle_days = 30 }
  for key, value in pairs(overrides or {}) do g[key] = value end
  local result, outcome = revcycle.test.call_policy(STEP, g)
  expect_eq(outcome.status, "decided", outcome.error)
  return result
end

test("dunning: a first statement, then one escalation per cycle while nothing is paid", function()
  expect_eq(step{}.step, "statement")
  expect_eq(step{ last_step = "statement", days_since_last_statement = 29 }.action, "wait")
  expect_eq(step{ last_step = "statement", days_since_last_statement = 30 }.step, "reminder")
  expect_eq(step{ last_step = "reminder", days_since_last_statement = 30 }.step, "past-due")
  expect_eq(step{ last_step = "past-due", days_since_last_statement = 30 }.step, "final-notice")
  expect_eq(step{ last_step = "final-notice", days_since_last_statement = 90 }.action, "wait")
end)

test("dunning: a payment or a current plan goes back to a plain statement", function()
  expect_eq(step{ last_step = "past-due", days_since_last_statement = 30, paid_since_last_statement_cents = 500 }.step, "statement")
  expect_eq(step{ last_step = "reminder", days_since_last_statement = 31, plan = "current" }.step, "statement")
end)

local TERMS = "collections.plan.terms"
local function terms(balance, defaults)
  local result, outcome = revcycle.test.call_policy(TERMS, { guarantor = "G1", balance_cents = balance, requested_months = 6,
                                                              down_payment_cents = 0, prior_defaults = defaults or 0 })
  expect_eq(outcome.status, "decided", outcome.error)
  return result
end

test("plan terms: longer plans for larger balances; 10% down after a default", function()
  expect_eq(terms(99999).max_months, 12)
  expect_eq(terms(100000).max_months, 24)
  expect_eq(terms(499999).max_months, 24)
  expect_eq(terms(500000).max_months, 60)
  expect_eq(terms(500000).min_installment_cents, 2500)
  expect_eq(terms(100001, 1).min_down_payment_cents, 10001)
  expect_eq(terms(100001).min_down_payment_cents, 0)
end)

test("a high propensity to pay adds 50 points, a low one takes off 50", function()
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, propensity = "high" }, 250)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, propensity = "low" }, 150)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 100, propensity = "new" }, 200)
end)
