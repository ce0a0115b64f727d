import RevCycleCore

/// The IRS 501(r) billing-and-collection rules for one episode of care: may the hospital (or its
/// agency or debt buyer) take an extraordinary collection action today, and if not, every reason why.
///
/// Rules, each with the name a refusal carries:
/// - `501r.no-first-statement`: nothing is allowed before the first post-discharge statement.
/// - `501r.notification-period`: no ECA until 120 days after that statement (1.501(r)-6(c)(3)(i)).
/// - `501r.notice-missing`, `501r.notice-deadline-too-short`, `501r.notice-deadline-not-passed`: a
///   written notice naming the action, sent at least 30 days before it, whose stated deadline is
///   at least 30 days after the notice, and the action only after that deadline (1.501(r)-6(c)(4)(i)).
/// - `501r.application-pending`: an incomplete or complete application suspends ECAs
///   (1.501(r)-6(c)(5) and (c)(6)).
/// - `501r.assistance-approved`: an approved patient who owes nothing faces no ECA; one who still
///   owes a reduced amount needs a new notice sent on or after the approval.
/// - `hold.<kind>`: a hold that stops ECAs (see ``CollectionHoldKind``).
/// - `eca.nothing-owed`, `eca.already-taken`: no balance, or the same action already in effect.
///
/// Day counts were checked against the regulation's structure as quoted by public compliance
/// code (the eCFR text itself was not reachable from here): "at least 120 days from the date the
/// hospital facility provides the first post-discharge billing statement", so day 120 is the
/// first allowed day; the application period "ends on the 240th day after" that statement.
///
/// ```swift
/// let decision = ExtraordinaryActionRules.status(of: .creditReporting, on: today, facts: facts)
/// decision.isAllowed      // false
/// decision.ruleNames      // ["501r.notification-period", "501r.notice-missing"]
/// ```
enum ExtraordinaryActionRules {
    /// Days after the first post-discharge statement before any ECA (120).
    static let notificationPeriodDays = 120
    /// Days after the first post-discharge statement that applications must be accepted (240).
    static let applicationPeriodDays = 240
    /// Overpayments below this are not refunded after an approval ($5.00, "or such other amount
    /// set by notice or other guidance published in the Internal Revenue Bulletin").
    static let refundThreshold = Money(cents: 500)

    /// The key dates, or `nil` before the first post-discharge statement.
    static func timeline(for facts: ExtraordinaryActionFacts) -> ExtraordinaryActionTimeline? {
        guard let first = facts.firstStatementDate else { return nil }
        let earliest = first.adding(days: notificationPeriodDays)
        let lastNoticeDeadline = facts.notices.map(\.deadline).max()
        let day240 = first.adding(days: applicationPeriodDays)
        return ExtraordinaryActionTimeline(
            firstStatementDate: first,
            earliestActionDate: earliest,
            noticeNeededBy: earliest.adding(days: -(IntendedActionNotice.minimumLeadDays + 1)),
            applicationPeriodEnds: max(day240, lastNoticeDeadline ?? day240))
    }

    /// Whether an application received on `day` falls within the application period, which the
    /// hospital must accept and process (1.501(r)-1(b)(3)). Before the first statement the
    /// period has no end yet, so any day is within it.
    static func isWithinApplicationPeriod(_ day: CalendarDate, facts: ExtraordinaryActionFacts) -> Bool {
        guard let timeline = timeline(for: facts) else { return true }
        return day <= timeline.applicationPeriodEnds
    }

    /// Whether `kind` may be taken on `date`, with every reason it may not.
    static func status(
        of kind: ExtraordinaryActionKind, on date: CalendarDate, facts: ExtraordinaryActionFacts
    ) -> ExtraordinaryActionDecision {
        var reasons: [RuleRefusal] = []
        if let timeline = timeline(for: facts) {
            if date < timeline.earliestActionDate {
                reasons.append(
                    RuleRefusal(
                        rule: "501r.notification-period",
                        message:
                            "No extraordinary action before \(timeline.earliestActionDate), 120 days after the first "
                            + "statement of \(timeline.firstStatementDate) (26 CFR 1.501(r)-6(c)(3)(i))."))
            }
        } else {
            reasons.append(
                RuleRefusal(
                    rule: "501r.no-first-statement",
                    message: "No post-discharge statement has been sent for this care; the 120 days before any "
                        + "extraordinary action have not started (26 CFR 1.501(r)-6(c)(3)(i))."))
        }
        reasons += noticeRefusals(of: kind, on: date, facts: facts)
        reasons += applicationRefusals(on: date, facts: facts)
        for hold in facts.holds.holds(stopping: .extraordinaryActions, on: date) {
            reasons.append(
                RuleRefusal(
                    rule: "hold.\(hold.kind.rawValue)",
                    message: "Extraordinary actions are stopped by a \(hold.summary)."))
        }
        if facts.patientBalance <= .zero {
            reasons.append(
                RuleRefusal(
                    rule: "eca.nothing-owed",
                    message: "The patient owes nothing on this care (\(facts.patientBalance))."))
        }
        if let taken = facts.actionsTaken.first(where: { $0.kind == kind && !$0.isReversed }) {
            reasons.append(
                RuleRefusal(
                    rule: "eca.already-taken",
                    message: "\(kind.words.capitalizedFirst): already done on \(taken.takenOn)."))
        }
        return ExtraordinaryActionDecision(kind: kind, date: date, reasons: reasons)
    }

