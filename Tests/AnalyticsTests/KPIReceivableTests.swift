@testable import Analytics
import RevCycleCore
import Testing

/// Net days in A/R, days in credit balance, the aging table and aged A/R over 90 days.
struct KPIReceivableTests {
    /// March 1–30, 2026 (30 days). Inside the range: gross charges $50,000.00 (posted −$20,000.00 on
    /// the first day and −$30,000.00 on the last), contractual $10,000.00, charity $2,000.00, administrative
    /// $965.00, bad debt $700.00 (not deducted from net revenue). Net revenue = 50,000 − 10,000 − 2,000 − 965
    /// = $37,035.00; average day = $1,234.50. The days just outside carry large charges that must not count.
    /// Receivables at March 30: AETNA $5,000.00 (served Mar 20), patient $2,345.00 (Jan 10), MEDICARE
    /// $5,000.00 (2025-11-20), credit −$617.25. Net A/R = $12,345.00.
    static var march: AnalyticsFacts {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-30")
        facts.post("2026-02-28", "revenue:charges", "-99,999.00")
        facts.post("2026-03-01", "revenue:charges", "-20,000.00")
        facts.post("2026-03-01", "adj:contractual", "10,000.00")
        facts.post("2026-03-15", "adj:charity", "2,000.00")
        facts.post("2026-03-30", "revenue:charges", "-30,000.00")
        facts.post("2026-03-30", "adj:administrative", "965.00")
        facts.post("2026-03-30", "adj:bad-debt", "700.00")
        facts.post("2026-03-31", "revenue:charges", "-77,777.00")
        facts.receivables = [
            KPIFixture.receivable(1, "ar:insurance:AETNA", "5,000.00", servedOn: "2026-03-20"),
            KPIFixture.receivable(2, "ar:patient", "2,345.00", servedOn: "2026-01-10"),
            KPIFixture.receivable(3, "ar:insurance:MEDICARE", "5,000.00", servedOn: "2025-11-20"),
            KPIFixture.receivable(4, "ar:credit", "-617.25", servedOn: "2026-02-01"),
        ]
        facts.accountActivity = [
            KPIFixture.activity(7, on: "2026-03-01", "revenue:charges", "-20,000.00", servedOn: "2026-03-01"),
            KPIFixture.activity(8, on: "2026-03-30", "revenue:charges", "-30,000.00", servedOn: "2026-03-30"),
            KPIFixture.activity(9, on: "2026-03-31", "revenue:charges", "-77,777.00", servedOn: "2026-03-31"),
        ]
        return facts
    }

