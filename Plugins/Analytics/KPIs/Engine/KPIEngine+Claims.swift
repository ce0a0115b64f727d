import RevCycleCore

/// Claim KPIs: clean claim rate, initial denial rates (claims and dollars, by payer and by reason) and
/// the denial reasons' Pareto. A claim counts in the range its first submission falls in.
extension KPIEngine {
    /// Claims first submitted in the range.
    var submittedClaims: [AnalyticsFacts.ClaimFact] {
        facts.claims.filter { facts.range.contains($0.submittedOn) }
    }

    private var noClaimsReason: String { "no claims were first submitted \(rangeText)" }

    /// Claims clean on the scrubber's first run ÷ claims submitted.
    func cleanClaimRate() -> KPIResult {
        let claims = submittedClaims
        let clean = claims.filter(\.cleanOnFirstScrub)
        return measure(
            .cleanClaimRate, .count(clean.count), over: .count(claims.count), noDataReason: noClaimsReason,
            drillDown: DrillDown(numerator: clean.map(\.reference), denominator: claims.map(\.reference))
        ) { ratio in
            "\(Self.counted(clean.count, "claim")) clean on the first scrub ÷ "
                + "\(Self.counted(claims.count, "claim")) submitted \(rangeText) = \(ratio)"
        }
    }

    // MARK: - Initial denial rate

    /// Initially denied claims ÷ claims submitted; by payer, then by reason code.
    func initialDenialRate() -> KPIResult {
        let claims = submittedClaims
        let byPayer = Self.byPayer(claims).map { payer, payerClaims in
            denialCountRate(payerClaims, scope: .payer(payer), noun: "\(payer) claim")
        }
        let byReason = Self.byReason(DenialAllocation.allocations(claims)).map { reason, rows in
            let denied = rows.map { KPIReference.claim($0.claim) }
            let deniedCount = Set(denied).count
            return measure(
                .initialDenialRate, scope: .reason(reason), .count(deniedCount), over: .count(claims.count),
                noDataReason: noClaimsReason,
                drillDown: DrillDown(numerator: denied, denominator: claims.map(\.reference))
            ) { ratio in
                "\(Self.counted(deniedCount, "claim")) initially denied for \(reason) ÷ "
                    + "\(Self.counted(claims.count, "claim")) submitted \(rangeText) = \(ratio)"
            }
        }
        var result = denialCountRate(claims, scope: .whole, noun: "claim")
        result.breakdown = byPayer + byReason
        return result
    }

    private func denialCountRate(_ claims: [AnalyticsFacts.ClaimFact], scope: KPIScope, noun: String) -> KPIResult {
        let denied = claims.filter(\.initiallyDenied)
        return measure(
            .initialDenialRate, scope: scope, .count(denied.count), over: .count(claims.count),
            noDataReason: noClaimsReason,
            drillDown: DrillDown(numerator: denied.map(\.reference), denominator: claims.map(\.reference))
        ) { ratio in
            "\(Self.counted(denied.count, noun)) initially denied ÷ "
                + "\(Self.counted(claims.count, noun)) submitted \(rangeText) = \(ratio)"
        }
    }

    /// Dollars denied on first answers ÷ charges on the claims submitted; by payer, then by reason code.
    func initialDenialDollarRate() -> KPIResult {
        let claims = submittedClaims
        let byPayer = Self.byPayer(claims).map { payer, payerClaims in
            denialDollarRate(payerClaims, scope: .payer(payer), noun: "\(payer) claim")
        }
        let charges = claims.reduce(Money.zero) { $0 + $1.charges }
        let byReason = Self.byReason(DenialAllocation.allocations(claims)).map { reason, rows in
            let denied = rows.reduce(Money.zero) { $0 + $1.amount }
            return measure(
                .initialDenialDollarRate, scope: .reason(reason), .money(denied), over: .money(charges),
                noDataReason: chargesGap(claims, charges),
                drillDown: DrillDown(numerator: rows.map { .claim($0.claim) }, denominator: claims.map(\.reference))
            ) { ratio in
                "\(denied) denied for \(reason) ÷ \(charges) charged on claims submitted \(rangeText) = \(ratio)"
            }
        }
        var result = denialDollarRate(claims, scope: .whole, noun: "claim")
        result.breakdown = byPayer + byReason
        return result
    }

