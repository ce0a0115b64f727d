/// Checks the balancing equations of a remittance one claim at a time, for ``RemittanceStream``.
///
/// This is the one definition of the equations that ``RemittanceBalanceProblem`` lists:
/// ``RemittanceAdvice/balancingProblems`` runs it over a whole advice. Add each claim in order, then
/// the provider adjustments, then ask ``finish(for:)`` with the payment's header. Only running totals
/// and the problems found are kept.
///
/// ```swift
/// var check = RemittanceBalanceCheck()
/// for claim in claims { check.add(claim) }
/// check.add(providerAdjustments)
/// let problems = check.finish(for: header)   // the same as a whole advice's balancingProblems
/// ```
public struct RemittanceBalanceCheck: Sendable {
    /// The problems found so far: for each claim its lines, then the claim.
    public private(set) var problems: [RemittanceBalanceProblem] = []
    private var claimCount = 0
    private var paid: Int64 = 0
    private var provider: Int64 = 0

    public init() {}

    /// Checks a claim and its lines (the next claim of the remittance) and adds its payment to the total.
    public mutating func add(_ claim: RemittanceClaim) {
        let claimIndex = claimCount
        claimCount += 1
        paid &+= claim.paidAmount
        var lineAdjustments: Int64 = 0
        for (lineIndex, line) in claim.serviceLines.enumerated() {
            let adjusted = Self.sum(line.adjustments)
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
        let claimAdjustments = Self.sum(claim.adjustments)
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

    /// Adds provider adjustments (PLB pairs) to the total they are taken from.
    public mutating func add(_ adjustments: [ProviderAdjustment]) {
        for adjustment in adjustments { provider &+= adjustment.amount }
    }

    /// Every problem found, ending with the payment equation (`BPR02 = Σ CLP04 − Σ PLB`) when it fails.
    ///
    /// - Parameter header: the remittance's header: its ``RemittanceAdvice/payment`` and
    ///   ``RemittanceAdvice/readFrom`` are used, its claims and provider adjustments are not.
    public func finish(for header: RemittanceAdvice) -> [RemittanceBalanceProblem] {
        let payment = header.payment
        let expected = paid &- provider
        guard expected != payment.signedAmount else { return problems }
        let stated = payment.isCredit ? Self.amount(payment.amount) : "\(Self.amount(payment.amount)) (a debit)"
        return problems + [
            RemittanceBalanceProblem(
                rule: .payment, location: header.readFrom.location, expected: expected, actual: payment.signedAmount,
                equation: "\(RemittanceBalanceProblem.Rule.payment.rawValue) fails: Σ CLP04 \(Self.amount(paid)) − "
                    + "Σ PLB \(Self.amount(provider)) = \(Self.amount(expected)), but BPR02 is \(stated)")
        ]
    }

    /// A sum that wraps rather than traps on absurd input (amounts are at most 18 digits).
    private static func sum(_ adjustments: [RemittanceAdjustment]) -> Int64 {
        adjustments.reduce(0) { $0 &+ $1.amount }
    }

    /// Cents as dollars with two decimals: `-1250` → `-12.50`.
    private static func amount(_ cents: Int64) -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