    @Test("Net days in A/R: net A/R ÷ average daily net revenue, charges on the first and last day counted, a day outside not")
    func netDaysInAR() throws {
        let result = try #require(Self.march.result(.netDaysInAR))
        // 1,234,500 cents × 30 days × 10 ÷ 3,703,500 cents = 100 tenths.
        #expect(result.rounded == 100)
        let ratio = try #require(result.ratio)
        #expect(ratio.numerator == .money(KPIFixture.usd("12,345.00")))
        #expect(ratio.denominator == .money(KPIFixture.usd("37,035.00")))
        #expect(result.formula.hasPrefix(
            "net A/R $12,345.00 at 2026-03-30 ÷ average daily net revenue $1,234.50 (net revenue $37,035.00 over 30 days"))
        #expect(result.formula.hasSuffix("= 10.0 days"))
        #expect(result.drillDown.numerator == [1, 2, 3].map { .account(AccountID($0)) })
        #expect(result.drillDown.denominator == [7, 8].map { .account(AccountID($0)) }, "account 9 posted after the range")
    }

    @Test("Days in credit balance: the credit balances' absolute sum ÷ average daily net revenue")
    func daysInCreditBalance() throws {
        let result = try #require(Self.march.result(.daysInCreditBalance))
        // 61,725 × 30 × 10 ÷ 3,703,500 = 5 tenths exactly.
        #expect(result.rounded == 5)
        #expect(result.ratio?.numerator == .money(KPIFixture.usd("617.25")))
        #expect(result.drillDown.numerator == [.account(AccountID(4))])
    }

    @Test("No revenue in the range: both days KPIs say so instead of dividing", arguments: [KPI.netDaysInAR, .daysInCreditBalance])
    func noRevenue(kpi: KPI) throws {
        var facts = Self.march
        facts.range = .init(first: KPIFixture.day("2026-04-02"), last: KPIFixture.day("2026-04-30"))
        let reason = try #require(facts.result(kpi)?.noDataReason)
        #expect(reason.contains("net revenue from 2026-04-02 to 2026-04-30 is $0.00"))
    }

    @Test("Net revenue wiped out by adjustments is no data, not a negative number of days")
    func negativeNetRevenue() throws {
        var facts = Self.march
        facts.post("2026-03-10", "adj:contractual", "37,035.00")   // net revenue exactly $0.00
        #expect(facts.result(.netDaysInAR)?.noDataReason?.contains("is $0.00") == true)
        facts.post("2026-03-10", "adj:contractual", "0.01")        // −$0.01
        #expect(facts.result(.netDaysInAR)?.noDataReason?.contains("is -$0.01") == true)
    }

    @Test("Aging buckets are closed at 30, 60, 90 and 120 days", arguments: [
        (0, AgeBucket.upTo30), (30, .upTo30), (31, .from31To60), (60, .from31To60), (61, .from61To90),
        (90, .from61To90), (91, .from91To120), (120, .from91To120), (121, .over120), (-3, .upTo30),
    ])
    func bucketBoundaries(days: Int, bucket: AgeBucket) throws {
        let asOf = KPIFixture.day("2026-03-31")
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.receivables = [.init(
            account: AccountID(1), guarantor: GuarantorID(1), serviceDate: asOf.adding(days: -days),
            bucket: "ar:patient", amount: KPIFixture.usd("10.00"))]
        let aging = try #require(facts.result(.arAging))
        #expect(aging.breakdown(.ageBucket(bucket))?.rounded == 10_000, "\(days) days should fall in \(bucket)")
        let aged = try #require(facts.result(.agedAROver90Days))
        #expect(aged.rounded == (days > 90 ? 10_000 : 0))
    }

    /// At March 31: AETNA $100.00 at 30 days and $300.00 at 31; patient $50.00 at 90 and $150.00 at 91;
    /// MEDICARE $400.00 at 121; a credit of −$20.00 left out. Owed $1,000.00.
    static var agingFacts: AnalyticsFacts {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.receivables = [
            KPIFixture.receivable(1, "ar:insurance:AETNA", "100.00", servedOn: "2026-03-01"),    // 30 days
            KPIFixture.receivable(2, "ar:insurance:AETNA", "300.00", servedOn: "2026-02-28"),    // 31
            KPIFixture.receivable(3, "ar:patient", "50.00", servedOn: "2025-12-31"),             // 90
            KPIFixture.receivable(4, "ar:patient", "150.00", servedOn: "2025-12-30"),            // 91
            KPIFixture.receivable(5, "ar:insurance:MEDICARE", "400.00", servedOn: "2025-11-30"), // 121
            KPIFixture.receivable(6, "ar:credit", "-20.00", servedOn: "2026-01-15"),
        ]
        return facts
    }

    @Test("The aging table gives each bucket's amount and share, overall and by payer and patient")
    func agingTable() throws {
        let aging = try #require(Self.agingFacts.result(.arAging))
        #expect(aging.outcome == .amount(KPIFixture.usd("1,000.00")))
        // Overall: 100 / 300 / 50 / 150 / 400 of 1,000.
        let overall = AgeBucket.allCases.map { aging.breakdown(.ageBucket($0))?.rounded }
        #expect(overall == [1_000, 3_000, 500, 1_500, 4_000])
        // Rows in order: AETNA ($400: 25% / 75%), MEDICARE ($400: all over 120), patient ($200: 25% / 75%).
        let rows = aging.breakdown.filter { if case .ageBucket = $0.scope { false } else { true } }
        #expect(rows.map(\.scope) == [.payer("AETNA"), .payer("MEDICARE"), .patient])
        #expect(rows.map(\.outcome) == ["400.00", "400.00", "200.00"].map { .amount(KPIFixture.usd($0)) })
        #expect(rows[0].breakdown.map(\.rounded) == [2_500, 7_500, 0, 0, 0])
        #expect(rows[1].breakdown.map(\.rounded) == [0, 0, 0, 0, 10_000])
        #expect(rows[2].breakdown.map(\.rounded) == [0, 0, 2_500, 7_500, 0])
        #expect(rows[2].breakdown[3].drillDown.numerator == [.account(AccountID(4))])
        #expect(aging.formula.contains(
            "0-30 $100.00 (10.00%), 31-60 $300.00 (30.00%), 61-90 $50.00 (5.00%), 91-120 $150.00 (15.00%), >120 $400.00 (40.00%)"))
    }

    @Test("Aged A/R over 90 days: billed balances older than 90 days ÷ billed balances, also by payer")
    func agedOver90() throws {
        var facts = Self.agingFacts
        // Not billed yet: stays out of aged A/R even though it is old.
        facts.receivables.append(KPIFixture.receivable(7, "ar:insurance:AETNA", "1,000.00", servedOn: "2025-06-01", billed: false))
        let aged = try #require(facts.result(.agedAROver90Days))
        // (150 + 400) ÷ 1,000 = 55.00%.
        #expect(aged.rounded == 5_500)
        #expect(aged.drillDown.numerator == [4, 5].map { .account(AccountID($0)) })
        #expect(aged.drillDown.denominator == [1, 2, 3, 4, 5].map { .account(AccountID($0)) })
        #expect(aged.breakdown.map(\.scope) == [.payer("AETNA"), .payer("MEDICARE"), .patient])
        // AETNA 0 ÷ 400; MEDICARE 400 ÷ 400; patient 150 ÷ 200.
        #expect(aged.breakdown.map(\.rounded) == [0, 10_000, 7_500])
        // The unbilled balance still shows in the aging table.
        #expect(facts.result(.arAging)?.outcome == .amount(KPIFixture.usd("2,000.00")))
    }

    @Test("Balances that net to zero have amounts but no shares")
    func zeroTotalBalances() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.receivables = [
            KPIFixture.receivable(1, "ar:patient", "10.00", servedOn: "2026-03-01"),
            KPIFixture.receivable(2, "ar:patient", "-10.00", servedOn: "2026-03-01"),
        ]
        let aging = try #require(facts.result(.arAging))
        #expect(aging.outcome == .amount(.zero))
        #expect(aging.breakdown(.ageBucket(.upTo30))?.noDataReason?.contains("owe $0.00 in all") == true)
        #expect(facts.result(.agedAROver90Days)?.noDataReason == "billed balances at 2026-03-31 total $0.00")
    }
}
