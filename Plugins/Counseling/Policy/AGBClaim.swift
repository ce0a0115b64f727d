import RevCycleCore

/// Who paid (allowed) a claim, as the AGB look-back method sorts payers.
enum AGBPayerKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Traditional Medicare (Parts A and B, paid by a MAC).
    case medicareFeeForService = "medicare-ffs"
    /// A Medicare Advantage plan: a private health insurer under 501(r), since a non-governmental
    /// organization administers it.
    case medicareAdvantage = "medicare-advantage"
    /// Commercial insurance: employer, marketplace and other private plans.
    case commercial
    /// Medicaid, fee-for-service or managed care.
    case medicaid
    /// Other governmental coverage (TRICARE, VA, IHS): neither Medicare nor Medicaid nor private.
    case otherGovernment = "other-government"
    /// The patient paid; no insurer allowed the claim. Never counted.
    case selfPay = "self-pay"

    var displayName: String {
        switch self {
        case .medicareFeeForService: "Medicare fee-for-service"
        case .medicareAdvantage: "Medicare Advantage"
        case .commercial: "commercial"
        case .medicaid: "Medicaid"
        case .otherGovernment: "other government"
        case .selfPay: "self-pay"
        }
    }

    /// Whether 501(r) treats the payer as a private health insurer.
    var isPrivateHealthInsurer: Bool { self == .medicareAdvantage || self == .commercial }
}

/// The insurers whose allowed claims a facility's look-back AGB uses: the five combinations
/// 26 CFR 1.501(r)-5(b)(3) permits. A facility picks one and keeps to it.
enum AGBPayerSet: String, Sendable, Hashable, CaseIterable, Codable {
    case medicareFeeForServiceOnly = "medicare-ffs"
    /// The usual choice and RevCycle's default.
    case medicareAndPrivateInsurers = "medicare-ffs+private"
    case medicaidOnly = "medicaid"
    case medicaidAndMedicare = "medicaid+medicare-ffs"
    case medicaidMedicareAndPrivateInsurers = "medicaid+medicare-ffs+private"

    /// Whether a claim allowed by `payer` counts. Self-pay and other government never do.
    func counts(_ payer: AGBPayerKind) -> Bool {
        switch payer {
        case .selfPay, .otherGovernment: false
        case .medicareFeeForService: self != .medicaidOnly
        case .medicaid: [.medicaidOnly, .medicaidAndMedicare, .medicaidMedicareAndPrivateInsurers].contains(self)
        case .medicareAdvantage, .commercial: [.medicareAndPrivateInsurers, .medicaidMedicareAndPrivateInsurers].contains(self)
        }
    }

    var displayName: String {
        switch self {
        case .medicareFeeForServiceOnly: "Medicare fee-for-service"
        case .medicareAndPrivateInsurers: "Medicare fee-for-service and all private health insurers"
        case .medicaidOnly: "Medicaid"
        case .medicaidAndMedicare: "Medicaid and Medicare fee-for-service"
        case .medicaidMedicareAndPrivateInsurers: "Medicaid, Medicare fee-for-service and all private health insurers"
        }
    }
}

/// One claim for emergency or medically necessary care, as the AGB look-back reads it from the ledger.
struct AGBClaim: Sendable, Hashable {
    let claimID: String
    let payer: AGBPayerKind
    /// The date the insurer allowed (adjudicated) the claim: the look-back counts claims allowed in the
    /// period, whatever the date of service.
    let allowedOn: CalendarDate
    /// The facility's full, undiscounted charges on the claim.
    let grossCharges: Money
    /// The amount the insurer allowed: its payment plus the patient's co-payment, co-insurance and deductible.
    let allowedAmount: Money
}
