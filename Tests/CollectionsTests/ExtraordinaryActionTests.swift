import RevCycleCore
import Testing

@testable import Collections

/// A patient's year under 501(r): first post-discharge statement on Monday 5 January 2026 (day 0).
private enum Year {
    static let firstStatement = try! CalendarDate(parsing: "2026-01-05")

    static func day(_ number: Int) -> CalendarDate { firstStatement.adding(days: number) }

    /// A notice sent on `sent` naming `actions`, with its deadline `lead` days later.
    static func notice(sent: Int, lead: Int = 30, naming actions: Set<ExtraordinaryActionKind> = [.creditReporting])
        -> IntendedActionNotice
    {
        IntendedActionNotice(sentOn: day(sent), actions: actions, deadline: day(sent + lead))
    }

    static func facts(
        notices: [IntendedActionNotice] = [], application: FinancialAssistanceStatus = .none,
        holds: [CollectionHold] = [], taken: [TakenExtraordinaryAction] = [],
        balance: Money = Money(cents: 182_450), paid: Money = .zero
    ) -> ExtraordinaryActionFacts {
        ExtraordinaryActionFacts(
            firstStatementDate: firstStatement, notices: notices, application: application, holds: holds,
            actionsTaken: taken, patientBalance: balance, patientPaid: paid)
    }
}

struct ExtraordinaryActionYearTests {
    @Test(
        "day by day through a year: reporting is allowed from day 120, after a day-89 notice with a day-119 deadline"
    )
    func walkThroughTheYear() {
        let facts = Year.facts(notices: [Year.notice(sent: 89)])
        for number in 0...365 {
            let decision = ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(number), facts: facts)
            var expected: [String] = []
            if number < 120 { expected.append("501r.notification-period") }
            if number < 89 {
                expected.append("501r.notice-missing")
            } else if number < 120 {
                expected.append("501r.notice-deadline-not-passed")
            }
            #expect(decision.ruleNames == expected, "day \(number): \(decision)")
        }
    }

    @Test("with no notice at all, no action is ever allowed, even after day 120")
    func neverWithoutNotice() {
        let facts = Year.facts()
        for number in [0, 119, 120, 200, 365] {
            let decision = ExtraordinaryActionRules.status(of: .lawsuit, on: Year.day(number), facts: facts)
            #expect(!decision.isAllowed, "day \(number)")
            #expect(decision.ruleNames.contains("501r.notice-missing"), "day \(number): \(decision)")
        }
    }

    @Test("a notice later than day 89 pushes the first allowed day to the day after its deadline")
    func lateNotice() {
        let facts = Year.facts(notices: [Year.notice(sent: 100)])
        let waiting = ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(130), facts: facts)
        #expect(waiting.ruleNames == ["501r.notice-deadline-not-passed"], "\(waiting)")
        #expect(waiting.reasons[0].message.contains("may start on \(Year.day(131))"), "\(waiting.reasons[0].message)")
        #expect(ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(131), facts: facts).isAllowed)
    }

    @Test("a notice whose deadline is less than 30 days out does not count", arguments: [29, 1])
    func shortDeadline(lead: Int) {
        let facts = Year.facts(notices: [Year.notice(sent: 60, lead: lead)])
        let decision = ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(200), facts: facts)
        #expect(decision.ruleNames == ["501r.notice-deadline-too-short"], "\(decision)")
    }

    @Test("a notice allows only the actions it names")
    func noticeNamesTheAction() {
        let facts = Year.facts(notices: [Year.notice(sent: 89, naming: [.creditReporting, .debtSale])])
        let allowed = ExtraordinaryActionRules.overview(on: Year.day(150), facts: facts)
            .filter(\.isAllowed).map(\.kind)
        #expect(allowed == [.creditReporting, .debtSale])
        let lien = ExtraordinaryActionRules.status(of: .lien, on: Year.day(150), facts: facts)
        #expect(lien.ruleNames == ["501r.notice-missing"])
    }

    @Test("before the first post-discharge statement nothing is allowed and there is no timeline")
    func noFirstStatement() {
        let facts = ExtraordinaryActionFacts(
            firstStatementDate: nil, notices: [Year.notice(sent: 0)], patientBalance: Money(cents: 10_000))
        let decision = ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(300), facts: facts)
        #expect(decision.ruleNames == ["501r.no-first-statement"], "\(decision)")
        #expect(ExtraordinaryActionRules.timeline(for: facts) == nil)
        #expect(ExtraordinaryActionRules.isWithinApplicationPeriod(Year.day(900), facts: facts))
    }

    @Test("every reason is given at once, not only the first")
    func everyReason() throws {
        let bankruptcy = try CollectionHold(kind: .bankruptcy, reason: "Chapter 13", startsOn: Year.day(5))
        let facts = Year.facts(
            application: .pending(receivedOn: Year.day(8)), holds: [bankruptcy],
            taken: [TakenExtraordinaryAction(kind: .lien, takenOn: Year.day(2))], balance: .zero)
        let decision = ExtraordinaryActionRules.status(of: .lien, on: Year.day(10), facts: facts)
        #expect(
            decision.ruleNames == [
                "501r.notification-period", "501r.notice-missing", "501r.application-pending", "hold.bankruptcy",
                "eca.nothing-owed", "eca.already-taken",
            ])
    }

    @Test("the overview answers for all six kinds of action")
    func overviewCoversEveryKind() {
        let overview = ExtraordinaryActionRules.overview(on: Year.day(10), facts: Year.facts())
        #expect(overview.map(\.kind) == ExtraordinaryActionKind.allCases)
        #expect(overview.allSatisfy { !$0.isAllowed })
    }

    @Test("a hold that stops extraordinary actions refuses them until it expires")
    func holdUntilExpiry() throws {
        let hold = try CollectionHold(
            kind: .pendingInsurance, reason: "Secondary claim open", startsOn: Year.day(140), expiresOn: Year.day(160))
        let facts = Year.facts(notices: [Year.notice(sent: 89)], holds: [hold])
        #expect(
            ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(159), facts: facts).ruleNames
                == ["hold.pending-insurance"])
        #expect(ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(160), facts: facts).isAllowed)
    }
}

