-- Lakeshore University Medical Center (urban academic center): financial-assistance discounts.
--
-- The policy here REPLACES the default counseling.fa.discount (Scripts/default/counseling.lua)
-- for this site only. It is an example written for this sample site; the AGB percentage and
-- the cap are invented for it (a real hospital takes them from its own 501(r) calculation and
-- its board-approved financial-assistance policy).
--
-- Remember: if this policy fails (an error, or a bad result), the discount is REFUSED and the
-- counselor sees the error.

-- AGB floor. 501(r) forbids charging an assistance-eligible patient more than the "amounts
-- generally billed" to insured patients. Lakeshore's AGB (look-back method, fiscal 2026) is
-- 38% of gross charges, so every approved application gets a discount of at least 62%.
local AGB_FLOOR_BASIS_POINTS = 6200

-- Catastrophic cap: after the discount, an approved patient owes at most $2,500.00 on one
-- account. A larger remainder raises the discount just enough to meet the cap.
local MAX_PATIENT_SHARE_CENTS = 250000

local FULL_DISCOUNT = 10000

-- "62%" from 6200 basis points, "62.5%" from 6250.
local function percent(basis_points)
  if basis_points % 100 == 0 then return string.format("%d%%", basis_points // 100) end
  return (string.format("%d.%02d", basis_points // 100, basis_points % 100):gsub("0$", "")) .. "%"
end

-- Helpers RevCycle gives every script (revcycle API version 1; no need to copy them):
--   revcycle.money.format(cents)   "$12,345.67" from 1234567 (cents must be an integer)
local dollars = revcycle.money.format

-- What the patient still owes after a discount (rounded down to the cent, in their favour).
local function share_after(owes_cents, basis_points)
  return owes_cents * (FULL_DISCOUNT - basis_points) // FULL_DISCOUNT
end

-- counseling.fa.discount (see Scripts/default/counseling.lua for the payload and result)
--
--   1. discount = the counselor's request, but at least the AGB floor (62%).
--   2. if the patient would still owe more than $2,500.00, raise the discount to the smallest
--      whole basis point that brings the share to $2,500.00 or less.
--   3. if neither changed anything, apply as requested ({}).
revcycle.policy("counseling.fa.discount", function(request)
  local owes = request.patient_owes_cents
  local requested = request.requested_basis_points
  local discount = math.max(requested, AGB_FLOOR_BASIS_POINTS)
  local notes = {}
  if discount > requested then
    notes[#notes + 1] = string.format("raised from %s to the AGB floor of %s", percent(requested), percent(discount))
  end

  if share_after(owes, discount) > MAX_PATIENT_SHARE_CENTS then
    -- The largest share (in basis points) that keeps the patient at or under the cap is
    -- (cap * 10000 + 9999) // owes; the discount is the rest.
    local largest_share = (MAX_PATIENT_SHARE_CENTS * FULL_DISCOUNT + FULL_DISCOUNT - 1) // owes
    local capped = math.min(math.max(FULL_DISCOUNT - largest_share, discount), FULL_DISCOUNT)
    notes[#notes + 1] = string.format("raised to %s so the patient owes at most %s",
      percent(capped), dollars(MAX_PATIENT_SHARE_CENTS))
    discount = capped
  end

  if discount == requested then
    return {}
  end
  local note = table.concat(notes, "; ")
  note = note:sub(1, 1):upper() .. note:sub(2) .. string.format(" (patient share %s)", dollars(share_after(owes, discount)))
  return { basis_points = discount, note = note:sub(1, 200) }
end)
