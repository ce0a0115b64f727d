import RevCycleCore

/// A change to a plan's balance after it was set up: new charges added, or a reduction such as a
/// later insurance payment or a charity adjustment.
struct PlanAdjustment: Sendable, Hashable, Codable {
    var madeOn: CalendarDate
    /// Positive for new charges, negative for a reduction.
    var change: Money
    /// Why, in staff's words ("ER visit 2026-03-02 added", "charity care 50%").
    var reason: String
    /// Open installments before and after the change.
    var installmentsBefore: Int
    var installmentsAfter: Int
}

/// How many installments a re-amortization spreads the new remainder over.
enum ReamortizationCount: Sendable, Hashable {
    /// The installments still open, keeping their due dates; fewer (the last ones dropped) when an
    /// even share would fall below the site's minimum installment.
    case automatic
    /// Exactly this many open installments: the existing due dates are kept and any extra installments
    /// follow monthly after the last, on the plan's anchor day.
    case exactly(Int)
}

extension PaymentPlanSchedule {
    /// The plan with `change` added to what is still owed, spread evenly again over the installments
    /// left.
    ///
    /// Paid history never changes: installments paid in full keep their amounts and dates, and a partly
    /// paid installment keeps what was paid toward it. What is still owed after the change is split in
    /// exact cents (the first installments carrying the extra cents, as in ``amortize(_:)``) over the
    /// open installments, which keep their due dates. When the share would fall below the site's
    /// minimum installment, or the caller asks for a count, the plan is shortened or lengthened instead.
    /// A reduction that clears the plan leaves it paid off.
    ///
    /// - Parameters:
    ///   - change: positive for new charges, negative for a reduction.
    ///   - date: when the change is made; it closes a partly paid installment that a reduction clears.
    ///   - reason: kept with the adjustment.
    ///   - count: how many installments to spread over.
    ///   - policy: the site's minimum installment and maximum length.
    /// - Throws: ``RevCycleError`` (`invalidInput`) when a reduction exceeds what is owed, no
    ///   installment is left to spread over, or a requested count breaks the policy.
    func reamortized(
        by change: Money, on date: CalendarDate, reason: String,
        installments count: ReamortizationCount = .automatic,
        policy: PaymentPlanPolicy
    ) throws -> PaymentPlanSchedule {
        let owed = remaining + change
        guard !owed.isNegative else {
            throw RevCycleError(
                .invalidInput,
                "A reduction of \(change.magnitude) exceeds the \(remaining) still owed on the plan by "
                    + "\(owed.magnitude).",
                remedy:
                    "Reduce the plan by \(remaining) to pay it off, and refund or apply the other \(owed.magnitude).")
        }
        let firstOpen = installments.firstIndex { !$0.isPaid } ?? installments.count
        let open = installments.count - firstOpen
        let alreadyPaid = firstOpen < installments.count ? installments[firstOpen].paid : .zero
        let openCount =
            owed.isZero
            ? 0
            : try spreadCount(
                owed, openNow: open, paidInstallments: firstOpen,
                requested: count, policy: policy)

        var updated = Array(installments[..<firstOpen])
        if openCount == 0, !alreadyPaid.isZero {
            // A reduction cleared the partly paid installment: it closes at what was paid.
            var closed = installments[firstOpen]
            closed.amount = alreadyPaid
            closed.paidInFullOn = date
            updated.append(closed)
        }
        for (offset, share) in (openCount > 0 ? owed.split(into: openCount) : []).enumerated() {
            let number = firstOpen + offset + 1
            let dueDate =
                number <= installments.count
                ? installments[number - 1].dueDate : try dueDates.dueDate(ofInstallment: number)
            let paid = offset == 0 ? alreadyPaid : .zero
            updated.append(PlanInstallment(number: number, dueDate: dueDate, amount: paid + share, paid: paid))
        }
        let adjustment = PlanAdjustment(
            madeOn: date, change: change, reason: reason, installmentsBefore: open,
            installmentsAfter: openCount)
        return PaymentPlanSchedule(
            terms: terms, installments: updated, payments: payments,
            adjustments: adjustments + [adjustment])
    }

    /// How many open installments `owed` is spread over, per the requested count and the policy.
    private func spreadCount(
        _ owed: Money, openNow open: Int, paidInstallments: Int, requested: ReamortizationCount,
        policy: PaymentPlanPolicy
    ) throws -> Int {
        let mostMeetingMinimum = Int(owed.cents / policy.minimumInstallment.cents)
        switch requested {
        case .automatic:
            guard open > 0 else {
                throw RevCycleError(
                    .invalidInput, "The plan has no installments left to spread \(owed) over.",
                    remedy: "Re-amortize with a number of installments, or set up a new plan.")
            }
            // Keep the installments left while each share meets the minimum; otherwise as many as do.
            return min(open, max(1, mostMeetingMinimum))
        case .exactly(let count):
            guard count >= 1 else {
                throw RevCycleError(.invalidInput, "A plan needs at least 1 installment left, not \(count).")
            }
            guard count == 1 || owed.cents / Int64(count) >= policy.minimumInstallment.cents else {
                throw RevCycleError(
                    .invalidInput,
                    "Spreading \(owed) over \(count) installments would be "
                        + "\(InstallmentRange(owed, over: count)) a month, below the site's minimum installment of "
                        + "\(policy.minimumInstallment); at most \(max(1, mostMeetingMinimum)) installments.",
                    remedy: "Choose \(max(1, mostMeetingMinimum)) or fewer installments.")
            }
            guard paidInstallments + count <= policy.maximumInstallments else {
                throw RevCycleError(
                    .invalidInput,
                    "\(count) more installments after the \(paidInstallments) already paid would run the "
                        + "plan to \(paidInstallments + count), beyond the site's maximum of "
                        + "\(policy.maximumInstallments) installments; at most "
                        + "\(max(0, policy.maximumInstallments - paidInstallments)) more.",
                    remedy: "Choose fewer installments, or set up a new plan for the new charges.")
            }
            return count
        }
    }
}
