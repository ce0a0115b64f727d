import RevCycleCore

/// One patient statement: what a guarantor owes across their visits, as of the statement date,
/// itemized so that every figure can be traced to the ledger.
///
/// Per visit, `charges − insurancePaid − adjustments − patientPaid = pendingInsurance + patientBalance`.
/// Across visits, `balance` is the sum of the visits' patient balances (a credit is negative), and
/// `amountDue` is what the statement asks for by `dueDate`: the balance, or the plan's installment
/// when the guarantor is on a payment plan. Balances still with insurance are shown, never demanded.
struct GuarantorStatement: Sendable, Hashable, Codable {
    /// The statement's number (`ST41`), printed so a caller can quote it.
    var number: String
    var guarantor: GuarantorID
    var guarantorName: String
    /// The mailing address, one line per element.
    var mailingAddress: [String]
    var statementDate: CalendarDate
    var dueDate: CalendarDate
    /// Where this statement stands in the site's dunning cadence.
    var step: DunningStep
    var facility: StatementFacility
    /// The patient balance printed on the previous statement (zero on the first).
    var priorBalance: Money
    /// Patient payments received since the previous statement.
    var paymentsSincePrior: Money
    var visits: [StatementVisit]
    /// Sum of the visits' patient balances.
    var balance: Money
    /// What this statement asks to be paid by `dueDate`.
    var amountDue: Money
    /// Sum of what insurance has not answered yet: shown, not demanded.
    var pendingInsurance: Money
    var plan: StatementPlan?
    /// How to pay: the online link (carries a one-time token, never an account number), phone, mail.
    var payOnlineLink: String
    var assistance: StatementAssistance
    /// Notices the step requires (a final notice's extraordinary-action warning), in plain words.
    var notices: [String]
    /// The 501(r) written notice a final notice gives: which extraordinary collection actions, and
    /// the deadline before which none is taken.
    var actionNotice: ExtraordinaryActionNotice? = nil
}

/// The actions a final notice names and its deadline (at least 30 days after the notice).
struct ExtraordinaryActionNotice: Sendable, Hashable, Codable {
    var actions: [String]
    var deadline: CalendarDate
}

/// The site printed at the top of a statement and as the payee.
struct StatementFacility: Sendable, Hashable, Codable {
    var name: String
    var addressLines: [String]
    var phone: String
}

/// One visit (encounter account) on a statement.
struct StatementVisit: Sendable, Hashable, Codable {
    var account: AccountID
    var patientName: String
    var serviceDate: CalendarDate
    var services: [StatementService]
    var charges: Money
    var insurancePaid: Money
    /// Contractual, charity and other adjustments: amounts nobody owes.
    var adjustments: Money
    var patientPaid: Money
    /// Why the patient owes what they owe on this visit.
    var responsibility: [PatientShare]
    var pendingInsurance: Money
    /// What the patient side owes on this visit (negative: a credit).
    var patientBalance: Money
}

/// A service line as charged.
struct StatementService: Sendable, Hashable, Codable {
    var code: String
    var description: String
    var units: Int
    var charge: Money
}

/// A part of the patient's share with its reason.
struct PatientShare: Sendable, Hashable, Codable {
    enum Reason: String, Sendable, Hashable, CaseIterable, Codable {
        case deductible, coinsurance, copay, notCovered = "not-covered", selfPay = "self-pay", other
        /// The reason as printed on a statement.
        var words: String {
            switch self {
            case .deductible: "Your plan's deductible"
            case .coinsurance: "Your coinsurance share"
            case .copay: "Your copay"
            case .notCovered: "Not covered by your plan"
            case .selfPay: "No insurance on file (self-pay)"
            case .other: "Other patient responsibility"
            }
        }
    }
    var reason: Reason
    var amount: Money
}

/// A payment plan, as a statement shows it.
struct StatementPlan: Sendable, Hashable, Codable {
    var plan: String
    var installment: Money
    var nextDueDate: CalendarDate
    var remaining: Money
    var installmentsLeft: Int
    var autopay: Bool
}

/// The financial-assistance offer every statement carries (501(r) plain-language summary).
struct StatementAssistance: Sendable, Hashable, Codable {
    var summary: String
    var phone: String
    /// The last day an application is accepted for these visits (240 days after the first statement).
    var applyBy: CalendarDate?
}

/// The steps of a dunning cadence, in order.
enum DunningStep: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case statement, reminder, pastDue = "past-due", finalNotice = "final-notice"

    /// The heading printed on the statement.
    var heading: String {
        switch self {
        case .statement: "Statement"
        case .reminder: "Reminder"
        case .pastDue: "Past due"
        case .finalNotice: "Final notice"
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
