import RevCycleCore

/// A payment plan's installments, the payments applied to them and the changes made since it was set
/// up: a value that storage keeps and the ledger mirrors.
///
/// Create one with ``amortize(_:)``; change it with ``apply(_:)`` (a payment) and
/// ``reamortized(by:on:reason:installments:policy:)`` (new charges or a reduction). Whatever happens,
/// ``paid`` + ``remaining`` = ``total`` and ``total`` = the financed amount + every adjustment.
///
/// ```swift
/// var schedule = try PaymentPlanSchedule.amortize(terms)
/// let applied = try schedule.apply(PlanPayment(receivedOn: today, amount: Money(cents: 5_000), reference: "ch_1"))
/// schedule.remaining        // what is left
/// ```
struct PaymentPlanSchedule: Sendable, Hashable, Codable {
    /// The terms the plan was created with (the financed amount, first due date and anchor day).
    let terms: PaymentPlanTerms
    /// Every installment, oldest first, numbered 1…n.
    private(set) var installments: [PlanInstallment]
    /// Payments in the order they were applied, with where each went.
    private(set) var payments: [AppliedPayment]
    /// Re-amortizations in the order they were made.
    private(set) var adjustments: [PlanAdjustment]

    /// A schedule from its parts: for storage restoring a saved plan (call ``verify()`` after), and
    /// for the operations that derive a new schedule from an old one.
    init(
        terms: PaymentPlanTerms, installments: [PlanInstallment], payments: [AppliedPayment] = [],
        adjustments: [PlanAdjustment] = []
    ) {
        self.terms = terms
        self.installments = installments
        self.payments = payments
        self.adjustments = adjustments
    }

    /// How the plan's due dates are computed, for installments added by a re-amortization.
    var dueDates: MonthlyDueDates { MonthlyDueDates(firstDueDate: terms.firstDueDate, anchorDay: terms.anchorDay) }

    /// Counts re-amortizations: 0 for the schedule as created, so storage can tell versions apart.
    var revision: Int { adjustments.count }

    // MARK: - Amortization

    /// Spreads the financed amount (balance − down payment) evenly over the installments, in exact cents.
    ///
    /// When the cents do not divide evenly, the first installments each carry one extra cent
    /// (`Money.split`): no two installments differ by more than a cent, the amount quoted to the
    /// patient ("$83.34 a month") is never less than any installment actually drawn, and the odd cents
    /// are collected first, so less is left at risk if the plan later defaults.
    ///
    /// This checks arithmetic only; ``PaymentPlanPolicy/validate(_:)`` applies the site's rules.
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) when nothing is financed, the count is below 1,
    ///   an installment would be less than one cent, the anchor day is not 1…31, or a due date would
    ///   fall after 2999-12-31.
    static func amortize(_ terms: PaymentPlanTerms) throws -> PaymentPlanSchedule {
        let financed = terms.financed
        guard financed.cents > 0, !terms.downPayment.isNegative else {
            throw RevCycleError(
                .invalidInput,
                "A plan needs an amount to finance: the balance \(terms.balance) less the down payment "
                    + "\(terms.downPayment) leaves \(financed).",
                remedy: "Take the balance as a single payment, or lower the down payment.")
        }
        guard terms.installmentCount >= 1, financed.cents >= Int64(terms.installmentCount) else {
            throw RevCycleError(
                .invalidInput,
                "\(financed) cannot be spread over \(terms.installmentCount) installments of at least "
                    + "one cent each.")
        }
        guard (1...31).contains(terms.anchorDay) else {
            throw RevCycleError(
                .invalidInput, "Installments fall on a day of the month from 1 to 31, not \(terms.anchorDay).")
        }
        let dates = MonthlyDueDates(firstDueDate: terms.firstDueDate, anchorDay: terms.anchorDay)
        let amounts = financed.split(into: terms.installmentCount)
        let installments = try amounts.enumerated().map { index, amount in
            PlanInstallment(number: index + 1, dueDate: try dates.dueDate(ofInstallment: index + 1), amount: amount)
        }
        return PaymentPlanSchedule(terms: terms, installments: installments)
    }

    // MARK: - Totals

    /// What the installments ask for in all: the financed amount plus every adjustment.
    var total: Money { installments.reduce(.zero) { $0 + $1.amount } }

    /// What payments have put toward the installments (the down payment is not part of the plan).
    var paid: Money { installments.reduce(.zero) { $0 + $1.paid } }

    /// What is still owed on the plan.
    var remaining: Money { total - paid }

    /// What pays the plan off today: the remaining balance (plans carry no interest or fees).
    var payoffAmount: Money { remaining }

    var isPaidOff: Bool { remaining.isZero }

    /// The installments not yet paid in full, oldest first.
    var openInstallments: [PlanInstallment] { installments.filter { !$0.isPaid } }

    // MARK: - Due dates

    /// The first installment still open that falls due on or after `date`: what the patient pays next
    /// if they are current.
    func nextDue(on date: CalendarDate) -> PlanInstallment? {
        installments.first { !$0.isPaid && $0.dueDate >= date }
    }

    /// The open installments whose due date is before `date` (an installment is not late on its due date).
    func pastDue(on date: CalendarDate) -> [PlanInstallment] {
        installments.filter { !$0.isPaid && $0.dueDate < date }
    }

    /// The open installments more than `graceDays` past their due date on `date`: missed.
    ///
    /// The delinquency ladder uses the same rule but may start the grace later for an autopay
    /// installment held for an amount-change notice (see ``DelinquencyLadder``).
    func missedInstallments(on date: CalendarDate, graceDays: Int) -> [PlanInstallment] {
        installments.filter { !$0.isPaid && $0.dueDate.adding(days: graceDays) < date }
    }

    /// What is owed by `date`: the unpaid part of every installment due on or before it.
    func amountDue(by date: CalendarDate) -> Money {
        installments.filter { $0.dueDate <= date }.reduce(.zero) { $0 + $1.unpaid }
    }
}

