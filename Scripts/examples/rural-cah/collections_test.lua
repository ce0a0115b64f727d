-- Tests Prairie Valley's worklist order (Scripts/examples/rural-cah/collections.lua).
local HOOK = "collections.priority"

local function priority(overrides)
  local g = { guarantor = "G1", patient_owes_cents = 10000, pending_insurance_cents = 0, accounts = 1,
              oldest_service_days = 30 }
  for key, value in pairs(overrides or {}) do g[key] = value end
  local result, outcome = revcycle.test.call_policy(HOOK, g)
  expect_eq(outcome.status, "decided", outcome.error)
  expect_eq(math.type(result.priority), "integer")
  return result.priority, result.reason
end

test("a small balance comes before a large one of the same age", function()
  local small = priority{ patient_owes_cents = 8000, oldest_service_days = 60 }
  local large = priority{ patient_owes_cents = 400000, oldest_service_days = 60 }
  expect_eq(small, 760)
  expect_eq(large, 260) -- 200 balance points + 60 age points
  expect_true(small > large)
end)

test("$250.00 is still small, $250.01 is not", function()
  local at, why = priority{ patient_owes_cents = 25000, oldest_service_days = 10 }
  expect_eq(at, 710)
  expect_true(why:find("one friendly call", 1, true))
  expect_eq(priority{ patient_owes_cents = 25001, oldest_service_days = 10 }, 22)
end)

test("scores stay within 0..1000 at the extremes", function()
  expect_eq(priority{ patient_owes_cents = 100, oldest_service_days = 36500 }, 1000)
  expect_eq(priority{ patient_owes_cents = 10000000000, oldest_service_days = 36500 }, 665)
  expect_eq(priority{ patient_owes_cents = 100, oldest_service_days = -5 }, 700)
end)

test("nothing owed scores 0", function()
  expect_eq(priority{ patient_owes_cents = 0 }, 0)
  expect_eq(priority{ patient_owes_cents = -100 }, 0)
end)

test("pending insurance sends a balance to the bottom", function()
  local p, why = priority{ patient_owes_cents = 8000, oldest_service_days = 60, pending_insurance_cents = 30000 }
  expect_eq(p, 190) -- 760 // 4
  expect_true(why:find("Wait for insurance ($300.00 pending)", 1, true))
end)

test("the samples", function()
  local samples = revcycle.test.samples(HOOK)
  expect_eq(revcycle.test.call_policy(HOOK, samples[1]).priority, 116) -- $425: 21 + 95
  expect_eq(revcycle.test.call_policy(HOOK, samples[2]).priority, 178) -- (700 + 12) // 4
end)