    /// Every ECA kind's decision on `date`, in the order of ``ExtraordinaryActionKind/allCases``.
    static func overview(on date: CalendarDate, facts: ExtraordinaryActionFacts) -> [ExtraordinaryActionDecision] {
        ExtraordinaryActionKind.allCases.map { status(of: $0, on: date, facts: facts) }
    }

    /// What an approval obliges the hospital to do: reverse each ECA taken and not yet reversed,
    /// and refund what the patient paid above the amount they owe under the policy, unless that
    /// excess is below `refundThreshold` (1.501(r)-6(c)(6)). Empty unless the application was approved.
    static func obligationsAfterApproval(
        facts: ExtraordinaryActionFacts, refundThreshold: Money = refundThreshold
    ) -> [AssistanceObligation] {
        guard case .approved(_, let patientOwes) = facts.application else { return [] }
        var obligations = facts.actionsTaken
            .filter { !$0.isReversed }
            .sorted { ($0.takenOn, $0.kind) < ($1.takenOn, $1.kind) }
            .map(AssistanceObligation.reverse)
        let overpaid = facts.patientPaid - patientOwes
        if overpaid >= refundThreshold { obligations.append(.refund(overpaid)) }
        return obligations
    }

    // MARK: - The written notice

    /// Refusals from the 30-day notice rule: the best notice naming `kind` decides which one.
    private static func noticeRefusals(
        of kind: ExtraordinaryActionKind, on date: CalendarDate, facts: ExtraordinaryActionFacts
    ) -> [RuleRefusal] {
        var candidates = facts.notices.filter { $0.names(kind) && $0.sentOn <= date }
        var since = ""
        if case .approved(let decidedOn, _) = facts.application {
            candidates = candidates.filter { $0.sentOn >= decidedOn }
            since = " since assistance was approved on \(decidedOn)"
        }
        if candidates.contains(where: { $0.hasLongEnoughDeadline && $0.actionsMayStartOn <= date }) { return [] }
        if let waiting = candidates.filter(\.hasLongEnoughDeadline).min(by: { $0.deadline < $1.deadline }) {
            return [
                RuleRefusal(
                    rule: "501r.notice-deadline-not-passed",
                    message: "The notice of \(waiting.sentOn) gives the patient until \(waiting.deadline); "
                        + "\(kind.words) may start on \(waiting.actionsMayStartOn) (26 CFR 1.501(r)-6(c)(4)(i)).")
            ]
        }
        if let short = candidates.first {
            return [
                RuleRefusal(
                    rule: "501r.notice-deadline-too-short",
                    message: "The notice of \(short.sentOn) states a deadline of \(short.deadline), less than 30 days "
                        + "after it; send a new notice with a deadline on or after \(date.adding(days: 30)) "
                        + "(26 CFR 1.501(r)-6(c)(4)(i)).")
            ]
        }
        return [
            RuleRefusal(
                rule: "501r.notice-missing",
                message:
                    "No written notice naming \(kind.words) has been sent\(since); send one with the plain-language "
                    + "summary and a deadline at least 30 days out, then wait until the day after that deadline "
                    + "(26 CFR 1.501(r)-6(c)(4)(i)).")
        ]
    }

    // MARK: - Financial-assistance applications

    private static func applicationRefusals(on date: CalendarDate, facts: ExtraordinaryActionFacts) -> [RuleRefusal] {
        switch facts.application {
        case .none, .denied:
            return []
        case .incomplete(let receivedOn, let completeBy):
            guard receivedOn <= date else { return [] }
            if let completeBy, completeBy < date { return [] }
            let until =
                completeBy.map { " until \($0), the deadline to complete it" } ?? " until it is completed or closed"
            return [
                RuleRefusal(
                    rule: "501r.application-pending",
                    message: "An incomplete financial-assistance application received on \(receivedOn) suspends "
                        + "extraordinary actions\(until) (26 CFR 1.501(r)-6(c)(5))\(lateNote(receivedOn, facts))."
                )
            ]
        case .pending(let receivedOn):
            guard receivedOn <= date else { return [] }
            return [
                RuleRefusal(
                    rule: "501r.application-pending",
                    message: "A complete financial-assistance application received on \(receivedOn) suspends "
                        + "extraordinary actions until it is decided (26 CFR 1.501(r)-6(c)(6))"
                        + "\(lateNote(receivedOn, facts))."
                )
            ]
        case .approved(let decidedOn, let patientOwes):
            guard decidedOn <= date, patientOwes <= .zero else { return [] }
            return [
                RuleRefusal(
                    rule: "501r.assistance-approved",
                    message: "Financial assistance approved on \(decidedOn) leaves nothing to collect; reverse any "
                        + "actions taken and refund overpayments (26 CFR 1.501(r)-6(c)(6)).")
            ]
        }
    }

    /// Applications received after the application period need not be processed under 501(r);
    /// this engine keeps ECAs suspended while one is pending anyway, and says so.
    private static func lateNote(_ receivedOn: CalendarDate, _ facts: ExtraordinaryActionFacts) -> String {
        guard !isWithinApplicationPeriod(receivedOn, facts: facts), let timeline = timeline(for: facts) else {
            return ""
        }
        return "; it came after the application period ended on \(timeline.applicationPeriodEnds), "
            + "but actions stay suspended while it is pending"
    }
}
