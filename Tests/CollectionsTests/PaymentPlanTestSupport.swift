import Foundation
import RevCycleCore
import RevCycleTesting
import Testing

@testable import Collections

/// Dates, amounts and plans for the payment-plan tests.
enum PlanFixtures {
    /// A date from `YYYY-MM-DD` (test literals only).
    static func day(_ text: String) -> CalendarDate {
        do { return try CalendarDate(parsing: text) } catch { fatalError("bad test date \(text)") }
    }

    /// An amount from dollars and cents (test literals only).
    static func dollars(_ text: String) -> Money {
        do { return try Money(parsing: text) } catch { fatalError("bad test amount \(text)") }
    }

    static let card = CardToken(
        token: "tok_plan_4242", brand: .visa, lastFour: "4242", expiryMonth: 12, expiryYear: 2030)
    static let newCard = CardToken(
        token: "tok_plan_1881", brand: .visa, lastFour: "1881", expiryMonth: 12, expiryYear: 2031)

    /// A plan of `count` installments on `balance`, first due `firstDue`, with autopay authorized on
    /// `authorizedOn` (copy sent the same day) unless `nil`.
    static func plan(
        _ balance: String, count: Int, firstDue: String, autopayFrom authorizedOn: String? = nil,
        copySent: Bool = true
    ) throws -> PaymentPlanHistory {
        let schedule = try PaymentPlanSchedule.amortize(
            PaymentPlanTerms(balance: dollars(balance), installmentCount: count, firstDueDate: day(firstDue)))
        let autopay = authorizedOn.map {
            AutopayAuthorization(
                paymentMethod: card, authorizedOn: day($0),
                evidence: .init(kind: .electronicSignature, reference: "esign-77"),
                copySentOn: copySent ? day($0) : nil, schedule: schedule)
        }
        return PaymentPlanHistory(schedule: schedule, autopay: autopay)
    }
}

/// A day-by-day run of the delinquency ladder against a scripted gateway and patient, recording every
/// action the way the integrating code does. Each day it checks that a review repeated without change
/// gives the same answer, that nothing done that day is offered again, and that no installment is
/// charged twice in a day.
struct PlanSimulation {
    /// One day of the run.
    struct Day {
        var date: CalendarDate
        var actions: [PlanAction]
        /// The standing after the day's actions were recorded.
        var standing: PlanStanding
        var hold: AutopayHold?
    }

    var history: PaymentPlanHistory
    var ladder = DelinquencyLadder(policy: PaymentPlanPolicy())
    /// The gateway's answer to a charge.
    var gateway: @Sendable (AutopayCharge, CalendarDate) -> AutopayOutcome = { _, _ in .approved(chargeID: "ch") }
    /// What the patient pays by hand, by day.
    var patientPays: [CalendarDate: Money] = [:]
    /// Changes made by staff on a day, before the ladder runs.
    var staffChanges: [CalendarDate: @Sendable (inout PaymentPlanHistory) throws -> Void] = [:]
    /// Prefixed to every failure message (a randomized run puts its seed here).
    var label = ""
    private(set) var days: [Day] = []
    private(set) var charges: [(date: CalendarDate, charge: AutopayCharge)] = []

    init(_ history: PaymentPlanHistory) { self.history = history }

    /// Runs every day from `first` through `last`.
    mutating func run(
        from first: String, through last: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var date = PlanFixtures.day(first)
        while date <= PlanFixtures.day(last) {
            try step(date, sourceLocation: sourceLocation)
            date = date.adding(days: 1)
        }
    }

    private mutating func step(_ date: CalendarDate, sourceLocation: SourceLocation) throws {
        if let change = staffChanges[date] { try change(&history) }
        if let amount = patientPays[date], !history.schedule.isPaidOff {
            _ = try history.schedule.apply(PlanPayment(receivedOn: date, amount: amount, reference: "desk-\(date)"))
        }
        // Carry out the day's actions, then ask again: an outcome (a final decline) may make a further
        // step due the same day, but nothing done today may come back, and no installment is charged twice.
        var done: [PlanAction] = []
        var review = ladder.review(history, on: date)
        for _ in 0..<4 where !review.actions.isEmpty {
            #expect(
                ladder.review(history, on: date) == review, "\(label)\(date): a second review differs",
                sourceLocation: sourceLocation)
            let repeated = review.actions.filter { action in
                done.contains(action) || done.contains { Self.chargesSameInstallment($0, action) }
            }
            #expect(repeated.isEmpty, "\(label)\(date): offered again: \(repeated)", sourceLocation: sourceLocation)
            for action in review.actions { try perform(action, on: date) }
            done += review.actions
            review = ladder.review(history, on: date)
        }
        #expect(review.actions.isEmpty, "\(label)\(date): the day never settles", sourceLocation: sourceLocation)
        days.append(Day(date: date, actions: done, standing: review.standing, hold: review.autopayHold))
    }

    private mutating func perform(_ action: PlanAction, on date: CalendarDate) throws {
        switch action {
        case .sendAuthorizationCopy: history.recordAuthorizationCopySent(on: date)
        case .sendAmountChangeNotice(let notice): history.record(notice)
        case .chargeAutopay(let charge):
            charges.append((date, charge))
            _ = try history.record(charge.recorded(on: date, outcome: gateway(charge, date)))
        case .sendDelinquencyNotice(let notice): history.record(notice)
        case .declareDefault(let planDefault): history.record(planDefault)
        }
    }

    private static func chargesSameInstallment(_ first: PlanAction, _ second: PlanAction) -> Bool {
        guard case .chargeAutopay(let one) = first, case .chargeAutopay(let other) = second else { return false }
        return one.installment == other.installment
    }

    /// The days on which something was done, with a short word for each action.
    var actionLog: [String] {
        days.filter { !$0.actions.isEmpty }.map { day in
            "\(day.date) " + day.actions.map(Self.word).joined(separator: ", ")
        }
    }

    func day(_ text: String) -> Day? { days.first { $0.date == PlanFixtures.day(text) } }

    static func word(_ action: PlanAction) -> String {
        switch action {
        case .sendAuthorizationCopy: "copy"
        case .sendAmountChangeNotice(let notice): "amount-notice effective \(notice.effectiveOn)"
        case .chargeAutopay(let charge): "charge #\(charge.installment)/\(charge.attempt) \(charge.amount)"
        case .sendDelinquencyNotice(let notice):
            "notice missed \(notice.missedInstallments) defaults \(notice.defaultsOn)"
        case .declareDefault(let planDefault): "default missed \(planDefault.missedInstallments)"
        }
    }
}

/// The randomized plan tests' generator: the shared seeded SplitMix64.
typealias PlanRandom = SeededGenerator
