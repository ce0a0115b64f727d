extension RemittanceAdvice {
    /// Every balancing equation the remittance breaks, in order: for each claim its lines, then the
    /// claim; then the payment. Empty when the remittance balances.
    ///
    /// See ``RemittanceBalanceProblem`` for the equations. Reading never checks them, so an importer
    /// can report every problem of a file at once and decide what to do.
    public var balancingProblems: [RemittanceBalanceProblem] {
        var problems: [RemittanceBalanceProblem] = []
        for (claimIndex, claim) in claims.enumerated() {
            var lineAdjustments: Int64 = 0
            for (lineIndex, line) in claim.serviceLines.enumerated() {
                let adjusted = Self.sum(line.adjustments.map(\.amount))
                lineAdjustments &+= adjusted
                let expected = line.chargeAmount &- adjusted
                if expected != line.paidAmount {
                    problems.append(
                        RemittanceBalanceProblem(
                            rule: .serviceLine, claimIndex: claimIndex, lineIndex: lineIndex,
                            location: line.readFrom.location, expected: expected, actual: line.paidAmount,
                            equation: "\(RemittanceBalanceProblem.Rule.serviceLine.rawValue) fails: "
                                + "\(Self.amount(line.chargeAmount)) − \(Self.amount(adjusted)) = \(Self.amount(expected)), "
                                + "but SVC03 is \(Self.amount(line.paidAmount))"))
                }
            }
            let claimAdjustments = Self.sum(claim.adjustments.map(\.amount))
            let expected = claim.chargeAmount &- claimAdjustments &- lineAdjustments
            if expected != claim.paidAmount {
                problems.append(
                    RemittanceBalanceProblem(
                        rule: .claim, claimIndex: claimIndex, location: claim.readFrom.location, expected: expected,
                        actual: claim.paidAmount,
                        equation: "\(RemittanceBalanceProblem.Rule.claim.rawValue) fails: "
                            + "\(Self.amount(claim.chargeAmount)) − \(Self.amount(claimAdjustments)) (claim CAS) − "
                            + "\(Self.amount(lineAdjustments)) (line CAS) = \(Self.amount(expected)), "
                            + "but CLP04 is \(Self.amount(claim.paidAmount))"))
            }
        }
        let paid = Self.sum(claims.map(\.paidAmount))
        let provider = Self.sum(providerAdjustments.map(\.amount))
        let expected = paid &- provider
        if expected != payment.signedAmount {
            let stated = payment.isCredit ? Self.amount(payment.amount) : "\(Self.amount(payment.amount)) (a debit)"
            problems.append(
                RemittanceBalanceProblem(
                    rule: .payment, location: readFrom.location, expected: expected, actual: payment.signedAmount,
                    equation: "\(RemittanceBalanceProblem.Rule.payment.rawValue) fails: Σ CLP04 \(Self.amount(paid)) − "
                        + "Σ PLB \(Self.amount(provider)) = \(Self.amount(expected)), but BPR02 is \(stated)"))
        }
        return problems
    }

    /// A sum that wraps rather than traps on absurd input (amounts are at most 18 digits).
    private static func sum(_ amounts: [Int64]) -> Int64 {
        amounts.reduce(0, &+)
    }

    /// Cents as dollars with two decimals: `-1250` → `-12.50`.
    private static func amount(_ cents: Int64) -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