struct ExtraordinaryActionApplicationTests {
    private let notice = Year.notice(sent: 89, naming: Set(ExtraordinaryActionKind.allCases))

    @Test(
        "an application on day 200 suspends actions that day 199 allowed",
        arguments: [
            FinancialAssistanceStatus.incomplete(receivedOn: Year.day(200), completeBy: nil),
            FinancialAssistanceStatus.pending(receivedOn: Year.day(200)),
        ])
    func applicationSuspends(application: FinancialAssistanceStatus) {
        let facts = Year.facts(notices: [notice], application: application)
        #expect(ExtraordinaryActionRules.status(of: .wageGarnishment, on: Year.day(199), facts: facts).isAllowed)
        for number in [200, 240, 300] {
            let decision = ExtraordinaryActionRules.status(of: .wageGarnishment, on: Year.day(number), facts: facts)
            #expect(decision.ruleNames == ["501r.application-pending"], "day \(number): \(decision)")
        }
    }

    @Test("an incomplete application stops suspending the day after its completion deadline passes")
    func incompleteExpires() {
        let facts = Year.facts(
            notices: [notice], application: .incomplete(receivedOn: Year.day(200), completeBy: Year.day(230)))
        #expect(!ExtraordinaryActionRules.status(of: .lawsuit, on: Year.day(230), facts: facts).isAllowed)
        #expect(ExtraordinaryActionRules.status(of: .lawsuit, on: Year.day(231), facts: facts).isAllowed)
    }

    @Test("a denial lets actions resume under the earlier notice")
    func denialResumes() {
        let facts = Year.facts(notices: [notice], application: .denied(decidedOn: Year.day(215)))
        #expect(ExtraordinaryActionRules.status(of: .debtSale, on: Year.day(215), facts: facts).isAllowed)
    }

    @Test("a late application is flagged as outside the window but still suspends while pending")
    func lateApplication() throws {
        let facts = Year.facts(notices: [notice], application: .pending(receivedOn: Year.day(250)))
        let decision = ExtraordinaryActionRules.status(of: .lien, on: Year.day(260), facts: facts)
        #expect(decision.ruleNames == ["501r.application-pending"])
        let message = try #require(decision.reasons.first?.message)
        #expect(message.contains("after the application period ended on \(Year.day(240))"), "\(message)")
    }

