-- Tests Lakeshore's event handlers:
--   billing.payment.posted (billing.lua): a payer payment of $50,000.00 or more gives billing a
--     task to check it against the contract, due in 2 business days;
--   collections.payment.posted (collections.lua): a patient payment of $2,500.00 or more gives
--     counseling a task to confirm financial assistance was offered, due in 7 days.
--
-- revcycle.test.emit(event, payload) runs every handler the site registered for the event (the
-- default ones in Scripts/default log each payment, then this site's) and returns what they asked
-- for: { tasks = {...}, logs = {...}, failures = {...} }. Tasks are captured, not created. The
-- payload must fit the event's shape (revcycle scripts hooks --hook <event>).
local PAYER = "billing.payment.posted"
local PATIENT = "collections.payment.posted"

-- An event payload: posted Monday 2026-11-02 at 15:00 UTC to account A7.
local function event(name, fields, overrides)
  local e = { event = "payment.posted", site = "urban-amc", sequence = 12,
              occurred_at = "2026-11-02T15:00:00Z", account = "A7", patient = "P3", fields = fields }
  for key, value in pairs(overrides or {}) do e[key] = value end
  return e
end

local function payer_payment(amount_cents, overrides)
  return event(PAYER, { amount_cents = amount_cents, credit_cents = "0", payer = "AETNA", trace = "EFT5521" }, overrides)
end

local function patient_payment(amount_cents, overrides)
  return event(PATIENT, { amount_cents = amount_cents, credit_cents = "0", method = "check", reference = "4471" },
    overrides)
end

-- billing.payment.posted

test("a $50,000.00 payer payment gives billing a contract check due in 2 business days", function()
  local result = revcycle.test.emit(PAYER, payer_payment("5000000"))
  expect_eq(result.failures, {})
  expect_eq(result.tasks, { {
    role = "billing",
    kind = "large-payer-payment",
    account = "A7",
    priority = "high",
    due = "2026-11-04",
    title = "Verify a $50,000.00 payment from AETNA on A7 against the contract",
    detail = "Trace EFT5521. Compare the paid amount with the contract rate and the 835 remittance before closing "
      .. "the account.",
  } })
  expect_eq(result.logs, { { level = "info", message = "payer payment posted" } })
end)

test("the contract check skips the weekend", function()
  -- Posted on Friday 2026-11-06: two business days later is Tuesday 2026-11-10.
  local result = revcycle.test.emit(PAYER, payer_payment("7500000", { occurred_at = "2026-11-06T14:00:00Z" }))
  expect_eq(#result.tasks, 1)
  expect_eq(result.tasks[1].due, "2026-11-10")
end)

test("payer payments under $50,000.00, or off any account, make no task", function()
  for _, amount in ipairs{ "4999999", "125000", "0", "not a number" } do
    local result = revcycle.test.emit(PAYER, payer_payment(amount))
    expect_eq(result.tasks, {}, "amount " .. amount)
    expect_eq(result.failures, {}, "amount " .. amount)
    expect_eq(#result.logs, 1)
  end
  local unassigned = payer_payment("9000000")
  unassigned.account = nil
  expect_eq(revcycle.test.emit(PAYER, unassigned).tasks, {})
end)

-- collections.payment.posted

test("a $2,500.00 patient payment gives counseling an assistance check due in 7 days", function()
  local result = revcycle.test.emit(PATIENT, patient_payment("250000"))
  expect_eq(result.failures, {})
  expect_eq(result.tasks, { {
    role = "counseling",
    kind = "fa-check-after-large-payment",
    account = "A7",
    priority = "normal",
    due = "2026-11-09",
    title = "Patient paid $2,500.00 on A7: confirm financial assistance was offered",
    detail = "Paid by check (ref 4471). If the patient has not been screened, offer the plain-language summary; "
      .. "an approved application within 240 days means refunding the overpayment (501(r)).",
  } })
  expect_eq(result.logs, { { level = "info", message = "patient payment posted" } })
end)

test("patient payments under $2,500.00, or off any account, make no task", function()
  for _, amount in ipairs{ "249999", "5000", "0" } do
    local result = revcycle.test.emit(PATIENT, patient_payment(amount))
    expect_eq(result.tasks, {}, "amount " .. amount)
    expect_eq(result.failures, {}, "amount " .. amount)
  end
  local unassigned = patient_payment("300000")
  unassigned.account = nil
  expect_eq(revcycle.test.emit(PATIENT, unassigned).tasks, {})
end)

test("the recorded sample payments", function()
  -- The payer sample pays $55,000.00 and the patient sample $3,000.00: both make a task.
  for _, name in ipairs{ PAYER, PATIENT } do
    for _, sample in ipairs(revcycle.test.samples(name)) do
      local result = revcycle.test.emit(name, sample)
      expect_eq(result.failures, {}, name)
      expect_eq(#result.tasks, 1, name)
    end
  end
end)

test("a patient payment is not a payer payment", function()
  -- The payer event's fields have no method or reference.
  expect_error(function() revcycle.test.emit(PAYER, patient_payment("250000")) end, "payload.fields.method")
end)
