-- Tests Prairie Valley's event handler (Scripts/examples/rural-cah/billing.lua): a payer
-- overpayment above $100.00 gives billing a refund task due in 45 days.
--
-- revcycle.test.emit(event, payload) runs every handler the site registered for the event (the
-- default one in Scripts/default/billing.lua logs each payment, then this site's one) and returns
-- what they asked for: { tasks = {...}, logs = {...}, failures = {...} }. Tasks are captured, not
-- created. The payload must fit the event's shape (revcycle scripts hooks --hook <event>).
local EVENT = "billing.payment.posted"

local function payment(fields, overrides)
  local event = { event = "payment.posted", site = "rural-cah", sequence = 7,
                  occurred_at = "2026-11-02T15:00:00Z", account = "A7", patient = "P3",
                  fields = { amount_cents = "55000", credit_cents = "0", payer = "MEDICARE", trace = "EFT88120" } }
  for key, value in pairs(fields or {}) do event.fields[key] = value end
  for key, value in pairs(overrides or {}) do event[key] = value end
  return event
end

test("an overpayment over $100.00 gives billing a refund task due in 45 days", function()
  local result = revcycle.test.emit(EVENT, payment{ credit_cents = "25000" })
  expect_eq(result.failures, {})
  expect_eq(result.tasks, { {
    role = "billing",
    kind = "payer-overpayment",
    account = "A7",
    priority = "high",
    due = "2026-12-17",
    title = "Refund a $250.00 overpayment from MEDICARE on A7",
    detail = "Payment trace EFT88120 paid $550.00 and left $250.00 over. Send the refund or confirm an offset "
      .. "on a later remittance; Medicare/Medicaid overpayments are due back within 60 days (42 CFR 401.305).",
  } })
  -- The default handler still logs the payment.
  expect_eq(result.logs, { { level = "info", message = "payer payment posted" } })
end)

test("the refund task is due 45 days after the UTC posting date", function()
  local result = revcycle.test.emit(EVENT,
    payment({ credit_cents = "10001" }, { occurred_at = "2026-12-31T23:30:00Z" }))
  expect_eq(#result.tasks, 1)
  expect_eq(result.tasks[1].due, "2027-02-14")
  expect_eq(result.tasks[1].title, "Refund a $100.01 overpayment from MEDICARE on A7")
end)

test("$100.00 or less over, or no credit at all, makes no task", function()
  for _, credit in ipairs{ "10000", "100", "0" } do
    local result = revcycle.test.emit(EVENT, payment{ credit_cents = credit })
    expect_eq(result.tasks, {}, "credit " .. credit)
    expect_eq(result.failures, {}, "credit " .. credit)
    expect_eq(#result.logs, 1)
  end
  local missing = payment()
  missing.fields.credit_cents = nil
  expect_eq(revcycle.test.emit(EVENT, missing).tasks, {})
end)

test("a payment not posted to an account makes no task", function()
  local event = payment{ credit_cents = "25000" }
  event.account = nil
  local result = revcycle.test.emit(EVENT, event)
  expect_eq(result.tasks, {})
  expect_eq(result.failures, {})
end)

test("the recorded sample payment gets a refund task", function()
  for _, sample in ipairs(revcycle.test.samples(EVENT)) do
    local result = revcycle.test.emit(EVENT, sample)
    expect_eq(result.failures, {})
    expect_eq(#result.tasks, 1)
    expect_eq(result.tasks[1].role, "billing")
  end
end)

test("payloads that do not fit the event are refused", function()
  expect_error(function() revcycle.test.emit(EVENT, { account = "A7" }) end, "does not fit event " .. EVENT)
  expect_error(function() revcycle.test.emit(EVENT, payment{ credit_cents = 25000 }) end, "payload.fields.credit_cents")
  expect_error(function() revcycle.test.emit("billing.payment.postd", payment()) end, "known events:")
end)
