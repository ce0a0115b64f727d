@testable import Analytics
import RevCycleCore
import Testing

/// Point-of-service cash, net collection rate, bad debt and charity shares, cost to collect.
struct KPICashTests {
    /// March 2026. Inside: charges $10,000.00 on Mar 1 and $5,000.00 on Mar 31 (gross $15,000.00),
    /// contractual $2,000.00 + $1,000.00 = $3,000.00, cash $1,000.00 + $2,300.00 = $3,300.00, bad debt
    /// $300.00, charity $450.00. Feb 28 and Apr 1 carry postings that must not count.
    static var march: AnalyticsFacts {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.post("2026-02-28", "revenue:charges", "-9,999.00")
        facts.post("2026-02-28", "cash", "999.99")
        facts.post("2026-03-01", "revenue:charges", "-10,000.00")
        facts.post("2026-03-01", "cash", "1,000.00")
        facts.post("2026-03-01", "adj:contractual", "2,000.00")
        facts.post("2026-03-31", "revenue:charges", "-5,000.00")
        facts.post("2026-03-31", "cash", "2,300.00")
        facts.post("2026-03-31", "adj:contractual", "1,000.00")
        facts.post("2026-03-31", "adj:bad-debt", "300.00")
        facts.post("2026-03-31", "adj:charity", "450.00")
        facts.post("2026-04-01", "cash", "5,000.00")
        facts.post("2026-04-01", "adj:bad-debt", "5,000.00")
        facts.accountActivity = [
            KPIFixture.activity(3, on: "2026-03-31", "adj:bad-debt", "300.00", servedOn: "2026-01-05"),
            KPIFixture.activity(4, on: "2026-04-01", "adj:bad-debt", "5,000.00", servedOn: "2026-01-05"),
            KPIFixture.activity(5, on: "2026-03-01", "revenue:charges", "-10,000.00", servedOn: "2026-03-01"),
            KPIFixture.activity(6, on: "2026-03-31", "revenue:charges", "-5,000.00", servedOn: "2026-03-31"),
        ]
        facts.patientCash = [
            KPIFixture.patientCash(1, received: "2026-02-28", served: "2026-02-28", "500.00", source: "desk"),
            KPIFixture.patientCash(1, received: "2026-03-05", served: "2026-03-05", "40.00", source: "desk"),
            KPIFixture.patientCash(2, received: "2026-03-01", served: "2026-03-10", "60.00", source: "desk"),
            KPIFixture.patientCash(3, received: "2026-03-31", served: "2026-02-01", "100.00"),
            KPIFixture.patientCash(4, received: "2026-04-01", served: "2026-04-01", "70.00", source: "desk"),
        ]
        return facts
    }

    @Test("Point-of-service cash: cash on or before the date of service ÷ all patient cash in the range")
    func pointOfService() throws {
        let result = try #require(Self.march.result(.pointOfServiceCash))
        // ($40.00 on the day + $60.00 before) ÷ ($40.00 + $60.00 + $100.00) = 50.00%.
        #expect(result.rounded == 5_000)
        #expect(result.ratio?.denominator == .money(KPIFixture.usd("200.00")))
        #expect(result.drillDown.numerator == [1, 2].map { .account(AccountID($0)) })
        #expect(result.drillDown.denominator == [1, 2, 3].map { .account(AccountID($0)) })
    }

    @Test("Net collection rate: cash ÷ (gross charges − contractual), days outside the range left out")
    func netCollectionRate() throws {
        let result = try #require(Self.march.result(.netCollectionRate))
        // $3,300.00 ÷ ($15,000.00 − $3,000.00) = 27.50%.
        #expect(result.rounded == 2_750)
        #expect(result.formula == "cash $3,300.00 ÷ (gross charges $15,000.00 − contractual adjustments $3,000.00 "
            + "= $12,000.00) from 2026-03-01 to 2026-03-31 = 27.50%")
    }

    @Test("Bad debt and charity shares of gross charges, with the accounts written off")
    func shares() throws {
        let facts = Self.march
        let badDebt = try #require(facts.result(.badDebtShare))
        // $300.00 ÷ $15,000.00 = 2.00%; $450.00 ÷ $15,000.00 = 3.00%.
        #expect(badDebt.rounded == 200)
        #expect(badDebt.drillDown.numerator == [.account(AccountID(3))], "account 4's write-off is after the range")
        #expect(badDebt.drillDown.denominator == [5, 6].map { .account(AccountID($0)) })
        #expect(facts.result(.charityShare)?.rounded == 300)
    }

    @Test("Cost to collect: the site's cost ÷ all cash collected; no cost given is no data")
    func costToCollect() throws {
        var facts = Self.march
        #expect(facts.result(.costToCollect)?.noDataReason
            == "the site gives no revenue-cycle cost for 2026-03-01 to 2026-03-31")
        facts.revenueCycleCost = KPIFixture.usd("99.00")
        // $99.00 ÷ $3,300.00 = 3.00%.
        #expect(facts.result(.costToCollect)?.rounded == 300)
    }

    @Test("Zero denominators are no data, each with its reason", arguments: [
        KPI.pointOfServiceCash, .netCollectionRate, .badDebtShare, .charityShare, .costToCollect,
    ])
    func zeroDenominators(kpi: KPI) throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        // Charges fully written off by contract; cash taken and reversed; patient cash and its reversal.
        facts.post("2026-03-02", "revenue:charges", "0.00")
        facts.post("2026-03-02", "adj:bad-debt", "10.00")
        facts.post("2026-03-03", "cash", "25.00")
        facts.post("2026-03-04", "cash", "-25.00")
        facts.patientCash = [
            KPIFixture.patientCash(1, received: "2026-03-03", served: "2026-03-03", "25.00"),
            KPIFixture.patientCash(1, received: "2026-03-04", served: "2026-03-03", "-25.00"),
        ]
        facts.revenueCycleCost = KPIFixture.usd("1,000.00")
        let result = try #require(facts.result(kpi))
        let reason = try #require(result.noDataReason, "\(kpi) should be no data: \(result.formula)")
        #expect(!reason.isEmpty)
    }
}
