@testable import Analytics
import RevCycleCore
import Testing

/// Clean claim rate, initial denial rates and the denial reasons' Pareto.
struct KPIClaimTests {
    /// March 2026. Four claims inside the range, one on the day before and one on the day after:
    /// - C1 AETNA, Mar 1 (first day), $1,000.00, clean, paid.
    /// - C2 AETNA, Mar 15, $2,000.00, not clean, denied $500.00 for CO-197.
    /// - C3 MEDICARE, Mar 31 (last day), $3,000.00, clean, denied $1,200.00 for CO-16 and CO-50 → $600.00 each.
    /// - C4 MEDICARE, Mar 20, $4,000.00, not clean, denied $300.01 for CO-197, CO-16, CO-197 (listed twice)
    ///   → two distinct reasons: CO-197 $150.01 (first listed takes the extra cent), CO-16 $150.00.
    /// Denied by reason: CO-16 $750.00 (2 claims), CO-197 $650.01 (2), CO-50 $600.00 (1); total $2,000.01.
    static var march: AnalyticsFacts {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.claims = [
            KPIFixture.claim("C0", "BCBS", on: "2026-02-28", charges: "9,000.00", clean: false, denied: "9,000.00", reasons: ["CO-29"]),
            KPIFixture.claim("C1", "AETNA", on: "2026-03-01", charges: "1,000.00"),
            KPIFixture.claim("C2", "AETNA", on: "2026-03-15", charges: "2,000.00", clean: false, denied: "500.00", reasons: ["CO-197"]),
            KPIFixture.claim("C3", "MEDICARE", on: "2026-03-31", charges: "3,000.00", denied: "1,200.00", reasons: ["CO-16", "CO-50"]),
            KPIFixture.claim("C4", "MEDICARE", on: "2026-03-20", charges: "4,000.00", clean: false, denied: "300.01",
                             reasons: ["CO-197", "CO-16", "CO-197"]),
            KPIFixture.claim("C5", "BCBS", on: "2026-04-01", charges: "9,000.00", clean: false, denied: "9,000.00", reasons: ["CO-29"]),
        ]
        return facts
    }

    @Test("Clean claim rate counts claims submitted on the first and last day, not the days around them")
    func cleanClaimRate() throws {
        let result = try #require(Self.march.result(.cleanClaimRate))
        // C1 and C3 clean of C1–C4: 2 ÷ 4 = 50.00%.
        #expect(result.rounded == 5_000)
        #expect(result.drillDown.numerator == [.claim("C1"), .claim("C3")])
        #expect(result.drillDown.denominator == ["C1", "C2", "C3", "C4"].map { .claim($0) })
        #expect(result.formula == "2 claims clean on the first scrub ÷ 4 claims submitted from 2026-03-01 to 2026-03-31 = 50.00%")
    }

    @Test("Initial denial rate by claims, overall, by payer and by reason code")
    func denialRateByCount() throws {
        let result = try #require(Self.march.result(.initialDenialRate))
        // C2, C3, C4 denied of 4: 75.00%.
        #expect(result.rounded == 7_500)
        // AETNA 1 of 2 = 50.00%; MEDICARE 2 of 2 = 100.00%; BCBS only outside the range: absent.
        #expect(result.breakdown(.payer("AETNA"))?.rounded == 5_000)
        #expect(result.breakdown(.payer("MEDICARE"))?.rounded == 10_000)
        #expect(result.breakdown(.payer("BCBS")) == nil)
        // CO-16: C3, C4 = 2 of 4; CO-197: C2, C4 = 2 of 4; CO-50: C3 = 1 of 4.
        #expect(result.breakdown(.reason("CO-16"))?.rounded == 5_000)
        #expect(result.breakdown(.reason("CO-197"))?.rounded == 5_000)
        #expect(result.breakdown(.reason("CO-50"))?.rounded == 2_500)
        #expect(result.breakdown(.reason("CO-16"))?.drillDown.numerator == [.claim("C3"), .claim("C4")])
    }

    @Test("Initial denial rate by dollars: denied dollars ÷ charges, overall and by payer")
    func denialRateByDollars() throws {
        let result = try #require(Self.march.result(.initialDenialDollarRate))
        // $2,000.01 ÷ $10,000.00 = 20.0001% → 2,000.01 basis points → 2,000.
        #expect(result.ratio?.numerator == .money(KPIFixture.usd("2,000.01")))
        #expect(result.ratio?.denominator == .money(KPIFixture.usd("10,000.00")))
        #expect(result.rounded == 2_000)
        // AETNA $500.00 ÷ $3,000.00 = 1,666.67 bp → 1,667; MEDICARE $1,500.01 ÷ $7,000.00 = 2,142.87 bp → 2,143.
        #expect(result.breakdown(.payer("AETNA"))?.rounded == 1_667)
        #expect(result.breakdown(.payer("MEDICARE"))?.rounded == 2_143)
        // By reason over all charges: CO-16 $750.00 ÷ $10,000.00 = 7.50%.
        #expect(result.breakdown(.reason("CO-16"))?.rounded == 750)
    }

