import RevCycleCore

/// A site's rules for payment plans, as data: how long a plan may run, the smallest installment,
/// the down payment, and the steps a late or declined installment walks through.
///
/// The defaults are what a hospital commonly offers: 3 to 60 monthly installments of at least $25.00,
/// no required down payment, 10 days' grace after a due date, autopay retried 3 and 7 days after a
/// decline, 30 days between the delinquency notice and default, and default after 2 missed
/// installments. The `collections.plan.terms` hook narrows these per balance: its `max_months`,
/// `min_installment_cents` and `min_down_payment_cents` map onto ``maximumInstallments``,
/// ``minimumInstallment`` and ``minimumDownPayment``.
///
/// ```swift
/// var policy = PaymentPlanPolicy()
/// policy.maximumInstallments = 24
/// try policy.checkSettings()
/// try policy.validate(terms)
/// ```
struct PaymentPlanPolicy: Sendable, Hashable {
    /// The fewest installments a plan may have. A one- or two-month "plan" is a deferred payment,
    /// not a plan, so the range starts at 3.
    var minimumInstallments = 3
    /// The most installments a plan may have (five years of monthly payments).
    var maximumInstallments = 60
    /// The smallest installment the site accepts: below it, the cost of collecting a payment
    /// exceeds what the payment brings in.
    var minimumInstallment = Money(cents: 2_500)
    /// The down payment required, in basis points of the balance (100 = 1%), rounded up to the cent
    /// so that the percentage is really met.
    var minimumDownPaymentBasisPoints: Int64 = 0
    /// A down payment required as an amount (the `collections.plan.terms` hook's
    /// `min_down_payment_cents`); the larger of this and the percentage applies.
    var minimumDownPayment = Money.zero
    /// Days after an installment's due date before it counts as missed.
    var graceDays = 10
    /// Days after an autopay decline on which the charge is tried again, in increasing order.
    var autopayRetryDays = [3, 7]
    /// Days between the delinquency notice and the earliest day the plan may default.
    var noticeToDefaultDays = 30
    /// How many missed installments, still unpaid once the notice period has passed, default a plan.
    var missedInstallmentsToDefault = 2
    /// Days of notice before autopay takes an amount that differs from the authorized one
    /// (Regulation E, 12 CFR 1005.10(d): at least 10 days).
    var varyingAmountNoticeDays = 10

    /// The days of notice Regulation E requires before a transfer whose amount varies.
    static let regulationENoticeDays = 10

    /// Refuses settings that contradict each other or the law, naming the setting and the allowed values.
    ///
    /// - Throws: ``RevCycleError`` (`configuration`) for the first setting out of range.
    func checkSettings() throws {
        func refuse(_ key: String, _ message: String) -> RevCycleError {
            RevCycleError(
                .configuration, message, at: "collections.plans.\(key)",
                remedy: "Correct the site's payment-plan settings.")
        }
        guard (1...120).contains(minimumInstallments), minimumInstallments <= maximumInstallments,
            maximumInstallments <= 120
        else {
            throw refuse(
                "installments",
                "Plans of \(minimumInstallments) to \(maximumInstallments) installments "
                    + "are not a range RevCycle accepts; expected a minimum of at least 1 and a maximum of at most 120."
            )
        }
        guard minimumInstallment.cents > 0 else {
            throw refuse(
                "minimum_installment", "The minimum installment must be more than $0.00, not \(minimumInstallment).")
        }
        guard (0..<10_000).contains(minimumDownPaymentBasisPoints), !minimumDownPayment.isNegative else {
            throw refuse(
                "minimum_down_payment",
                "The minimum down payment must be 0% to 99.99% of the balance and not "
                    + "a negative amount; it is \(minimumDownPaymentBasisPoints) basis points and \(minimumDownPayment)."
            )
        }
        guard (0...90).contains(graceDays) else {
            throw refuse("grace_days", "Grace after a due date must be 0 to 90 days, not \(graceDays).")
        }
        guard autopayRetryDays.allSatisfy({ $0 > 0 }), zip(autopayRetryDays, autopayRetryDays.dropFirst()).allSatisfy(<)
        else {
            throw refuse(
                "autopay_retry_days",
                "Autopay retry days must be positive and increasing, such as [3, 7]; "
                    + "they are \(autopayRetryDays).")
        }
        guard (1...365).contains(noticeToDefaultDays) else {
            throw refuse(
                "notice_to_default_days",
                "Days from the delinquency notice to default must be 1 to 365, not \(noticeToDefaultDays).")
        }
        guard missedInstallmentsToDefault >= 1 else {
            throw refuse(
                "missed_installments_to_default",
                "At least 1 missed installment must precede default, not \(missedInstallmentsToDefault).")
        }
        guard varyingAmountNoticeDays >= Self.regulationENoticeDays else {
            throw refuse(
                "varying_amount_notice_days",
                "Autopay needs at least \(Self.regulationENoticeDays) days' "
                    + "notice of a changed amount (Regulation E), not \(varyingAmountNoticeDays).")
        }
    }

    /// The down payment this policy requires on `balance`: the larger of the percentage (rounded up)
    /// and the fixed amount.
    func requiredDownPayment(on balance: Money) -> Money {
        max(balance.percent(basisPoints: minimumDownPaymentBasisPoints, rounding: .up), minimumDownPayment)
    }
}
