-- Pins the default collections.worklist.priority:
-- 1 point per $10 owed (max 500) + 1 point per day of the oldest visit (max 500),
-- halved while insurance is pending; nothing owed scores 0.
local HOOK = "collections.worklist.priority"

local function guarantor(overrides)
  local g = { guarantor = "G1", patient_owes_cents = 10000, pending_insurance_cents = 0, accounts = 1,
              oldest_service_days = 30 }
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
  expect_eq(first, { priority = 137,
                     reason = "$425.00 owed (42 pts) + oldest visit 95 days (95 pts)" })
  local second = revcycle.test.call_policy(HOOK, samples[2])
  expect_eq(second.priority, 6) -- (1 + 12) // 2
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
