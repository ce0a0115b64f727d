import RevCycleCore
import Testing

@testable import Collections

/// An account whose 501(r) steps are all done: statement on 2025-01-06, a notice naming credit
/// reporting on day 89 with its deadline on day 119, care on 2024-12-20, delinquent since 2025-02-05.
private enum Account {
    static let firstStatement = try! CalendarDate(parsing: "2025-01-06")
    static let serviceDate = try! CalendarDate(parsing: "2024-12-20")
    static let delinquentSince = try! CalendarDate(parsing: "2025-02-05")
    /// A day when every national and 501(r) rule is satisfied.
    static let reportingDay = try! CalendarDate(parsing: "2026-03-02")

    static func eca(balance: Money) -> ExtraordinaryActionFacts {
        ExtraordinaryActionFacts(
            firstStatementDate: firstStatement,
            notices: [
                IntendedActionNotice(
                    sentOn: firstStatement.adding(days: 89), actions: [.creditReporting],
                    deadline: firstStatement.adding(days: 119))
            ],
            patientBalance: balance)
    }

    static func credit(
        patientState: String? = "TX", facilityState: String? = "TX", serviceDate: CalendarDate = serviceDate,
        delinquentSince: CalendarDate? = delinquentSince
    ) -> CreditReportingFacts {
        CreditReportingFacts(
            delinquentSince: delinquentSince, serviceDate: serviceDate, patientState: patientState,
            facilityState: facilityState)
    }
}

struct CreditReportingTests {
    @Test(
        "balances under $500.00 are not reported; $500.00 is",
        arguments: [
            ("499.99", ["bureaus.under-500"]), ("500.00", []), ("0.01", ["bureaus.under-500"]), ("12,500.00", []),
        ])
    func fiveHundredDollarFloor(balance: String, expected: [String]) throws {
        let decision = CreditReportingRules.decide(
            on: Account.reportingDay, credit: Account.credit(), eca: Account.eca(balance: try Money(parsing: balance)))
        #expect(decision.ruleNames == expected, "\(balance): \(decision)")
    }

    @Test("unpaid medical debt waits 365 days from first delinquency: refused on day 364, allowed on day 365")
    func oneYearWait() throws {
        let eca = Account.eca(balance: Money(cents: 75_000))
        let delinquent = try CalendarDate(parsing: "2025-03-01")
        let credit = Account.credit(delinquentSince: delinquent)
        let day364 = CreditReportingRules.decide(on: delinquent.adding(days: 364), credit: credit, eca: eca)
        #expect(day364.ruleNames == ["bureaus.one-year-wait"], "\(day364)")
        #expect(day364.reasons[0].message.contains("on 2026-03-01"), "\(day364.reasons[0].message)")
        let day365 = CreditReportingRules.decide(on: delinquent.adding(days: 365), credit: credit, eca: eca)
        #expect(day365.isAllowed, "\(day365)")
    }

    @Test("a paid balance is never reported")
    func paidBalance() {
        let decision = CreditReportingRules.decide(
            on: Account.reportingDay, credit: Account.credit(), eca: Account.eca(balance: .zero))
        #expect(decision.ruleNames == ["eca.nothing-owed", "bureaus.paid"])
    }

    @Test("an account with no delinquency date cannot be reported")
    func noDelinquencyDate() {
        let decision = CreditReportingRules.decide(
            on: Account.reportingDay, credit: Account.credit(delinquentSince: nil),
            eca: Account.eca(balance: Money(cents: 90_000)))
        #expect(decision.ruleNames == ["bureaus.no-delinquency-date"])
    }

    @Test(
        "a state that forbids medical-debt reporting refuses it, by the patient's state or the facility's",
        arguments: [
            (patient: "CO", facility: "TX", expected: ["state.CO"]),
            (patient: "tx", facility: "NY", expected: ["state.NY"]),
            (patient: "MN", facility: "ct", expected: ["state.MN", "state.CT"]),
            (patient: "CA", facility: "CA", expected: ["state.CA"]),
            (patient: "TX", facility: "TX", expected: []),
            (patient: "FL", facility: "GA", expected: []),
        ])
    func stateLaw(patient: String, facility: String, expected: [String]) {
        let decision = CreditReportingRules.decide(
            on: Account.reportingDay, credit: Account.credit(patientState: patient, facilityState: facility),
            eca: Account.eca(balance: Money(cents: 80_000)))
        #expect(decision.ruleNames == expected, "\(patient)/\(facility): \(decision)")
    }

    @Test("a state law applies only from its effective date (Oregon, 2026-01-01)")
    func effectiveDate() throws {
        let credit = Account.credit(patientState: "OR", delinquentSince: try CalendarDate(parsing: "2024-12-01"))
        let eca = Account.eca(balance: Money(cents: 80_000))
        #expect(
            CreditReportingRules.decide(on: try CalendarDate(parsing: "2025-12-31"), credit: credit, eca: eca).isAllowed
        )
        #expect(
            CreditReportingRules.decide(on: try CalendarDate(parsing: "2026-01-01"), credit: credit, eca: eca).ruleNames
                == ["state.OR"])
    }

    @Test("New Jersey forbids reporting only for care on or after 2024-07-22")
    func newJerseyByDateOfCare() throws {
        let eca = Account.eca(balance: Money(cents: 80_000))
        let before = Account.credit(patientState: "NJ", serviceDate: try CalendarDate(parsing: "2024-07-21"))
        let after = Account.credit(patientState: "NJ", serviceDate: try CalendarDate(parsing: "2024-07-22"))
        #expect(CreditReportingRules.decide(on: Account.reportingDay, credit: before, eca: eca).isAllowed)
        #expect(
            CreditReportingRules.decide(on: Account.reportingDay, credit: after, eca: eca).ruleNames == ["state.NJ"])
    }

    @Test("the 501(r) rules come first: credit reporting is an extraordinary action")
    func ecaRulesApply() throws {
        let early = Account.firstStatement.adding(days: 100)
        let decision = CreditReportingRules.decide(
            on: early, credit: Account.credit(patientState: "NY"), eca: Account.eca(balance: Money(cents: 40_000)))
        #expect(decision.kind == .creditReporting)
        #expect(
            decision.ruleNames == [
                "501r.notification-period", "501r.notice-deadline-not-passed", "bureaus.under-500",
                "bureaus.one-year-wait",
                "state.NY",
            ])
    }

    @Test(
        "every state in the table carries its own code and a citation",
        arguments: MedicalDebtReportingLaws.reviewed2026.laws.sorted { $0.key < $1.key }.map(\.value))
    func tableIsCited(law: MedicalDebtReportingLaw) {
        #expect(MedicalDebtReportingLaws.reviewed2026.law(for: law.state) == law)
        #expect(law.state.count == 2 && law.state == law.state.uppercased())
        #expect(law.citation.count > 40, "\(law.state): \(law.citation)")
    }
}
