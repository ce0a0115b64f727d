/// Why collections stops on an account, and what each reason stops, as data.
///
/// - Pending insurance stops dunning steps, extraordinary actions, collection contact and late
///   fees: the amount is not yet the patient's to pay; a statement may still *show* it, never demand it.
/// - A financial-assistance application stops dunning steps, extraordinary actions and late fees:
///   26 CFR 1.501(r)-6(c)(5)–(6) suspend ECAs while it is pending; calls to help complete it stay allowed.
/// - A good-faith-estimate dispute stops dunning steps, extraordinary actions, collection contact and
///   late fees: under 45 CFR 149.620 a disputed bill is not sent to collections and late fees stop.
/// - Bankruptcy stops everything: the automatic stay (11 U.S.C. 362(a)) bars any act to collect.
/// - Deceased stops everything: the estate is dealt with by staff, never by the cadence.
/// - Manual stops dunning steps, extraordinary actions, collection contact and late fees; statements
///   still show the balance.
///
/// Bankruptcy and deceased holds last until staff lift them; the others expire after
/// ``defaultDuration`` days unless renewed, so a forgotten hold cannot park an account for ever.
/// Sites should review the durations.
enum CollectionHoldKind: String, Sendable, Hashable, CaseIterable {
    case pendingInsurance = "pending-insurance"
    case financialAssistanceApplication = "financial-assistance"
    case goodFaithEstimateDispute = "gfe-dispute"
    case bankruptcy
    case deceased
    case manual

    /// What the hold stops while it applies.
    var stops: Set<CollectionActivity> {
        switch self {
        case .pendingInsurance, .goodFaithEstimateDispute, .manual:
            [.dunningSteps, .extraordinaryActions, .collectionContact, .lateFees]
        case .financialAssistanceApplication:
            [.dunningSteps, .extraordinaryActions, .lateFees]
        case .bankruptcy, .deceased:
            Set(CollectionActivity.allCases)
        }
    }

    /// Days after its start that a hold of this kind expires unless staff set another date;
    /// `nil` for holds that last until lifted.
    var defaultDuration: Int? {
        switch self {
        case .pendingInsurance: 60
        case .financialAssistanceApplication: 90
        case .goodFaithEstimateDispute: 90
        case .manual: 30
        case .bankruptcy, .deceased: nil
        }
    }

    /// The hold in a collector's words.
    var words: String {
        switch self {
        case .pendingInsurance: "insurance has not answered yet"
        case .financialAssistanceApplication: "a financial-assistance application is pending"
        case .goodFaithEstimateDispute: "the bill is disputed against its good-faith estimate"
        case .bankruptcy: "the guarantor is in bankruptcy (automatic stay)"
        case .deceased: "the patient or guarantor has died"
        case .manual: "staff placed a hold"
        }
    }
}
