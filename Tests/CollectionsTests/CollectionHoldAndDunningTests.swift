import RevCycleCore
import Testing

@testable import Collections

private let start = try! CalendarDate(parsing: "2026-02-02")

struct CollectionHoldTests {
    @Test("a hold applies from its start up to the day before it expires")
    func activeWindow() throws {
        let hold = try CollectionHold(kind: .manual, reason: "Patient called about a billing error", startsOn: start)
        let expires = try #require(hold.expiresOn)
        #expect(expires == start.adding(days: 30))
        #expect(!hold.isActive(on: start.adding(days: -1)))
        #expect(hold.isActive(on: start))
        #expect(hold.isActive(on: expires.adding(days: -1)))
        #expect(!hold.isActive(on: expires))
    }

    @Test("bankruptcy and deceased holds have no default expiry; the others do", arguments: CollectionHoldKind.allCases)
    func defaultExpiry(kind: CollectionHoldKind) throws {
        let hold = try CollectionHold(kind: kind, reason: "on file", startsOn: start)
        switch kind {
        case .bankruptcy, .deceased:
            #expect(hold.expiresOn == nil)
            #expect(hold.isActive(on: start.adding(days: 10_000)))
        default:
            let expected = start.adding(days: try #require(kind.defaultDuration))
            #expect(hold.expiresOn == expected)
        }
    }

    @Test(
        "what each hold stops, as data",
        arguments: [
            (
                CollectionHoldKind.pendingInsurance,
                [CollectionActivity.dunningSteps, .extraordinaryActions, .collectionContact, .lateFees]
            ),
            (.financialAssistanceApplication, [.dunningSteps, .extraordinaryActions, .lateFees]),
            (.goodFaithEstimateDispute, [.dunningSteps, .extraordinaryActions, .collectionContact, .lateFees]),
            (.bankruptcy, CollectionActivity.allCases),
            (.deceased, CollectionActivity.allCases),
            (.manual, [.dunningSteps, .extraordinaryActions, .collectionContact, .lateFees]),
        ])
    func stops(kind: CollectionHoldKind, expected: [CollectionActivity]) {
        #expect(kind.stops == Set(expected))
    }

    @Test("activeHolds(on:) keeps only the holds in force that day")
    func activeHolds() throws {
        let holds = [
            try CollectionHold(kind: .bankruptcy, reason: "Chapter 7", startsOn: start.adding(days: 10)),
            try CollectionHold(
                kind: .pendingInsurance, reason: "Claim 8812", startsOn: start, expiresOn: start.adding(days: 5)),
            try CollectionHold(
                kind: .goodFaithEstimateDispute, reason: "PPDR case 22", startsOn: start.adding(days: 3)),
        ]
        #expect(
            holds.activeHolds(on: start.adding(days: 4)).map(\.kind) == [.pendingInsurance, .goodFaithEstimateDispute])
        #expect(holds.activeHolds(on: start.adding(days: 12)).map(\.kind) == [.bankruptcy, .goodFaithEstimateDispute])
        #expect(holds.holds(stopping: .statements, on: start.adding(days: 12)).map(\.kind) == [.bankruptcy])
    }

    @Test("a hold needs a reason and an expiry after its start")
    func invalidHolds() {
        #expect(throws: RevCycleError.self) { try CollectionHold(kind: .manual, reason: "  ", startsOn: start) }
        #expect(throws: RevCycleError.self) {
            try CollectionHold(kind: .manual, reason: "x", startsOn: start, expiresOn: start)
        }
    }
}

struct DunningCadenceTests {
    private let cadence = DunningCadence.siteDefault

    @Test(
        "the default cadence runs statement, reminder, past due and final notice, 30 days apart",
        arguments: [
            (nil as DunningStep?, DunningStep.statement, 0),
            (.statement, .reminder, 30),
            (.reminder, .pastDue, 30),
            (.pastDue, .finalNotice, 30),
        ])
    func nextStep(last: DunningStep?, expected: DunningStep, days: Int) {
        let plan = cadence.nextStep(lastStep: last, lastSentOn: last == nil ? nil : start, today: start, holds: [])
        #expect(plan == .send(expected, dueOn: start.adding(days: days)))
    }

