/// Something collections does to get paid, which a hold can stop.
enum CollectionActivity: String, Sendable, Hashable, CaseIterable {
    /// Printing or sending a statement that shows the balance.
    case statements
    /// Escalating along the dunning cadence: reminders, past-due and final notices.
    case dunningSteps = "dunning-steps"
    /// 501(r) extraordinary collection actions: credit reporting, sale, suits, liens, garnishment,
    /// deferring care.
    case extraordinaryActions = "extraordinary-actions"
    /// Calls, texts, emails, portal messages and collection letters asking for payment.
    case collectionContact = "collection-contact"
    /// Interest and late fees accruing on the balance.
    case lateFees = "late-fees"

    var words: String {
        switch self {
        case .statements: "statements"
        case .dunningSteps: "reminders, past-due and final notices"
        case .extraordinaryActions: "extraordinary collection actions"
        case .collectionContact: "calls, texts, emails and letters asking for payment"
        case .lateFees: "interest and late fees"
        }
    }
}
