@testable import Analytics
import RevCycleCore
import Testing

/// The monthly series: months and partial months, receivables rebuilt at each month's end, cash by
/// source, the range's cost prorated.
struct KPIMonthlySeriesTests {
    /// January 15 to March 10, 2026: a partial January (17 days), all of February (28), a partial March (10).
    /// Every posting is account activity, and the daily totals are its sums, as the ledger would give them.
    /// - A1 (served Jan 20): charge $700.00 to AETNA on Jan 20; on Feb 10 AETNA pays $200.00 and moves
    ///   $200.00 to the patient; the patient pays $100.00 on Mar 5. Ends AETNA $300.00, patient $100.00.
    /// - A2 (served Jan 16): charge $50.00 to the patient; Feb 20 the patient pays $80.00: $50.00 clears
    ///   the balance, $30.00 becomes a credit.
    /// - A3 (served Feb 15): charge $280.00 to the patient, paid on a plan on Mar 2: gone by the end.
    /// - A4 (served Mar 8): charge $100.00 to MEDICARE.
    static var quarter: AnalyticsFacts {
        var facts = KPIFixture.facts("2026-01-15", "2026-03-10")
        let rows: [(Int64, String, String, String, String)] = [
            (1, "2026-01-20", "revenue:charges", "-700.00", "2026-01-20"),
            (1, "2026-01-20", "ar:insurance:AETNA", "700.00", "2026-01-20"),
            (2, "2026-01-16", "revenue:charges", "-50.00", "2026-01-16"),
            (2, "2026-01-16", "ar:patient", "50.00", "2026-01-16"),
            (1, "2026-02-10", "cash", "200.00", "2026-01-20"),
            (1, "2026-02-10", "ar:insurance:AETNA", "-200.00", "2026-01-20"),
            (1, "2026-02-10", "ar:insurance:AETNA", "-200.00", "2026-01-20"),
            (1, "2026-02-10", "ar:patient", "200.00", "2026-01-20"),
            (3, "2026-02-15", "revenue:charges", "-280.00", "2026-02-15"),
            (3, "2026-02-15", "ar:patient", "280.00", "2026-02-15"),
            (2, "2026-02-20", "cash", "80.00", "2026-01-16"),
            (2, "2026-02-20", "ar:patient", "-50.00", "2026-01-16"),
            (2, "2026-02-20", "ar:credit", "-30.00", "2026-01-16"),
            (3, "2026-03-02", "cash", "280.00", "2026-02-15"),
            (3, "2026-03-02", "ar:patient", "-280.00", "2026-02-15"),
            (1, "2026-03-05", "cash", "100.00", "2026-01-20"),
            (1, "2026-03-05", "ar:patient", "-100.00", "2026-01-20"),
            (4, "2026-03-08", "revenue:charges", "-100.00", "2026-03-08"),
            (4, "2026-03-08", "ar:insurance:MEDICARE", "100.00", "2026-03-08"),
        ]
        for (account, date, bucket, amount, served) in rows {
            facts.accountActivity.append(KPIFixture.activity(account, on: date, bucket, amount, servedOn: served))
            facts.post(date, bucket, amount)
        }
        facts.receivables = [
            KPIFixture.receivable(1, "ar:insurance:AETNA", "300.00", servedOn: "2026-01-20"),
            KPIFixture.receivable(1, "ar:patient", "100.00", servedOn: "2026-01-20"),
            KPIFixture.receivable(2, "ar:credit", "-30.00", servedOn: "2026-01-16"),
            KPIFixture.receivable(4, "ar:insurance:MEDICARE", "100.00", servedOn: "2026-03-08"),
        ]
        facts.patientCash = [
            KPIFixture.patientCash(2, received: "2026-02-20", served: "2026-01-16", "80.00"),
            KPIFixture.patientCash(3, received: "2026-03-02", served: "2026-02-15", "280.00", source: "plan"),
            KPIFixture.patientCash(1, received: "2026-03-05", served: "2026-01-20", "100.00"),
        ]
        facts.claims = [
            KPIFixture.claim("C0", "AETNA", on: "2026-01-14", charges: "10.00", clean: false),
            KPIFixture.claim("C1", "AETNA", on: "2026-01-15", charges: "700.00"),
            KPIFixture.claim("C3", "AETNA", on: "2026-02-28", charges: "280.00", clean: false),
            KPIFixture.claim("C4", "MEDICARE", on: "2026-03-10", charges: "100.00"),
        ]
        facts.plans = [
            .init(plan: "P1", guarantor: GuarantorID(1), createdOn: KPIFixture.day("2026-01-20"),
                  defaultedOn: KPIFixture.day("2026-03-01")),
            .init(plan: "P2", guarantor: GuarantorID(3), createdOn: KPIFixture.day("2026-02-05"),
                  defaultedOn: KPIFixture.day("2026-03-20")),
        ]
        facts.revenueCycleCost = KPIFixture.usd("100.00")
        return facts
    }

