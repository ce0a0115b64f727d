import RevCycleCore

extension PaymentPlanPolicy {
    /// Refuses terms that break the site's rules, naming the rule and what it allows.
    ///
    /// The rules, in the order checked: a positive balance; a down payment that is not negative, at least
    /// the required minimum, and less than the balance; a day of month from 1 to 31; a count within the
    /// site's range; and an installment (the smallest, when the cents do not divide evenly) at least the
    /// site's minimum.
    ///
    /// ```swift
    /// try PaymentPlanPolicy().validate(terms)
    /// // A plan of 60 installments on $210.00 would be $3.50 a month, below the site's minimum
    /// // installment of $25.00; at most 8 installments.
    /// ```
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) for the first rule broken, with a remedy.
    func validate(_ terms: PaymentPlanTerms) throws {
        let balance = terms.balance
        guard balance.cents > 0 else {
            throw RevCycleError(.invalidInput, "A payment plan needs a balance owed; this one is \(balance).")
        }
        guard balance <= Money.postingLimit else {
            throw RevCycleError(
                .invalidInput, "A balance of \(balance) is beyond RevCycle's limit of \(Money.postingLimit).")
        }
        guard !terms.downPayment.isNegative else {
            throw RevCycleError(.invalidInput, "A down payment cannot be negative (\(terms.downPayment)).")
        }
        let required = requiredDownPayment(on: balance)
        guard terms.downPayment >= required else {
            throw RevCycleError(
                .invalidInput,
                "A down payment of \(terms.downPayment) is below the site's minimum of \(required) "
                    + "on a balance of \(balance) (\(downPaymentRule)).",
                remedy: "Take a down payment of at least \(required).")
        }
        guard terms.downPayment < balance else {
            throw RevCycleError(
                .invalidInput,
                "A down payment of \(terms.downPayment) covers the whole balance of \(balance); "
                    + "no plan is needed.",
                remedy: "Post it as a payment in full.")
        }
        if let day = terms.dayOfMonth, !(1...31).contains(day) {
            throw RevCycleError(.invalidInput, "Installments fall on a day of the month from 1 to 31, not \(day).")
        }
        let count = terms.installmentCount
        guard (minimumInstallments...maximumInstallments).contains(count) else {
            throw RevCycleError(
                .invalidInput,
                "A plan of \(count) installments is outside the site's range of \(minimumInstallments) "
                    + "to \(maximumInstallments) installments.",
                remedy: "Choose \(minimumInstallments) to \(maximumInstallments) installments.")
        }
        let financed = terms.financed
        guard let counts = installmentCounts(financing: financed) else {
            throw RevCycleError(
                .invalidInput,
                "\(financedPhrase(terms)) is too small for a plan: even \(minimumInstallments) "
                    + "installments would be \(InstallmentRange(financed, over: minimumInstallments)) a month, below the "
                    + "site's minimum installment of \(minimumInstallment); a plan needs at least "
                    + "\(smallestFinancedAmount) after any down payment.",
                remedy: "Take the balance as a single payment, or lower the down payment.")
        }
        guard counts.contains(count) else {
            throw RevCycleError(
                .invalidInput,
                "A plan of \(count) installments on \(financedPhrase(terms)) would be "
                    + "\(InstallmentRange(financed, over: count)) a month, below the site's minimum installment of "
                    + "\(minimumInstallment); at most \(counts.upperBound) installments.",
                remedy: "Choose \(counts.lowerBound) to \(counts.upperBound) installments.")
        }
    }

    /// Validates the terms and amortizes them: the schedule a new plan starts with.
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) from ``validate(_:)`` or
    ///   ``PaymentPlanSchedule/amortize(_:)``.
    func makeSchedule(_ terms: PaymentPlanTerms) throws -> PaymentPlanSchedule {
        try validate(terms)
        return try PaymentPlanSchedule.amortize(terms)
    }

    // MARK: - Proposals for staff

    /// The installment counts this policy allows for `financed`: from the site's minimum count to the
    /// most whose smallest installment still meets the minimum installment. `nil` when even the
    /// minimum count would fall below it.
    func installmentCounts(financing financed: Money) -> ClosedRange<Int>? {
        guard financed.cents > 0 else { return nil }
        let most = min(Int64(maximumInstallments), financed.cents / minimumInstallment.cents)
        guard most >= Int64(minimumInstallments) else { return nil }
        return minimumInstallments...Int(most)
    }

    /// The fewest installments, within policy, whose largest installment is no more than what the
    /// patient says they can pay each month: the shortest plan the patient can keep.
    ///
    /// ```swift
    /// try policy.fewestInstallments(financing: Money(cents: 100_000), affordable: Money(cents: 9_000))  // 12
    /// ```
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) when the balance is too small for a plan, or even the
    ///   longest plan allowed would cost more a month than the patient can pay.
    func fewestInstallments(financing financed: Money, affordable: Money) throws -> Int {
        guard let counts = installmentCounts(financing: financed) else {
            throw RevCycleError(
                .invalidInput,
                "\(financed) is too small for a plan: the site's minimum is \(minimumInstallments) "
                    + "installments of at least \(minimumInstallment), so a plan needs at least \(smallestFinancedAmount).",
                remedy: "Take the balance as a single payment.")
        }
        guard affordable.cents > 0 else {
            throw RevCycleError(.invalidInput, "What the patient can pay each month must be more than $0.00.")
        }
        // The largest installment over n is ⌈financed / n⌉, which is ≤ affordable exactly when n ≥ ⌈financed / affordable⌉.
        let needed = (financed.cents + affordable.cents - 1) / affordable.cents
        let count = max(Int64(counts.lowerBound), needed)
        guard count <= Int64(counts.upperBound) else {
            throw RevCycleError(
                .invalidInput,
                "Even the longest plan allowed, \(counts.upperBound) installments, would be "
                    + "\(InstallmentRange(financed, over: counts.upperBound)) a month on \(financed), more than the "
                    + "\(affordable) the patient can pay.",
                remedy: "Screen the patient for financial assistance, or take a larger down payment.")
        }
        return Int(count)
    }

    // MARK: - Wording

    /// The least a plan can finance: the minimum count of minimum installments.
    private var smallestFinancedAmount: Money { minimumInstallment * Int64(minimumInstallments) }

    /// `10% of the balance`, `$100.00`, or both, as the rule is set.
    private var downPaymentRule: String {
        let percent = "\(Self.percentText(basisPoints: minimumDownPaymentBasisPoints)) of the balance"
        switch (minimumDownPaymentBasisPoints > 0, minimumDownPayment.cents > 0) {
        case (true, true): return "the larger of \(percent) and \(minimumDownPayment)"
        case (true, false): return percent
        default: return "\(minimumDownPayment)"
        }
    }

    /// `10%`, `12.5%`, `0.05%`: basis points as a percentage, without trailing zeros.
    static func percentText(basisPoints: Int64) -> String {
        let hundredths = basisPoints % 100
        guard hundredths != 0 else { return "\(basisPoints / 100)%" }
        let fraction =
            hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
        return "\(basisPoints / 100).\(fraction)%"
    }

    /// `$210.00`, or `$210.00 (after a $40.00 down payment)`.
    private func financedPhrase(_ terms: PaymentPlanTerms) -> String {
        terms.downPayment.isZero ? "\(terms.financed)" : "\(terms.financed) (after a \(terms.downPayment) down payment)"
    }
}
