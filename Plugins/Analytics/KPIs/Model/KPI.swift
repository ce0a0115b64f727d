/// The revenue-cycle KPIs RevCycle computes, each with a stable kebab-case id for commands and exports.
///
/// Definitions follow HFMA's MAP Keys where one exists (DOMAIN.md, "KPIs (HFMA MAP Keys first)"); each
/// case's ``definition`` says the formula in words, and ``KPIEngine`` documents where RevCycle's data
/// narrows or widens it.
///
/// ```swift
/// KPI(rawValue: "net-days-in-ar")?.name   // "Net days in A/R"
/// ```
enum KPI: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case netDaysInAR = "net-days-in-ar"
    case arAging = "ar-aging"
    case agedAROver90Days = "aged-ar-over-90"
    case cleanClaimRate = "clean-claim-rate"
    case initialDenialRate = "initial-denial-rate"
    case initialDenialDollarRate = "initial-denial-dollar-rate"
    case denialReasons = "denial-reasons"
    case pointOfServiceCash = "pos-cash-share"
    case netCollectionRate = "net-collection-rate"
    case badDebtShare = "bad-debt-share"
    case charityShare = "charity-share"
    case daysInCreditBalance = "days-in-credit-balance"
    case insuranceVerificationRate = "insurance-verification-rate"
    case planDefaultRate = "plan-default-rate"
    case timeToCollect = "time-to-collect"
    case costToCollect = "cost-to-collect"

    /// The id shown to staff and used on the command line (`net-days-in-ar`).
    var id: String { rawValue }

    var description: String { rawValue }

    /// The KPI's name in the hospital's words.
    var name: String {
        switch self {
        case .netDaysInAR: "Net days in A/R"
        case .arAging: "A/R aging"
        case .agedAROver90Days: "Aged A/R over 90 days"
        case .cleanClaimRate: "Clean claim rate"
        case .initialDenialRate: "Initial denial rate (claims)"
        case .initialDenialDollarRate: "Initial denial rate (dollars)"
        case .denialReasons: "Initial denials by reason (Pareto)"
        case .pointOfServiceCash: "Point-of-service cash share"
        case .netCollectionRate: "Net collection rate"
        case .badDebtShare: "Bad debt share"
        case .charityShare: "Charity care share"
        case .daysInCreditBalance: "Days revenue in credit balance"
        case .insuranceVerificationRate: "Insurance verification rate"
        case .planDefaultRate: "Payment plan default rate"
        case .timeToCollect: "Time to collect"
        case .costToCollect: "Cost to collect"
        }
    }

    /// The formula in words, without figures.
    var definition: String {
        switch self {
        case .netDaysInAR:
            """
            net A/R (insurance and patient balances at the range's end, credit balances left out) ÷ average daily \
            net revenue (gross charges − contractual, charity and administrative adjustments in the range, ÷ days \
            in the range)
            """
        case .arAging:
            """
            open balances at the range's end by days since the date of service (0–30, 31–60, 61–90, 91–120, \
            over 120), by payer and for patients, with each bucket's share
            """
        case .agedAROver90Days:
            "billed A/R more than 90 days from the date of service ÷ all billed A/R, at the range's end (also by payer)"
        case .cleanClaimRate:
            """
            claims that passed the scrubber's edits on the first run with no manual change ÷ claims first \
            submitted in the range
            """
        case .initialDenialRate:
            "claims the payer's first answer denied in whole or in part ÷ claims first submitted in the range"
        case .initialDenialDollarRate:
            "dollars denied on the payers' first answers ÷ charges on the claims first submitted in the range"
        case .denialReasons:
            "initially denied dollars by reason code, largest first, with each reason's share and the running share"
        case .pointOfServiceCash:
            "patient cash received on or before the date of service ÷ all patient cash received in the range"
        case .netCollectionRate:
            "cash received in the range (all sources) ÷ (gross charges − contractual adjustments in the range)"
        case .badDebtShare:
            "bad debt written off in the range ÷ gross charges in the range"
        case .charityShare:
            "charity care (at charges) in the range ÷ gross charges in the range"
        case .daysInCreditBalance:
            "credit balances at the range's end ÷ average daily net revenue in the range"
        case .insuranceVerificationRate:
            """
            insured encounters whose eligibility was verified (a 271 within 30 days before the date of service, \
            or on it) ÷ insured encounters with a date of service in the range
            """
        case .planDefaultRate:
            "payment plans created in the range that defaulted by the range's end ÷ plans created in the range"
        case .timeToCollect:
            """
            average days from the date of service to the day the patient balance reached zero, for balances paid \
            off in the range (with the median)
            """
        case .costToCollect:
            "the site's revenue-cycle cost for the range ÷ patient service cash collected in the range (all sources)"
        }
    }

    /// Measured on balances at the range's end (a snapshot) rather than on activity within the range.
    var isSnapshot: Bool {
        switch self {
        case .netDaysInAR, .arAging, .agedAROver90Days, .daysInCreditBalance: true
        default: false
        }
    }
}
