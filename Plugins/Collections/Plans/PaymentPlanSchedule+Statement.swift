import RevCycleCore

extension PaymentPlanSchedule {
    /// The plan as a statement dated `date` shows it, or `nil` once it is paid off.
    ///
    /// The installment shown is the next one due on or after `date` (what is left of it, if partly
    /// paid), or the oldest open one when every open installment is already past due. What the statement
    /// asks for by its due date is ``amountDue(by:)``: that installment plus any arrears.
    ///
    /// - Parameters:
    ///   - name: how the statement names the plan (`Plan P12, 12 months`).
    ///   - hasAutopay: whether an authorization is in force, so the statement says the installment
    ///     will be charged.
    func statementPlan(named name: String, on date: CalendarDate, hasAutopay: Bool) -> StatementPlan? {
        guard let next = nextDue(on: date) ?? openInstallments.first else { return nil }
        return StatementPlan(
            plan: name, installment: next.unpaid, nextDueDate: next.dueDate, remaining: remaining,
            installmentsLeft: openInstallments.count, autopay: hasAutopay)
    }
}
