-- Tests Lakeshore's worklist order (Scripts/examples/urban-amc/collections.lua).
-- (The large-payment event handler is tested in events_test.lua, with revcycle.test.emit.)
local HOOK = "collections.priority"

local function priority(overrides)
  local g = { guarantor = "G1", patient_owes_cents = 100000, pending_insurance_cents = 0, accounts = 1,
              oldest_service_days = 30 }
  for key, value in pairs(overrides or {}) do g[key] = value end
  local result, outcome = revcycle.test.call_policy(HOOK, g)
  expect_eq(outcome.status, "decided", outcome.error)
  expect_eq(math.type(result.priority), "integer")
  return result.priority, result.reason
end

test("large, old balances come first", function()
  local large_old = priority{ patient_owes_cents = 800000, oldest_service_days = 150 }
  local large_new = priority{ patient_owes_cents = 800000, oldest_service_days = 20 }
  local small_old = priority{ patient_owes_cents = 5000, oldest_service_days = 150 }
  expect_eq(large_old, 320 + 240 + 100)
  expect_eq(large_new, 320)
  expect_eq(small_old, 2 + 240)
  expect_true(large_old > large_new and large_old > small_old)
end)

test("no age points in the first 30 days, 2 per day after, at most 300", function()
  expect_eq(priority{ patient_owes_cents = 2500, oldest_service_days = 30 }, 1)
  expect_eq(priority{ patient_owes_cents = 2500, oldest_service_days = 31 }, 3)
  expect_eq(priority{ patient_owes_cents = 2500, oldest_service_days = 180 }, 301)
  expect_eq(priority{ patient_owes_cents = 2500, oldest_service_days = 36500 }, 301)
end)

test("the 120-day bonus needs both $2,500.00 and 120 days", function()
  local _, why = priority{ patient_owes_cents = 250000, oldest_service_days = 120 }
  expect_true(why:find("+100 large and past 120 days", 1, true))
  expect_eq(priority{ patient_owes_cents = 250000, oldest_service_days = 120 }, 100 + 180 + 100)
  expect_eq(priority{ patient_owes_cents = 249999, oldest_service_days = 120 }, 99 + 180)
  expect_eq(priority{ patient_owes_cents = 250000, oldest_service_days = 119 }, 100 + 178)
end)

test("the maximum is 1000", function()
  expect_eq(priority{ patient_owes_cents = 10000000000, oldest_service_days = 36500 }, 1000)
end)

test("pending insurance lowers the score", function()
  local base = priority{ patient_owes_cents = 100000, oldest_service_days = 90 } -- 40 + 120
  expect_eq(base, 160)
  expect_eq(priority{ patient_owes_cents = 100000, oldest_service_days = 90, pending_insurance_cents = 50000 }, 80)
  local quarter, why = priority{ patient_owes_cents = 100000, oldest_service_days = 90, pending_insurance_cents = 100000 }
  expect_eq(quarter, 40)
  expect_true(why:find("/4: $1,000.00 pending with insurance", 1, true))
end)

test("balances under the minimum statement balance, and credits, score 0", function()
  -- urban-amc sets minimum_statement_balance to $10.00 (and the script falls back to $10.00)
  local p, why = priority{ patient_owes_cents = 999, oldest_service_days = 400 }
  expect_eq(p, 0)
  expect_eq(why, "Under the minimum statement balance of $10.00")
  expect_eq(priority{ patient_owes_cents = -5000 }, 0)
  expect_eq(priority{ patient_owes_cents = 1000, oldest_service_days = 400 }, 300)
end)

test("the samples", function()
  local samples = revcycle.test.samples(HOOK)
  expect_eq(revcycle.test.call_policy(HOOK, samples[1]).priority, 17 + 130) -- $425, 95 days
  expect_eq(revcycle.test.call_policy(HOOK, samples[2]).priority, 0)        -- $12, 12 days, /4
end)