    @Test("The Pareto sorts reasons by dollars and its running share ends at exactly 100%")
    func pareto() throws {
        let result = try #require(Self.march.result(.denialReasons))
        #expect(result.outcome == .amount(KPIFixture.usd("2,000.01")))
        #expect(result.breakdown.map(\.scope) == [.reason("CO-16"), .reason("CO-197"), .reason("CO-50")])
        #expect(result.breakdown.map(\.ratio?.numerator) == ["750.00", "650.01", "600.00"].map { .money(KPIFixture.usd($0)) })
        // Shares: 75,000 ÷ 200,001 = 3,749.98 bp → 3,750; 65,001 ÷ 200,001 = 3,250.03 → 3,250; 60,000 ÷ 200,001 = 2,999.99 → 3,000.
        #expect(result.breakdown.map(\.rounded) == [3_750, 3_250, 3_000])
        // Running: 75,000 → 3,750; 140,001 ÷ 200,001 = 7,000.01 → 7,000; 200,001 → 10,000.
        #expect(result.breakdown.map(\.cumulativeShare?.rounded) == [3_750, 7_000, 10_000])
        #expect(result.breakdown[1].drillDown.numerator == [.claim("C2"), .claim("C4")])
        #expect(result.breakdown[0].formula == "CO-16: $750.00 on 2 claims ÷ $2,000.01 denied = 37.50% (running share 37.50%)")
    }

    @Test("Equal reasons keep a stable order: by claims, then by code")
    func paretoTies() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.claims = [
            KPIFixture.claim("A", "AETNA", on: "2026-03-02", charges: "100.00", denied: "10.00", reasons: ["CO-50"]),
            KPIFixture.claim("B", "AETNA", on: "2026-03-02", charges: "100.00", denied: "10.00", reasons: ["CO-45"]),
            KPIFixture.claim("C", "AETNA", on: "2026-03-02", charges: "100.00", denied: "5.00", reasons: ["CO-97"]),
            KPIFixture.claim("D", "AETNA", on: "2026-03-02", charges: "100.00", denied: "5.00", reasons: ["CO-18"]),
            KPIFixture.claim("E", "AETNA", on: "2026-03-02", charges: "100.00", denied: "5.00", reasons: []),
        ]
        let rows = try #require(facts.result(.denialReasons)).breakdown
        // $10.00 on one claim each: CO-45 before CO-50 by code. Then $5.00 on one claim each: CO-18, CO-97
        // and claim E's missing reason, filed as "unspecified", in code order.
        #expect(rows.map(\.scope) == ["CO-45", "CO-50", "CO-18", "CO-97", "unspecified"].map { .reason($0) })
        #expect(rows.last?.cumulativeShare?.rounded == 10_000)
    }

    @Test("No claims in the range: every claim KPI is no data with the reason", arguments: [
        KPI.cleanClaimRate, .initialDenialRate, .initialDenialDollarRate, .denialReasons,
    ])
    func noClaims(kpi: KPI) throws {
        var facts = Self.march
        facts.range = .init(first: KPIFixture.day("2026-05-01"), last: KPIFixture.day("2026-05-31"))
        #expect(facts.result(kpi)?.noDataReason == "no claims were first submitted from 2026-05-01 to 2026-05-31")
    }

    @Test("Claims with no denials leave the Pareto empty and the rates at zero")
    func noDenials() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.claims = [KPIFixture.claim("C1", "AETNA", on: "2026-03-02", charges: "100.00")]
        #expect(facts.result(.initialDenialRate)?.rounded == 0)
        #expect(facts.result(.denialReasons)?.noDataReason
            == "none of the 1 claim submitted from 2026-03-01 to 2026-03-31 was initially denied")
    }

    @Test("Zero charges or zero denied dollars are no data for the dollar ratios")
    func zeroDollars() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.claims = [KPIFixture.claim("C1", "AETNA", on: "2026-03-02", charges: "0.00", denied: "0.00", reasons: ["CO-16"])]
        #expect(facts.result(.initialDenialRate)?.rounded == 10_000)
        #expect(facts.result(.initialDenialDollarRate)?.noDataReason
            == "the claims submitted from 2026-03-01 to 2026-03-31 charge $0.00 in all")
        #expect(facts.result(.denialReasons)?.noDataReason?.contains("carry $0.00 of denied dollars") == true)
    }
}
