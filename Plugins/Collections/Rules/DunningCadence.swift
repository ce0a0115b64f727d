import RevCycleCore

/// The site's dunning cadence as data: which step follows which, how many days apart, and what each
/// step must carry. ``siteDefault`` is the default a site's Lua policy can override.
///
/// | step | days after the previous | carries |
/// |---|---|---|
/// | statement | 0 (first) | itemized visits, assistance offer, apply-by date |
/// | reminder | 30 | the same |
/// | past due | 30 | the same, and a past-due warning |
/// | final notice | 30 | the same, and the 501(r) 30-day notice of extraordinary actions |
///
/// With these defaults the final notice goes out on day 90; its deadline (day 120 at the
/// earliest) lines up with the end of the 120-day notification period, and extraordinary actions
/// may start the day after it.
///
/// ```swift
/// DunningCadence.siteDefault.nextStep(lastStep: .reminder, lastSentOn: sentOn, today: today, holds: holds)
/// // .send(.pastDue, dueOn: sentOn + 30)
/// ```
struct DunningCadence: Sendable, Hashable {
    /// One step of the cadence.
    struct Step: Sendable, Hashable {
        var step: DunningStep
        /// Days after the previous step is sent (0 for the first statement).
        var daysAfterPrevious: Int
        var carries: [StatementRequirement]
    }

    let steps: [Step]

    /// - Throws: ``RevCycleError`` (`configuration`) unless the steps start with the statement at
    ///   day 0, follow the order of ``DunningStep`` without repeats, and wait at least a day each.
    init(steps: [Step]) throws {
        guard let first = steps.first, first.step == .statement, first.daysAfterPrevious == 0 else {
            throw RevCycleError(
                .configuration, "A dunning cadence starts with the statement at day 0.",
                remedy: "List the statement first, with 0 days.")
        }
        for (previous, next) in zip(steps, steps.dropFirst()) {
            guard previous.step < next.step, next.daysAfterPrevious >= 1 else {
                throw RevCycleError(
                    .configuration,
                    "The \(next.step.rawValue) step must follow \(previous.step.rawValue) in cadence order, "
                        + "at least a day later.",
                    remedy: "Order the steps statement, reminder, past-due, final-notice, each 1 day or more apart.")
            }
        }
        self.steps = steps
    }

    private init(validated steps: [Step]) { self.steps = steps }

    /// Statement, reminder, past due, final notice, 30 days apart.
    static let siteDefault: DunningCadence = {
        let always: [StatementRequirement] = [.itemizedVisits, .financialAssistanceOffer, .applicationDeadline]
        return DunningCadence(validated: [
            Step(step: .statement, daysAfterPrevious: 0, carries: always),
            Step(step: .reminder, daysAfterPrevious: 30, carries: always),
            Step(step: .pastDue, daysAfterPrevious: 30, carries: always + [.pastDueWarning]),
            Step(step: .finalNotice, daysAfterPrevious: 30, carries: always + [.extraordinaryActionNotice]),
        ])
    }()

    /// What `step` must carry (empty when the cadence skips it).
    func requirements(for step: DunningStep) -> [StatementRequirement] {
        steps.first { $0.step == step }?.carries ?? []
    }

    /// The step that follows `lastStep` sent on `lastSentOn`, and the day it is due; or why there is
    /// none: the cadence is complete, or a hold active on the due day (or today, if later) stops it.
    ///
    /// With no step sent yet, the statement is due `today`. A due date before `today` means the
    /// step is overdue and should go now.
    func nextStep(
        lastStep: DunningStep?, lastSentOn: CalendarDate?, today: CalendarDate, holds: [CollectionHold]
    ) -> DunningPlan {
        let next: Step
        let dueOn: CalendarDate
        switch (lastStep, lastSentOn) {
        case (nil, _):
            next = steps[0]
            dueOn = today
        case (let last?, let sentOn?):
            guard let following = steps.first(where: { $0.step > last }) else {
                return .stop(
                    reason: "The cadence ended with the \(last.rawValue) sent on \(sentOn); extraordinary "
                        + "actions follow the 501(r) rules, not the cadence.")
            }
            next = following
            dueOn = sentOn.adding(days: following.daysAfterPrevious)
        case (let last?, nil):
            return .stop(reason: "The \(last.rawValue) has no date sent; the next step cannot be dated.")
        }
        let activity: CollectionActivity = next.step == .statement ? .statements : .dunningSteps
        let checkOn = max(today, dueOn)
        if let hold = holds.holds(stopping: activity, on: checkOn).first {
            return .stop(reason: "The \(next.step.rawValue) due \(dueOn) is stopped by a \(hold.summary).")
        }
        return .send(next.step, dueOn: dueOn)
    }
}

/// What the dunning cadence says to do next for a guarantor.
enum DunningPlan: Sendable, Hashable {
    /// Send `step` on `dueOn` (or now, if that has passed).
    case send(DunningStep, dueOn: CalendarDate)
    /// Send nothing, and why.
    case stop(reason: String)
}
