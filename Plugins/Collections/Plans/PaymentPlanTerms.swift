import RevCycleCore

/// What a guarantor and the hospital agree to when a plan is set up: the balance it covers, the down
/// payment taken at setup, how many monthly installments pay the rest, and when they fall due.
///
/// The down payment is collected (and posted) when the plan is created; the installments cover
/// ``financed``, the balance less the down payment. Plans carry no interest.
///
/// ```swift
/// let terms = PaymentPlanTerms(balance: Money(cents: 100_001), downPayment: .zero, installmentCount: 12,
///                              firstDueDate: try CalendarDate(parsing: "2026-01-31"))
/// ```
struct PaymentPlanTerms: Sendable, Hashable, Codable {
    /// The patient balance the plan covers.
    var balance: Money
    /// Paid when the plan is set up, outside the installments.
    var downPayment: Money
    var installmentCount: Int
    /// When the first installment is due.
    var firstDueDate: CalendarDate
    /// The day of the month later installments fall on (1…31; a short month clamps to its last day).
    /// `nil` keeps the first due date's day. Installment *n* falls in the *(n − 1)*th month after the
    /// first due date's month, so there is one installment per calendar month: a first due date of
    /// Nov 20 with day 1 gives Dec 1 next; choose the first due date to set the first gap.
    var dayOfMonth: Int?

    init(
        balance: Money, downPayment: Money = .zero, installmentCount: Int, firstDueDate: CalendarDate,
        dayOfMonth: Int? = nil
    ) {
        self.balance = balance
        self.downPayment = downPayment
        self.installmentCount = installmentCount
        self.firstDueDate = firstDueDate
        self.dayOfMonth = dayOfMonth
    }

    /// What the installments pay: the balance less the down payment.
    var financed: Money { balance - downPayment }

    /// The day of the month installments after the first are anchored on.
    var anchorDay: Int { dayOfMonth ?? firstDueDate.day }
}