// MARK: - Integrity

extension PaymentPlanSchedule {
    /// Checks the invariants every operation preserves, for a schedule restored from storage.
    ///
    /// Installments are numbered 1…n with non-decreasing due dates; each has 0 ≤ paid ≤ amount and a
    /// completion date exactly when paid in full; nothing after the oldest open installment has been
    /// paid toward (payments fill oldest first); the installments add up to the financed amount plus every adjustment; and the
    /// payments' allocations add up to what is paid.
    ///
    /// - Throws: ``RevCycleError`` (`integrity`) naming the first invariant that does not hold.
    func verify() throws {
        func broken(_ message: String) -> RevCycleError {
            RevCycleError(.integrity, "Payment plan schedule: \(message)")
        }
        for (index, installment) in installments.enumerated() {
            guard installment.number == index + 1 else {
                throw broken("installment \(index + 1) is numbered \(installment.number).")
            }
            guard !installment.paid.isNegative, installment.paid <= installment.amount, !installment.amount.isNegative
            else {
                throw broken("installment \(installment.number) has \(installment.paid) paid of \(installment.amount).")
            }
            guard installment.isPaid == (installment.paidInFullOn != nil) else {
                throw broken(
                    "installment \(installment.number) has a completion date that does not match what is paid.")
            }
            if index > 0, installment.dueDate < installments[index - 1].dueDate {
                throw broken("installment \(installment.number) falls due before the one before it.")
            }
        }
        if let firstOpen = installments.firstIndex(where: { !$0.isPaid }),
            installments[(firstOpen + 1)...].contains(where: { !$0.paid.isZero })
        {
            throw broken("a payment reached an installment while an older one was still open.")
        }
        let expected = terms.financed + adjustments.reduce(.zero) { $0 + $1.change }
        guard total == expected else {
            throw broken(
                "the installments total \(total), not the financed \(terms.financed) plus adjustments (\(expected)).")
        }
        let allocated = payments.reduce(Money.zero) { sum, payment in
            payment.allocations.reduce(sum) { $0 + $1.amount }
        }
        guard allocated == paid else {
            throw broken("payments allocate \(allocated) but installments show \(paid) paid.")
        }
    }
}
