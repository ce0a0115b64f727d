extension RemittanceAdvice {
    /// Every balancing equation the remittance breaks, in order: for each claim its lines, then the
    /// claim; then the payment. Empty when the remittance balances.
    ///
    /// See ``RemittanceBalanceProblem`` for the equations. Reading never checks them, so an importer
    /// can report every problem of a file at once and decide what to do. ``RemittanceBalanceCheck``
    /// finds the same problems one claim at a time, for ``RemittanceStream``.
    public var balancingProblems: [RemittanceBalanceProblem] {
        var check = RemittanceBalanceCheck()
        for claim in claims { check.add(claim) }
        check.add(providerAdjustments)
        return check.finish(for: self)
    }
}
