import RevCycleCore

/// What a guarantor's own record says about how they pay: the only input to ``PropensityRules``.
///
/// Nothing here comes from outside the hospital (no credit score, no demographics): the segment must be
/// explainable to the guarantor from their own statements and payments.
struct GuarantorHistory: Sendable, Hashable {
    /// The guarantor's coverage on their open balances.
    enum CoverageType: String, CaseIterable, Sendable, Hashable {
        case insured
        case selfPay = "self-pay"
        case medicaid
    }

    var guarantor: GuarantorID
    var statementsSent: Int
    /// Days from the first statement to the first payment (zero or negative when they paid at or before
    /// the first statement); `nil` when they have never paid.
    var daysFromFirstStatementToFirstPayment: Int?
    /// What the patient side has been billed in all.
    var billedToPatient: Money
    /// Of that, what the patient side has paid.
    var paidByPatient: Money
    /// Payment plan installments due so far, and of those, the ones paid by their due date.
    var installmentsDue: Int
    var installmentsPaidOnTime: Int
    /// What the patient side owes now.
    var currentBalance: Money
    var coverage: CoverageType

    /// Paid ÷ billed in basis points, rounded down and kept within 0…10,000; `nil` when nothing was billed.
    /// (The `analytics.propensity.score` hook's `share_paid_basis_points`.)
    var sharePaidBasisPoints: Int? {
        guard billedToPatient > .zero else { return nil }
        let share = max(Money.zero, paidByPatient).scaled(by: 10_000, over: billedToPatient.cents, rounding: .down)
        return Int(min(share.cents, 10_000))
    }

    /// Installments paid on time ÷ installments due in basis points, rounded down; `nil` when none is due.
    var onTimeBasisPoints: Int? {
        guard installmentsDue > 0 else { return nil }
        return min(max(installmentsPaidOnTime, 0), installmentsDue) * 10_000 / installmentsDue
    }
}