    @Test("after the final notice the cadence stops and says why")
    func endsAfterFinalNotice() {
        guard
            case .stop(let reason) = cadence.nextStep(
                lastStep: .finalNotice, lastSentOn: start, today: start, holds: [])
        else { Issue.record("expected a stop"); return }
        #expect(reason.contains("501(r)"))
    }

    @Test("only the final notice carries the 501(r) notice of extraordinary actions; every step offers assistance")
    func requirements() {
        for step in DunningStep.allCases {
            let carries = cadence.requirements(for: step)
            #expect(carries.contains(.financialAssistanceOffer), "\(step)")
            #expect(carries.contains(.extraordinaryActionNotice) == (step == .finalNotice), "\(step)")
        }
    }

    @Test("pending insurance stops reminders but lets the first statement show the balance")
    func pendingInsurance() throws {
        let hold = try CollectionHold(kind: .pendingInsurance, reason: "Claim 8812", startsOn: start)
        #expect(
            cadence.nextStep(lastStep: nil, lastSentOn: nil, today: start, holds: [hold])
                == .send(.statement, dueOn: start))
        guard
            case .stop(let reason) = cadence.nextStep(
                lastStep: .statement, lastSentOn: start, today: start, holds: [hold])
        else { Issue.record("expected a stop"); return }
        #expect(reason.contains("pending-insurance hold"), "\(reason)")
    }

    @Test("a hold that expires before the step is due does not stop it; bankruptcy stops even the statement")
    func holdTiming() throws {
        let short = try CollectionHold(
            kind: .manual, reason: "Call back", startsOn: start, expiresOn: start.adding(days: 10))
        #expect(
            cadence.nextStep(lastStep: .statement, lastSentOn: start, today: start, holds: [short])
                == .send(.reminder, dueOn: start.adding(days: 30)))
        let bankruptcy = try CollectionHold(kind: .bankruptcy, reason: "Chapter 7", startsOn: start)
        #expect(
            cadence.nextStep(lastStep: nil, lastSentOn: nil, today: start, holds: [bankruptcy])
                != .send(.statement, dueOn: start))
    }

    @Test("a cadence out of order, or not starting with the statement at day 0, is refused")
    func invalidCadence() {
        let step = { (s: DunningStep, d: Int) in DunningCadence.Step(step: s, daysAfterPrevious: d, carries: []) }
        #expect(throws: RevCycleError.self) { try DunningCadence(steps: [step(.reminder, 0)]) }
        #expect(throws: RevCycleError.self) {
            try DunningCadence(steps: [step(.statement, 0), step(.finalNotice, 30), step(.pastDue, 30)])
        }
        #expect(throws: RevCycleError.self) { try DunningCadence(steps: [step(.statement, 0), step(.reminder, 0)]) }
        #expect(throws: Never.self) { try DunningCadence(steps: [step(.statement, 0), step(.finalNotice, 45)]) }
    }

    @Test("the default cadence's final notice, with a 30-day deadline, allows extraordinary actions from day 121")
    func cadenceMeetsTheNoticeRule() {
        let finalSent = start.adding(days: 90)
        let notice = IntendedActionNotice(
            sentOn: finalSent, actions: [.creditReporting],
            deadline: finalSent.adding(days: IntendedActionNotice.minimumLeadDays))
        let facts = ExtraordinaryActionFacts(
            firstStatementDate: start, notices: [notice], patientBalance: Money(cents: 65_000))
        #expect(
            !ExtraordinaryActionRules.status(of: .creditReporting, on: start.adding(days: 120), facts: facts).isAllowed)
        #expect(
            ExtraordinaryActionRules.status(of: .creditReporting, on: start.adding(days: 121), facts: facts).isAllowed)
    }
}
