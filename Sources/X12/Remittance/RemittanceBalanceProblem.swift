/// One way a remittance fails to balance: which equation, where, and the amounts involved.
///
/// The three equations of 005010X221A1 (section 1.10.2.1), with every amount signed (a reversal's
/// are negative, interest in PLB is negative):
///
/// - ``Rule/serviceLine``: `SVC02 − Σ line CAS = SVC03`;
/// - ``Rule/claim``: `CLP03 − Σ claim CAS − Σ line CAS = CLP04` (charge less every adjustment at claim
///   and line level is the payment);
/// - ``Rule/payment``: `BPR02 = Σ CLP04 − Σ PLB` (BPR02 negated when BPR03 is `D`).
///
/// ```swift
/// for problem in advice.balancingProblems {
///     print(problem)
///     // segment 24 (SVC): service line 1 of claim 2: SVC02 − Σ CAS = SVC03 fails: 150.00 − 30.00 = 120.00, but SVC03 is 100.00
/// }
/// ```
///
/// Descriptions carry amounts and positions but no patient data.
public struct RemittanceBalanceProblem: Sendable, Hashable, CustomStringConvertible {
    /// Which balancing equation fails.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// `SVC02 − Σ line CAS = SVC03`.
        case serviceLine = "SVC02 − Σ CAS = SVC03"
        /// `CLP03 − Σ claim and line CAS = CLP04`.
        case claim = "CLP03 − Σ CAS (claim and lines) = CLP04"
        /// `BPR02 = Σ CLP04 − Σ PLB`.
        case payment = "BPR02 = Σ CLP04 − Σ PLB"
    }

    public var rule: Rule
    /// The claim's index in ``RemittanceAdvice/claims`` (for the line and claim rules).
    public var claimIndex: Int?
    /// The line's index in ``RemittanceClaim/serviceLines`` (for the line rule).
    public var lineIndex: Int?
    /// The segment that states the amount that does not match (SVC, CLP or BPR), when the remittance
    /// was read from text.
    public var location: X12Error.Location?
    /// What the equation gives from the other amounts, in cents.
    public var expected: Int64
    /// What the remittance states (SVC03, CLP04 or the signed BPR02), in cents.
    public var actual: Int64
    /// The equation with the amounts put in, in words.
    public var equation: String

    public init(
        rule: Rule, claimIndex: Int? = nil, lineIndex: Int? = nil, location: X12Error.Location? = nil, expected: Int64,
        actual: Int64, equation: String
    ) {
        self.rule = rule
        self.claimIndex = claimIndex
        self.lineIndex = lineIndex
        self.location = location
        self.expected = expected
        self.actual = actual
        self.equation = equation
    }

    /// `segment 24 (SVC): service line 1 of claim 2: SVC02 − Σ CAS = SVC03 fails: …` (1-based numbers).
    public var description: String {
        var parts: [String] = []
        if let location, !location.description.isEmpty { parts.append(location.description) }
        switch (claimIndex, lineIndex) {
        case let (claim?, line?): parts.append("service line \(line + 1) of claim \(claim + 1)")
        case let (claim?, nil): parts.append("claim \(claim + 1)")
        default: parts.append("the payment")
        }
        parts.append(equation)
        return parts.joined(separator: ": ")
    }
}
