/// The extraordinary collection actions (ECAs) of 26 CFR 1.501(r)-6(b)(1): what a tax-exempt
/// hospital, and any agency or buyer acting for it, may not do before reasonable efforts to find
/// out whether the patient qualifies for financial assistance.
///
/// Liens, lawsuits and garnishment are the actions "that require a legal or judicial process"
/// of 1.501(r)-6(b)(1)(iv); a lien on the proceeds of a personal-injury judgment or settlement is
/// not an ECA (1.501(r)-6(b)(3)) and is not tracked here.
enum ExtraordinaryActionKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case creditReporting = "credit-reporting"
    case debtSale = "sale-of-debt"
    case lawsuit
    case lien
    case wageGarnishment = "wage-garnishment"
    /// Deferring, denying or requiring payment before medically necessary care because of unpaid
    /// earlier bills (1.501(r)-6(b)(1)(iii)). The regulation allows a shorter notice for this one
    /// in some cases; this engine applies the ordinary 120-day and 30-day rules to it as well.
    case deferringCare = "deferring-care"

    /// The action in a collector's words.
    var words: String {
        switch self {
        case .creditReporting: "reporting to credit bureaus"
        case .debtSale: "selling the debt"
        case .lawsuit: "a lawsuit"
        case .lien: "a lien on property"
        case .wageGarnishment: "wage garnishment"
        case .deferringCare: "deferring care until old bills are paid"
        }
    }

    /// What staff do to reverse the action once the patient qualifies for assistance: the
    /// "reasonably available measures" of 1.501(r)-6(c)(6) (vacate a judgment, lift a levy or
    /// lien, remove adverse information from credit reports).
    var reversal: String {
        switch self {
        case .creditReporting: "ask every credit bureau it was reported to to delete the entry"
        case .debtSale: "ask the buyer to return the debt and stop collecting it"
        case .lawsuit: "dismiss the suit or move to vacate the judgment"
        case .lien: "release the lien"
        case .wageGarnishment: "release the garnishment and return what it took above the new amount owed"
        case .deferringCare: "tell the patient the care is no longer deferred and schedule it"
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
