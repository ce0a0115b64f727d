import RevCycleCore

/// One monthly installment of a payment plan: what is due, when, and how much of it has been paid.
///
/// Payments fill installments oldest first, so at most one installment of a plan is ever partly paid.
/// Once an installment is paid in full it never changes again: a re-amortization only touches the
/// installments still open.
struct PlanInstallment: Sendable, Hashable, Codable {
    /// 1-based position in the plan; stable for the life of the plan.
    let number: Int
    let dueDate: CalendarDate
    /// What the installment asks for (changes only by re-amortization, while it is open).
    var amount: Money
    /// What payments have put toward it so far (never more than ``amount``).
    var paid: Money = .zero
    /// The date of the payment that completed it, or of the re-amortization that closed it.
    var paidInFullOn: CalendarDate?

    /// What is still owed on this installment.
    var unpaid: Money { amount - paid }

    var isPaid: Bool { unpaid.isZero }
}