    @Test("A range is split into calendar months, with cut months marked partial")
    func months() {
        let series = MonthlySeries(Self.quarter)
        #expect(series.periods.map(\.month.description) == ["2026-01", "2026-02", "2026-03"])
        #expect(series.periods.map(\.range.first) == ["2026-01-15", "2026-02-01", "2026-03-01"].map(KPIFixture.day))
        #expect(series.periods.map(\.range.last) == ["2026-01-31", "2026-02-28", "2026-03-10"].map(KPIFixture.day))
        #expect(series.periods.map(\.isPartial) == [true, false, true])
    }

    @Test("Calendar months cross years and know leap Februaries", arguments: [
        ("2025-12-15", "2026-02-01", ["2025-12", "2026-01", "2026-02"]),
        ("2028-02-29", "2028-02-29", ["2028-02"]),
        ("2026-03-10", "2026-03-09", []),
    ])
    func calendarMonths(first: String, last: String, expected: [String]) {
        let range = AnalyticsFacts.DateRange(first: KPIFixture.day(first), last: KPIFixture.day(last))
        #expect(CalendarMonth.months(in: range).map(\.description) == expected)
        #expect(CalendarMonth(KPIFixture.day("2028-02-10")).last == KPIFixture.day("2028-02-29"))
        #expect(CalendarMonth(KPIFixture.day("2026-12-31")).next.first == KPIFixture.day("2027-01-01"))
    }

    @Test("Each month's net days in A/R uses the receivables rebuilt at that month's end")
    func netDaysByMonth() {
        let series = MonthlySeries(Self.quarter)
        // Jan 31: A1 AETNA $700 + A2 patient $50 = $750 ÷ ($750 ÷ 17 days) = 17.0 days.
        // Feb 28: A1 AETNA $300 + A1 patient $200 + A3 patient $280 = $780 ÷ ($280 ÷ 28) = 78.0 days.
        // Mar 10: A1 AETNA $300 + A1 patient $100 + A4 MEDICARE $100 = $500 ÷ ($100 ÷ 10) = 50.0 days.
        #expect(series.series(of: .netDaysInAR).map(\.result.rounded) == [170, 780, 500])
        // Credit: none at Jan 31; A2's $30.00 from Feb 20: $30 ÷ ($280 ÷ 28) = 3.0; $30 ÷ ($100 ÷ 10) = 3.0.
        #expect(series.series(of: .daysInCreditBalance).map(\.result.rounded) == [0, 30, 30])
    }

    @Test("Aging at an earlier month's end ages the rebuilt balances at that day")
    func agingByMonth() throws {
        let february = try #require(MonthlySeries(Self.quarter).periods[1].kpis[.arAging])
        // Feb 28: A1's $500.00 is 39 days old (31-60); A3's $280.00 is 13 days (0-30). Total $780.00.
        #expect(february.outcome == .amount(KPIFixture.usd("780.00")))
        // 28,000 ÷ 78,000 = 3,589.74 bp → 3,590; 50,000 ÷ 78,000 = 6,410.26 → 6,410.
        #expect(february.breakdown(.ageBucket(.upTo30))?.rounded == 3_590)
        #expect(february.breakdown(.ageBucket(.from31To60))?.rounded == 6_410)
        #expect(february.breakdown(.patient)?.drillDown.numerator == [1, 3].map { .account(AccountID($0)) })
    }

