import RevCycleCore

/// What the 501(r) rules need to know about one account (one episode of care) to decide whether
/// an extraordinary collection action may be taken.
struct ExtraordinaryActionFacts: Sendable, Hashable {
    /// The date of the first billing statement after discharge; `nil` until one is sent, and
    /// then no ECA is allowed at all.
    var firstStatementDate: CalendarDate?
    /// The written 30-day notices sent for this care.
    var notices: [IntendedActionNotice]
    var application: FinancialAssistanceStatus
    /// The account's holds; those stopping ``CollectionActivity/extraordinaryActions`` refuse every ECA.
    var holds: [CollectionHold]
    /// ECAs already taken for this care.
    var actionsTaken: [TakenExtraordinaryAction]
    /// What the patient still owes for this care.
    var patientBalance: Money
    /// What the patient has paid for this care so far: compared with the amount owed after an
    /// approval to find a refund.
    var patientPaid: Money

    init(
        firstStatementDate: CalendarDate?, notices: [IntendedActionNotice] = [],
        application: FinancialAssistanceStatus = .none, holds: [CollectionHold] = [],
        actionsTaken: [TakenExtraordinaryAction] = [], patientBalance: Money, patientPaid: Money = .zero
    ) {
        self.firstStatementDate = firstStatementDate
        self.notices = notices
        self.application = application
        self.holds = holds
        self.actionsTaken = actionsTaken
        self.patientBalance = patientBalance
        self.patientPaid = patientPaid
    }
}

/// An extraordinary collection action already taken for the care.
struct TakenExtraordinaryAction: Sendable, Hashable {
    var kind: ExtraordinaryActionKind
    var takenOn: CalendarDate
    /// Whether it has since been reversed (entry deleted, lien released, suit dismissed).
    var isReversed: Bool

    init(kind: ExtraordinaryActionKind, takenOn: CalendarDate, isReversed: Bool = false) {
        self.kind = kind
        self.takenOn = takenOn
        self.isReversed = isReversed
    }
}
