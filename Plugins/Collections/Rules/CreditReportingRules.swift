import RevCycleCore

/// Whether a medical debt may be reported to the credit bureaus: the bureaus' national rules, the
/// state laws, and, because credit reporting is an extraordinary collection action, the 501(r) rules.
///
/// National rules (Equifax, Experian and TransUnion, in force since July 2022 and spring 2023):
/// - `bureaus.paid`: paid medical collections are not reported;
/// - `bureaus.one-year-wait` (or `bureaus.no-delinquency-date`): unpaid ones wait one year
///   (365 days) from the first delinquency;
/// - `bureaus.under-500`: balances under $500.00 are never reported.
///
/// State rules: `state.XX` for each state law (``MedicalDebtReportingLaws``) reaching the patient's
/// state of residence or the facility's state.
///
/// ```swift
/// let decision = CreditReportingRules.decide(on: today, credit: creditFacts, eca: ecaFacts)
/// decision.isAllowed     // false
/// decision.ruleNames     // ["bureaus.under-500", "state.CO"]
/// ```
enum CreditReportingRules {
    /// The smallest balance the bureaus accept ($500.00).
    static let minimumBalance = Money(cents: 50_000)
    /// Days from first delinquency before the bureaus accept a medical collection (365).
    static let waitingDays = 365

    /// Every reason the debt may not be reported on `date`: the 501(r) reasons for
    /// ``ExtraordinaryActionKind/creditReporting``, then the bureaus' rules, then the state laws.
    static func decide(
        on date: CalendarDate, credit: CreditReportingFacts, eca: ExtraordinaryActionFacts,
        laws: MedicalDebtReportingLaws = .reviewed2026
    ) -> ExtraordinaryActionDecision {
        var decision = ExtraordinaryActionRules.status(of: .creditReporting, on: date, facts: eca)
        decision.reasons += bureauRefusals(
            balance: eca.patientBalance, delinquentSince: credit.delinquentSince, on: date)
        decision.reasons += stateRefusals(on: date, credit: credit, laws: laws)
        return decision
    }

    /// The nationwide bureaus' medical-debt rules.
    static func bureauRefusals(balance: Money, delinquentSince: CalendarDate?, on date: CalendarDate) -> [RuleRefusal] {
        var reasons: [RuleRefusal] = []
        if balance <= .zero {
            reasons.append(
                RuleRefusal(
                    rule: "bureaus.paid",
                    message: "Paid medical collections are not reported (nationwide bureaus' policy)."))
        } else if balance < minimumBalance {
            reasons.append(
                RuleRefusal(
                    rule: "bureaus.under-500",
                    message: "A medical balance of \(balance) is under \(minimumBalance); the nationwide "
                        + "bureaus do not accept it."))
        }
        if let delinquentSince {
            let allowedOn = delinquentSince.adding(days: waitingDays)
            if date < allowedOn {
                reasons.append(
                    RuleRefusal(
                        rule: "bureaus.one-year-wait",
                        message:
                            "Delinquent since \(delinquentSince): medical debt is not reported until one year later, "
                            + "on \(allowedOn) (nationwide bureaus' policy)."))
            }
        } else {
            reasons.append(
                RuleRefusal(
                    rule: "bureaus.no-delinquency-date",
                    message: "The account has no date of first delinquency; the one-year wait cannot be counted."))
        }
        return reasons
    }

    /// The state laws that forbid reporting this debt on `date`.
    static func stateRefusals(
        on date: CalendarDate, credit: CreditReportingFacts, laws: MedicalDebtReportingLaws
    ) -> [RuleRefusal] {
        var seen = Set<String>()
        return [credit.patientState, credit.facilityState].compactMap { $0?.uppercased() }
            .filter { seen.insert($0).inserted }
            .compactMap { laws.law(for: $0) }
            .filter { $0.forbidsReporting(on: date, serviceDate: credit.serviceDate) }
            .map {
                RuleRefusal(
                    rule: "state.\($0.state)", message: "\($0.state) law forbids reporting this debt: \($0.citation)")
            }
    }
}
