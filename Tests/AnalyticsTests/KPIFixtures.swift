@testable import Analytics
import RevCycleCore

/// Small hand-built facts for the KPI tests. Amounts are written as dollars and cents so the arithmetic in
/// each test's comment can be checked by eye.
enum KPIFixture {
    /// A date from a literal that is valid by construction.
    static func day(_ text: String) -> CalendarDate {
        // Test literals are valid ISO dates.
        try! CalendarDate(parsing: text)
    }

    /// An amount from a literal such as `"12,345.00"` or `"-617.25"`.
    static func usd(_ text: String) -> Money {
        // Test literals are valid amounts.
        try! Money(parsing: text)
    }

    static func account(_ number: Int64) -> AccountID { AccountID(number) }

    /// Facts for `first...last` with nothing in them.
    static func facts(_ first: String, _ last: String) -> AnalyticsFacts {
        AnalyticsFacts(
            range: .init(first: day(first), last: day(last)), dailyTotals: [:], receivables: [], patientCash: [],
            claims: [], encounters: [], plans: [], collectedBalances: [], revenueCycleCost: nil)
    }

    static func receivable(
        _ account: Int64, _ bucket: String, _ amount: String, servedOn: String, billed: Bool = true
    ) -> AnalyticsFacts.Receivable {
        AnalyticsFacts.Receivable(
            account: AccountID(account), guarantor: GuarantorID(account), serviceDate: day(servedOn), bucket: bucket,
            amount: usd(amount), isBilled: billed)
    }

    static func activity(
        _ account: Int64, on date: String, _ bucket: String, _ amount: String, servedOn: String
    ) -> AnalyticsFacts.AccountActivity {
        AnalyticsFacts.AccountActivity(
            account: AccountID(account), guarantor: GuarantorID(account), serviceDate: day(servedOn), date: day(date),
            bucket: bucket, amount: usd(amount))
    }

    static func claim(
        _ id: String, _ payer: String, on date: String, charges: String, clean: Bool = true,
        denied: String? = nil, reasons: [String] = []
    ) -> AnalyticsFacts.ClaimFact {
        AnalyticsFacts.ClaimFact(
            claim: id, account: AccountID(1), payer: payer, submittedOn: day(date), charges: usd(charges),
            cleanOnFirstScrub: clean, initiallyDenied: denied != nil, deniedAmount: denied.map(usd) ?? .zero,
            denialReasons: reasons)
    }

    static func patientCash(
        _ account: Int64, received: String, served: String, _ amount: String, source: String = "payment"
    ) -> AnalyticsFacts.PatientCash {
        AnalyticsFacts.PatientCash(
            account: AccountID(account), receivedOn: day(received), serviceDate: day(served), amount: usd(amount),
            source: source)
    }
}

extension AnalyticsFacts {
    /// Adds `amount` to `bucket` on `date` in the daily totals.
    mutating func post(_ date: String, _ bucket: String, _ amount: String) {
        dailyTotals[KPIFixture.day(date), default: [:]][bucket, default: .zero] += KPIFixture.usd(amount)
    }

    /// The site-wide result for `kpi` (the tests' fixtures always compute every KPI).
    func result(_ kpi: KPI) -> KPIResult? { KPIEngine.compute(self)[kpi] }
}

extension KPIResult {
    /// The rounded figure, for comparisons: basis points or tenths of a day; `nil` for no data.
    var rounded: Int64? { ratio?.rounded }
}
