import RevCycleCore

/// A payment toward a plan, as posted to the ledger.
struct PlanPayment: Sendable, Hashable, Codable {
    /// The day the payment was received (an autopay charge's date, a check's deposit date).
    var receivedOn: CalendarDate
    var amount: Money
    /// The ledger entry, gateway charge id or check number it posted under.
    var reference: String
}

/// The part of a payment that went to one installment.
struct InstallmentAllocation: Sendable, Hashable, Codable {
    var installment: Int
    var amount: Money
}

/// A payment and where it went: to installments oldest first, and what was left over.
struct AppliedPayment: Sendable, Hashable, Codable {
    var payment: PlanPayment
    var allocations: [InstallmentAllocation]
    /// The part beyond the plan's remaining balance: it belongs to the guarantor's account (another
    /// visit, or a credit to refund), not to the plan.
    var unapplied: Money
}

extension PaymentPlanSchedule {
    /// Applies a payment to the oldest open installment first, then the next, and so on; a payment
    /// smaller than an installment leaves it partly paid.
    ///
    /// Oldest first is the rule patients expect and the one that cures a missed installment before
    /// anything else, so a payment always reduces the arrears first. Whatever exceeds the plan's
    /// remaining balance is returned as ``AppliedPayment/unapplied`` for the caller to post elsewhere.
    /// Payments are applied in the order given (posting order).
    ///
    /// - Returns: where the payment went, also appended to ``payments``.
    /// - Throws: ``RevCycleError`` (`invalidInput`) for an amount that is not positive.
    mutating func apply(_ payment: PlanPayment) throws -> AppliedPayment {
        guard payment.amount.cents > 0 else {
            throw RevCycleError(.invalidInput, "A plan payment must be more than $0.00, not \(payment.amount).")
        }
        var left = payment.amount
        var allocations: [InstallmentAllocation] = []
        var updated = installments
        for index in updated.indices where !updated[index].isPaid && left.cents > 0 {
            let share = min(left, updated[index].unpaid)
            updated[index].paid += share
            if updated[index].isPaid { updated[index].paidInFullOn = payment.receivedOn }
            allocations.append(InstallmentAllocation(installment: updated[index].number, amount: share))
            left -= share
        }
        let applied = AppliedPayment(payment: payment, allocations: allocations, unapplied: left)
        self = PaymentPlanSchedule(
            terms: terms, installments: updated, payments: payments + [applied],
            adjustments: adjustments)
        return applied
    }
}
