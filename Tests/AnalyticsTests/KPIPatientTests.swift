@testable import Analytics
import RevCycleCore
import Testing

/// Insurance verification, payment plan defaults and time to collect.
struct KPIPatientTests {
    static func encounter(_ account: Int64, _ date: String, insured: Bool, verified: Bool) -> AnalyticsFacts.EncounterFact {
        .init(account: AccountID(account), serviceDate: KPIFixture.day(date), insured: insured, verified: verified)
    }

    static func plan(_ id: String, created: String, defaulted: String? = nil) -> AnalyticsFacts.PlanFact {
        .init(plan: id, guarantor: GuarantorID(1), createdOn: KPIFixture.day(created), defaultedOn: defaulted.map(KPIFixture.day))
    }

    static func paidOff(_ account: Int64, served: String, paid: String) -> AnalyticsFacts.CollectedBalance {
        .init(account: AccountID(account), serviceDate: KPIFixture.day(served), paidOffOn: KPIFixture.day(paid))
    }

    @Test("Insurance verification rate counts insured encounters dated in the range only")
    func verification() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.encounters = [
            Self.encounter(1, "2026-03-01", insured: true, verified: true),
            Self.encounter(2, "2026-03-31", insured: true, verified: false),
            Self.encounter(3, "2026-03-15", insured: false, verified: false),   // uninsured: nothing to verify
            Self.encounter(4, "2026-02-28", insured: true, verified: true),    // before the range
            Self.encounter(5, "2026-03-10", insured: true, verified: true),
        ]
        let result = try #require(facts.result(.insuranceVerificationRate))
        // 2 ÷ 3 = 6,666.67 bp → 6,667.
        #expect(result.rounded == 6_667)
        #expect(result.drillDown.numerator == [1, 5].map { .account(AccountID($0)) })
        facts.encounters = [Self.encounter(3, "2026-03-15", insured: false, verified: false)]
        #expect(facts.result(.insuranceVerificationRate)?.noDataReason
            == "no insured encounters had a date of service from 2026-03-01 to 2026-03-31")
    }

    @Test("Plan default rate: plans created in the range that defaulted by its last day")
    func planDefaults() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.plans = [
            Self.plan("P1", created: "2026-03-01", defaulted: "2026-03-20"),
            Self.plan("P2", created: "2026-03-31", defaulted: "2026-04-05"),   // defaulted after the range
            Self.plan("P3", created: "2026-03-10"),
            Self.plan("P4", created: "2026-02-28", defaulted: "2026-03-02"),   // created before the range
        ]
        let result = try #require(facts.result(.planDefaultRate))
        // P1 of P1–P3: 1 ÷ 3 = 3,333.33 bp → 3,333.
        #expect(result.rounded == 3_333)
        #expect(result.drillDown.numerator == [.plan("P1")])
        #expect(result.drillDown.denominator == [.plan("P1"), .plan("P2"), .plan("P3")])
        facts.plans = [Self.plan("P4", created: "2026-02-28")]
        #expect(facts.result(.planDefaultRate)?.noDataReason == "no payment plans were created from 2026-03-01 to 2026-03-31")
    }

    @Test("Time to collect: average and median days from service to a zero balance, rounded half up")
    func timeToCollect() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.collectedBalances = [
            Self.paidOff(1, served: "2026-01-01", paid: "2026-03-01"),   // 59 days
            Self.paidOff(2, served: "2026-03-01", paid: "2026-03-31"),   // 30
            Self.paidOff(3, served: "2026-03-10", paid: "2026-03-05"),   // paid before service: 0
            Self.paidOff(4, served: "2026-01-01", paid: "2026-02-28"),   // before the range
            Self.paidOff(5, served: "2026-02-01", paid: "2026-03-15"),   // 42
        ]
        let result = try #require(facts.result(.timeToCollect))
        // (59 + 30 + 0 + 42) ÷ 4 = 131 ÷ 4 = 32.75 → 327.5 tenths → 328: "32.8 days".
        #expect(result.ratio?.numerator == .count(131))
        #expect(result.rounded == 328)
        // Median of 0, 30, 42, 59 = (30 + 42) ÷ 2 = 36.0.
        #expect(result.breakdown(.median)?.rounded == 360)
        #expect(result.formula.hasSuffix("= 32.8 days on average (median 36.0 days)"))
        // Odd count: drop account 3 → 30, 42, 59: median 42.0; mean 131 ÷ 3 = 43.67 → 43.7.
        facts.collectedBalances.remove(at: 2)
        let odd = try #require(facts.result(.timeToCollect))
        #expect(odd.breakdown(.median)?.rounded == 420)
        #expect(odd.rounded == 437)
    }

    @Test("No balance paid off in the range: time to collect and its median are no data")
    func noCollections() throws {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.collectedBalances = [Self.paidOff(4, served: "2026-01-01", paid: "2026-04-01")]
        let result = try #require(facts.result(.timeToCollect))
        #expect(result.noDataReason == "no patient balances reached zero from 2026-03-01 to 2026-03-31")
        #expect(result.breakdown(.median)?.noDataReason == result.noDataReason)
    }

    @Test("An empty period gives every KPI no data with a reason, never a figure", arguments: KPI.allCases)
    func emptyPeriod(kpi: KPI) throws {
        let result = try #require(KPIFixture.facts("2026-03-01", "2026-03-31").result(kpi))
        let reason = try #require(result.noDataReason, "\(kpi) gave \(result.outcome)")
        #expect(reason.contains("2026-03"), "the reason names the period: \(reason)")
        #expect(result.formula.contains("no data"))
    }
}
