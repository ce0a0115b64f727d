import RevCycleCore

/// The arithmetic a statement must satisfy before it is printed or mailed.
///
/// A statement is a ledger extract shown to a patient: if its figures do not add up, the patient
/// cannot check the bill and the hospital cannot defend it. The renderers print what they are
/// given; callers check ``GuarantorStatement/reconciliationProblems`` first and refuse to send a
/// statement that has any. Rules (from ``GuarantorStatement``'s contract):
///
/// - per visit, `charges − insurancePaid − adjustments − patientPaid = pendingInsurance + patientBalance`;
/// - per visit with service lines, the lines' charges add up to the visit's charges;
/// - `balance` is the sum of the visits' patient balances, `pendingInsurance` the sum of their pending amounts;
/// - `amountDue` is never negative and never more than the balance (pending insurance is never demanded);
///   without a plan it is the whole balance (zero for a credit);
/// - the due date is not before the statement date.
extension GuarantorStatement {
    /// Every rule the statement breaks, one sentence each naming the figures; empty when it reconciles.
    var reconciliationProblems: [String] {
        var problems: [String] = []
        for visit in visits {
            let left = visit.charges - visit.insurancePaid - visit.adjustments - visit.patientPaid
            let right = visit.pendingInsurance + visit.patientBalance
            if left != right {
                problems.append(
                    "Visit \(visit.account) on \(visit.serviceDate): charges − insurance paid − adjustments − patient paid"
                        + " is \(left), but pending insurance + patient balance is \(right).")
            }
            let lines = visit.services.reduce(Money.zero) { $0 + $1.charge }
            if !visit.services.isEmpty, lines != visit.charges {
                problems.append("Visit \(visit.account): the service lines add up to \(lines), not the charges \(visit.charges).")
            }
        }
        let visitBalances = visits.reduce(Money.zero) { $0 + $1.patientBalance }
        if visitBalances != balance {
            problems.append("The visits' patient balances add up to \(visitBalances), not the balance \(balance).")
        }
        let visitPending = visits.reduce(Money.zero) { $0 + $1.pendingInsurance }
        if visitPending != pendingInsurance {
            problems.append("The visits' pending insurance adds up to \(visitPending), not \(pendingInsurance).")
        }
        let owed = balance.isNegative ? Money.zero : balance
        if amountDue.isNegative || amountDue > owed {
            problems.append("The amount due \(amountDue) is outside zero to the balance owed \(owed).")
        } else if plan == nil, amountDue != owed {
            problems.append("Without a payment plan the amount due should be the balance owed \(owed), not \(amountDue).")
        }
        if dueDate < statementDate {
            problems.append("The due date \(dueDate) is before the statement date \(statementDate).")
        }
        return problems
    }
}
