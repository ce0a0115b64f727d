import RevCycleCore

/// Everything `revcycle counseling explain <account>` tells a patient about one account: what was
/// charged, what each insurer answered, what the patient owes and why, and what they can do.
///
/// Storage fills these values from the ledger and the payers' 835 answers; ``ExplanationText``
/// puts them into words. The facts hold figures and codes only, never sentences, so the same facts
/// give the same figures in every language. ``discrepancies`` checks that the figures add up
/// before a patient reads them.
///
/// ```swift
/// let facts = AccountExplanationFacts(
///     account: "A1042", patientName: "Ana María López", visitDate: try CalendarDate(parsing: "2026-11-20"),
///     explainedOn: try CalendarDate(parsing: "2026-12-15"),
///     facility: .init(name: "Riverside Community Hospital", phone: "(555) 014-2200"),
///     serviceLines: [.init(code: "99214", description: "Office visit", charge: try Money(parsing: "265.00"))],
///     owesNow: .zero, options: .init(phone: "(555) 014-2250"))
/// print(ExplanationText.render(facts, language: .spanish))
/// ```
struct AccountExplanationFacts: Sendable, Hashable {
    /// The account number the patient quotes when they call (one visit).
    var account: String
    var patientName: String
    /// The date of service of the visit.
    var visitDate: CalendarDate
    /// The day the explanation is written (the host clock's today): the figures are as of this day,
    /// and an option whose deadline has passed is not offered.
    var explainedOn: CalendarDate
    /// Who sends the bill, and the number for billing questions.
    var facility: Facility
    /// The charges as posted, in the order of the bill.
    var serviceLines: [ServiceLine]
    /// Each answer (835 claim payment) from each insurer, in the order they came, reversed ones included.
    var payerAnswers: [PayerAnswer] = []
    /// The patient's share after every insurer has answered, by reason, before assistance and payments.
    var patientShares: [PatientShare] = []
    /// What the patient has paid on this account so far.
    var patientPayments: Money = .zero
    /// The patient's financial-assistance application, if there is one.
    var assistance: Assistance? = nil
    /// What the patient owes on this account now; negative when they paid more than their share.
    var owesNow: Money
    /// What an insurer still holds: billed and not answered yet, or denied and being worked.
    /// It is not the patient's to pay now.
    var pendingInsurance: Money = .zero
    /// What the patient can do next.
    var options: Options

    /// The sum of the service lines' charges.
    var totalCharges: Money { serviceLines.reduce(Money.zero) { $0 + $1.charge } }

    /// The sum of the patient's shares, before assistance and payments.
    var totalPatientShare: Money { patientShares.reduce(Money.zero) { $0 + $1.amount } }

    /// The hospital or clinic that sends the bill.
    struct Facility: Sendable, Hashable {
        var name: String
        /// The number for billing questions.
        var phone: String
    }

    /// One charge on the bill, as posted from the chargemaster.
    struct ServiceLine: Sendable, Hashable {
        /// The CPT/HCPCS or revenue code.
        var code: String
        /// The chargemaster's description (printed as the site wrote it, in its language).
        var description: String
        var charge: Money
    }

    /// A part of the patient's share with the reason it is theirs.
    struct PatientShare: Sendable, Hashable {
        /// Why a part of the bill is the patient's (the same reasons a statement lists).
        enum Reason: String, Sendable, Hashable, CaseIterable {
            /// PR-1: paid toward the yearly deductible.
            case deductible
            /// PR-2: the plan's percentage share.
            case coinsurance
            /// PR-3: a fixed amount per service.
            case copay
            /// The plan does not cover the service, and the patient may be billed (PR-96, PR-204…).
            case notCovered = "not-covered"
            /// No insurance was billed: the whole charge is the patient's.
            case selfPay = "self-pay"
            /// Any other patient-responsibility amount.
            case other
        }

        var reason: Reason
        var amount: Money
    }
}