    @Test("the application period ends on day 240: an application that day is within it, the next day is not")
    func day240Boundary() throws {
        let facts = Year.facts(notices: [notice])
        #expect(ExtraordinaryActionRules.isWithinApplicationPeriod(Year.day(240), facts: facts))
        #expect(!ExtraordinaryActionRules.isWithinApplicationPeriod(Year.day(241), facts: facts))
        let timeline = try #require(ExtraordinaryActionRules.timeline(for: facts))
        #expect(timeline.earliestActionDate == Year.day(120))
        #expect(timeline.noticeNeededBy == Year.day(89))
        #expect(timeline.applicationPeriodEnds == Year.day(240))
    }

    @Test("a notice deadline after day 240 extends the application period to that deadline")
    func noticeDeadlineExtendsWindow() {
        let facts = Year.facts(notices: [Year.notice(sent: 230, lead: 30)])
        #expect(ExtraordinaryActionRules.isWithinApplicationPeriod(Year.day(260), facts: facts))
        #expect(!ExtraordinaryActionRules.isWithinApplicationPeriod(Year.day(261), facts: facts))
    }

    @Test("approval for free care refuses every action and lists the reversals owed, skipping those already reversed")
    func approvalReversals() {
        let taken = [
            TakenExtraordinaryAction(kind: .lien, takenOn: Year.day(150)),
            TakenExtraordinaryAction(kind: .creditReporting, takenOn: Year.day(121)),
            TakenExtraordinaryAction(kind: .debtSale, takenOn: Year.day(130), isReversed: true),
        ]
        let facts = Year.facts(
            notices: [notice], application: .approved(decidedOn: Year.day(250), patientOwes: .zero), taken: taken,
            balance: .zero)
        let decision = ExtraordinaryActionRules.status(of: .lawsuit, on: Year.day(260), facts: facts)
        #expect(decision.ruleNames == ["501r.notice-missing", "501r.assistance-approved", "eca.nothing-owed"])
        #expect(
            ExtraordinaryActionRules.obligationsAfterApproval(facts: facts) == [
                .reverse(TakenExtraordinaryAction(kind: .creditReporting, takenOn: Year.day(121))),
                .reverse(TakenExtraordinaryAction(kind: .lien, takenOn: Year.day(150))),
            ])
    }

    @Test(
        "after approval an overpayment of $5.00 is refunded to the cent, one of $4.99 is not",
        arguments: [
            (paid: "104.99", refund: nil as String?),
            (paid: "105.00", refund: "5.00"),
            (paid: "1,100.01", refund: "1,000.01"),
            (paid: "100.00", refund: nil),
        ])
    func refundThreshold(paid: String, refund: String?) throws {
        let facts = Year.facts(
            application: .approved(decidedOn: Year.day(250), patientOwes: try Money(parsing: "100.00")),
            balance: .zero, paid: try Money(parsing: paid))
        let obligations = ExtraordinaryActionRules.obligationsAfterApproval(facts: facts)
        let expected: [AssistanceObligation] = try refund.map { [.refund(try Money(parsing: $0))] } ?? []
        #expect(obligations == expected, "paid \(paid): \(obligations)")
    }

    @Test("a patient approved for a discount who still owes needs a new notice sent after the approval")
    func partialApprovalNeedsNewNotice() {
        let approved = FinancialAssistanceStatus.approved(decidedOn: Year.day(250), patientOwes: Money(cents: 40_000))
        let before = Year.facts(notices: [notice], application: approved, balance: Money(cents: 40_000))
        let refused = ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(300), facts: before)
        #expect(refused.ruleNames == ["501r.notice-missing"], "\(refused)")
        #expect(refused.reasons[0].message.contains("since assistance was approved on \(Year.day(250))"))
        let after = Year.facts(
            notices: [notice, Year.notice(sent: 260)], application: approved, balance: Money(cents: 40_000))
        #expect(ExtraordinaryActionRules.status(of: .creditReporting, on: Year.day(291), facts: after).isAllowed)
    }

    @Test("no obligations unless the application was approved")
    func noObligationsWithoutApproval() {
        let facts = Year.facts(
            application: .denied(decidedOn: Year.day(200)),
            taken: [TakenExtraordinaryAction(kind: .lien, takenOn: Year.day(150))], paid: Money(cents: 99_999))
        #expect(ExtraordinaryActionRules.obligationsAfterApproval(facts: facts).isEmpty)
    }
}
