/// Something a dunning step must carry, named so that the statement writer can check it is there.
enum StatementRequirement: String, Sendable, Hashable, CaseIterable {
    /// Every visit itemized so each figure traces to the ledger.
    case itemizedVisits = "itemized-visits"
    /// The financial-assistance offer: the plain-language summary and where to ask (26 CFR 1.501(r)-4).
    case financialAssistanceOffer = "financial-assistance-offer"
    /// The last day to apply for assistance (240 days after the first statement, 1.501(r)-1(b)(3)).
    case applicationDeadline = "application-deadline"
    /// The balance is past due.
    case pastDueWarning = "past-due-warning"
    /// The 501(r) written notice: assistance is available, the extraordinary actions intended, and
    /// a deadline at least 30 days out after which they may start (26 CFR 1.501(r)-6(c)(4)(i)).
    case extraordinaryActionNotice = "extraordinary-action-notice"
}