    @Test("Activity that does not add up to the ledger makes earlier months' A/R no data, naming the day")
    func rollbackMismatch() throws {
        var facts = Self.quarter
        facts.accountActivity.removeAll {
            $0.account == AccountID(3) && $0.date == KPIFixture.day("2026-03-02") && $0.bucket == "ar:patient"
        }
        let series = MonthlySeries(facts)
        let january = try #require(series.periods.first)
        for kpi in KPI.allCases where kpi.isSnapshot {
            #expect(january.kpis[kpi]?.noDataReason
                == "balances at 2026-01-31 can't be rebuilt: account activity on 2026-03-02 adds up to $0.00 "
                    + "in ar:patient but the ledger's daily total is -$280.00")
        }
        #expect(january.kpis[.cleanClaimRate]?.rounded == 10_000, "activity KPIs do not depend on the rebuild")
        #expect(series.periods[2].kpis[.netDaysInAR]?.rounded == 500, "the last month reads the range's end balances")
    }

    @Test("Month-end balances the caller passes in are used instead of the rebuild")
    func givenMonthEndBalances() throws {
        var facts = Self.quarter
        facts.accountActivity = []   // nothing to rebuild from
        let january = KPIFixture.day("2026-01-31")
        let series = MonthlySeries(facts, monthEndReceivables: [
            january: [KPIFixture.receivable(1, "ar:insurance:AETNA", "750.00", servedOn: "2026-01-20")],
        ])
        // $750.00 ÷ ($750.00 ÷ 17 days) = 17.0 days; February had no balances passed in and no activity.
        #expect(series.periods[0].kpis[.netDaysInAR]?.rounded == 170)
        #expect(series.periods[1].kpis[.netDaysInAR]?.noDataReason?.hasPrefix("balances at 2026-02-28 can't be rebuilt") == true)
    }

    @Test("Claims, plans and cost are taken month by month; plans are judged by the range's end")
    func activityByMonth() {
        let series = MonthlySeries(Self.quarter)
        // C1 on Jan 15 (first day; C0 the day before is out), C3 not clean in Feb, C4 on Mar 10 (last day).
        #expect(series.series(of: .cleanClaimRate).map(\.result.rounded) == [10_000, 0, 10_000])
        // P1 (Jan) defaulted Mar 1, within the range; P2 (Feb) defaulted Mar 20, after it; no plan in March.
        #expect(series.series(of: .planDefaultRate).map(\.result.rounded) == [10_000, 0, nil])
        // Cost $100.00 over 17 + 28 + 10 = 55 days → 3,090 r50, 5,090 r50, 1,818 r10 cents; 2 cents left go
        // to the largest remainders, January then February: $30.91, $50.91, $18.18 (sum $100.00).
        // January has no cash: no data. February $50.91 ÷ $280.00 = 1,818.21 bp → 1,818; March $18.18 ÷ $380.00 = 478.42 → 478.
        let cost = series.series(of: .costToCollect)
        #expect(cost.map(\.result.rounded) == [nil, 1_818, 478])
        #expect(cost[1].result.formula.contains("revenue-cycle cost $50.91 (the range's $100.00 prorated: 28 of 55 days)"))
    }

    @Test("Cash by source: patient cash by its source, insurance the rest of the ledger's cash")
    func cashBySource() {
        let series = MonthlySeries(Self.quarter)
        let cash = series.periods.map(\.cash)
        #expect(cash.map(\.ledgerCash) == ["0.00", "280.00", "380.00"].map(KPIFixture.usd))
        #expect(cash.map { $0[.insurance] } == ["0.00", "200.00", "0.00"].map(KPIFixture.usd))
        #expect(cash.map { $0[.patient] } == ["0.00", "80.00", "100.00"].map(KPIFixture.usd))
        #expect(cash.map { $0[.plans] } == ["0.00", "0.00", "280.00"].map(KPIFixture.usd))
        #expect(cash.allSatisfy { $0.isConsistent })
    }

    @Test("Every patient cash source has its column, and an unknown one is kept, not lost")
    func cashSources() {
        var facts = KPIFixture.facts("2026-03-01", "2026-03-31")
        facts.post("2026-03-03", "cash", "1,000.00")
        facts.patientCash = [
            KPIFixture.patientCash(1, received: "2026-03-03", served: "2026-03-03", "40.00", source: "desk"),
            KPIFixture.patientCash(2, received: "2026-03-03", served: "2026-02-03", "60.00", source: "payment"),
            KPIFixture.patientCash(3, received: "2026-03-03", served: "2026-01-03", "25.00", source: "plan"),
            KPIFixture.patientCash(4, received: "2026-03-03", served: "2025-12-03", "75.00", source: "agency"),
            KPIFixture.patientCash(5, received: "2026-03-03", served: "2026-03-03", "10.00", source: "kiosk"),
        ]
        let cash = CashBySource(facts)
        // Insurance: $1,000.00 − (40 + 60 + 25 + 75 + 10) = $790.00.
        let expected = ["790.00", "60.00", "40.00", "25.00", "75.00", "10.00"].map(KPIFixture.usd)
        #expect(CashBySource.Source.allCases.map { cash[$0] } == expected)
        facts.patientCash.append(KPIFixture.patientCash(6, received: "2026-03-03", served: "2026-03-03", "900.00"))
        #expect(!CashBySource(facts).isConsistent, "patient cash beyond the ledger's cash is flagged")
    }

    @Test("Proration gives whole cents that add up to the amount exactly", arguments: [
        ("100.00", [17, 28, 10], ["30.91", "50.91", "18.18"]),
        ("0.02", [1, 1, 1], ["0.01", "0.01", "0.00"]),
        ("0.10", [1, 2], ["0.03", "0.07"]),        // 3 r1 and 6 r2: the cent left goes to the larger remainder
        ("-0.05", [1, 1], ["-0.03", "-0.02"]),
        ("12.00", [0, 0], ["0.00", "0.00"]),
    ])
    func prorate(amount: String, days: [Int], expected: [String]) {
        #expect(MonthlySeries.prorate(KPIFixture.usd(amount), over: days) == expected.map(KPIFixture.usd))
    }
}