    private func denialDollarRate(_ claims: [AnalyticsFacts.ClaimFact], scope: KPIScope, noun: String) -> KPIResult {
        let denied = claims.filter(\.initiallyDenied)
        let deniedAmount = denied.reduce(Money.zero) { $0 + $1.deniedAmount }
        let charges = claims.reduce(Money.zero) { $0 + $1.charges }
        return measure(
            .initialDenialDollarRate, scope: scope, .money(deniedAmount), over: .money(charges),
            noDataReason: chargesGap(claims, charges),
            drillDown: DrillDown(numerator: denied.map(\.reference), denominator: claims.map(\.reference))
        ) { ratio in
            "\(deniedAmount) denied on first answers ÷ \(charges) charged on "
                + "\(Self.counted(claims.count, noun)) submitted \(rangeText) = \(ratio)"
        }
    }

    private func chargesGap(_ claims: [AnalyticsFacts.ClaimFact], _ charges: Money) -> String {
        claims.isEmpty ? noClaimsReason : "the claims submitted \(rangeText) charge \(charges) in all"
    }

    private static func byPayer(_ claims: [AnalyticsFacts.ClaimFact]) -> [(String, [AnalyticsFacts.ClaimFact])] {
        Dictionary(grouping: claims, by: \.payer).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func byReason(_ allocations: [DenialAllocation]) -> [(String, [DenialAllocation])] {
        Dictionary(grouping: allocations, by: \.reason).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    // MARK: - Pareto

    /// Denied dollars by reason code, largest first, with each reason's share and the running share.
    ///
    /// Rows are ordered by dollars, then by number of claims, then by code, so equal rows keep a stable
    /// order. The running share is the running dollars ÷ the denied total, each rounded once, so the last
    /// row reads 100.00% exactly.
    func denialReasons() -> KPIResult {
        let claims = submittedClaims
        let deniedClaims = claims.filter(\.initiallyDenied)
        guard !deniedClaims.isEmpty else {
            let reason = claims.isEmpty
                ? noClaimsReason
                : "none of the \(Self.counted(claims.count, "claim")) submitted \(rangeText) was initially denied"
            return .noData(.denialReasons, reason: reason)
        }
        let allocations = DenialAllocation.allocations(claims)
        let total = allocations.reduce(Money.zero) { $0 + $1.amount }
        let everyDenied = deniedClaims.map(\.reference)
        let reasons = Self.byReason(allocations).map { reason, rows in
            (code: reason, amount: rows.reduce(Money.zero) { $0 + $1.amount }, claims: Set(rows.map(\.claim)))
        }.sorted { lhs, rhs in
            if lhs.amount != rhs.amount { return lhs.amount > rhs.amount }
            if lhs.claims.count != rhs.claims.count { return lhs.claims.count > rhs.claims.count }
            return lhs.code < rhs.code
        }
        var running = Money.zero
        var rows: [KPIResult] = []
        var words: [String] = []
        for reason in reasons {
            running += reason.amount
            var row = measure(
                .denialReasons, scope: .reason(reason.code), .money(reason.amount), over: .money(total),
                noDataReason: "the denied claims carry \(total) of denied dollars",
                drillDown: DrillDown(numerator: reason.claims.map { .claim($0) }, denominator: everyDenied)
            ) { ratio in
                "\(reason.code): \(reason.amount) on \(Self.counted(reason.claims.count, "claim")) ÷ "
                    + "\(total) denied = \(ratio)"
            }
            row.cumulativeShare = KPIRatio(.money(running), over: .money(total), unit: .percent)
            if let cumulative = row.cumulativeShare {
                row.formula += " (running share \(cumulative))"
                words.append("\(reason.code) \(reason.amount) (\(row.outcome), running \(cumulative))")
            }
            rows.append(row)
        }
        let drillDown = DrillDown(numerator: everyDenied, denominator: everyDenied)
        guard total > .zero else {
            var result = KPIResult.noData(
                .denialReasons,
                reason: "the \(Self.counted(deniedClaims.count, "initially denied claim")) \(rangeText) "
                    + "carry \(total) of denied dollars",
                drillDown: drillDown)
            result.breakdown = rows
            return result
        }
        return KPIResult(
            kpi: .denialReasons, outcome: .amount(total),
            formula: "\(total) denied on \(Self.counted(deniedClaims.count, "claim")) submitted \(rangeText), "
                + "by reason: " + words.joined(separator: "; "),
            drillDown: drillDown, breakdown: rows)
    }
}
