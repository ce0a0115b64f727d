import RevCycleCore

/// The plain-language words and figure rows a patient reads on a statement.
///
/// The text letter (``StatementText``) and the HTML page (``StatementHTML``) both take their labels,
/// sentences and figure rows from here, so the two renderings say the same thing, in the same order,
/// with the same amounts. Sentences are short and say what to do ("Please pay … by …"); insurance
/// words (deductible, coinsurance, adjustment) are explained where they are used.
enum StatementWording {
    // MARK: - Dates

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `December 2, 2026`: how a patient reads a date (an ISO `2026-12-02` reads like a code).
    ///
    /// A no-break space joins the month and the day so that no line ends between them; the text
    /// letter prints it as a plain space (``StatementText``), HTML keeps it.
    static func date(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1])\u{A0}\(date.day), \(date.year)"
    }

    // MARK: - Figure rows

    /// One labelled amount of a statement, as both renderings print it.
    struct FigureRow: Sendable, Hashable {
        /// How a row stands among its neighbours.
        enum Kind: Sendable, Hashable {
            /// A figure that adds into the rows below it.
            case item
            /// The result of the rows above it (printed after a rule).
            case total
            /// The part of the total above still with an insurer: shown, never asked for.
            case pendingPart
            /// The patient's part of the total above (the rest after the pending part).
            case patientPart
        }

        /// A stable name for the figure (`charges`, `insurance-paid`), used to find it in the HTML.
        var key: String
        var label: String
        var amount: Money
        var kind: Kind
    }

    /// A visit's figures as a sum a patient can check with a pencil:
    /// charges − insurance paid − adjustments − patient payments = (pending insurance) + balance.
    ///
    /// The deductions are printed as negative amounts so that the column adds up. When an insurer
    /// still holds part of the visit, the column ends in a "Remaining" total split into two parts,
    /// the pending part and the patient's balance, so the pending part is visibly not theirs yet.
    static func visitFigures(_ visit: StatementVisit) -> [FigureRow] {
        var rows = [
            FigureRow(key: "charges", label: "Total charges", amount: visit.charges, kind: .item),
            FigureRow(key: "insurance-paid", label: "Paid by your insurance", amount: -visit.insurancePaid, kind: .item),
            FigureRow(
                key: "adjustments", label: "Adjustments (amounts you do not owe)", amount: -visit.adjustments, kind: .item),
            FigureRow(key: "patient-paid", label: "Payments you made", amount: -visit.patientPaid, kind: .item),
        ]
        let balanceLabel = visit.patientBalance.isNegative ? "Your credit for this visit" : "Your balance for this visit"
        if visit.pendingInsurance.isZero {
            rows.append(FigureRow(key: "balance", label: balanceLabel, amount: visit.patientBalance, kind: .total))
        } else {
            rows.append(FigureRow(
                key: "remaining", label: "Remaining", amount: visit.pendingInsurance + visit.patientBalance, kind: .total))
            rows.append(FigureRow(
                key: "pending", label: "Still with your insurance (not due now)", amount: visit.pendingInsurance,
                kind: .pendingPart))
            rows.append(FigureRow(key: "balance", label: balanceLabel, amount: visit.patientBalance, kind: .patientPart))
        }
        return rows
    }

    /// What changed since the last statement that is neither the prior balance nor a payment:
    /// new patient balances from visits the insurer finished, adjustments and refunds.
    /// It is derived so that the summary adds up: prior − payments + this = current balance.
    static func newActivity(_ statement: GuarantorStatement) -> Money {
        statement.balance - statement.priorBalance + statement.paymentsSincePrior
    }

    /// The account summary as a sum: prior balance − payments + new activity = current balance.
    static func summaryFigures(_ statement: GuarantorStatement) -> [FigureRow] {
        [
            FigureRow(key: "prior-balance", label: "Balance on your last statement", amount: statement.priorBalance, kind: .item),
            FigureRow(
                key: "payments-since", label: "Payments we received since then", amount: -statement.paymentsSincePrior,
                kind: .item),
            FigureRow(
                key: "new-activity", label: "New charges and adjustments since then", amount: newActivity(statement),
                kind: .item),
            FigureRow(key: "current-balance", label: "Current balance", amount: statement.balance, kind: .total),
        ]
    }

    // MARK: - What is asked

    static let amountDueLabel = "Amount due"
    static let dueDateLabel = "Due date"

    /// The sentence under the amount due: what this statement asks for, or why it asks for nothing.
    static func demand(_ statement: GuarantorStatement) -> String {
        if statement.amountDue.isZero {
            if statement.balance.isNegative {
                return "You have a credit of \(statement.balance.magnitude). Please do not send a payment."
            }
            return statement.balance.isZero && statement.pendingInsurance.isZero
                ? "You owe nothing right now. Please do not send a payment."
                : "Nothing is due right now. Please do not send a payment."
        }
        if let plan = statement.plan, plan.autopay {
            return "This is your payment plan installment. Autopay is on: it will be charged automatically"
                + " on \(date(plan.nextDueDate)). You do not need to send it."
        }
        if statement.plan != nil {
            return "This is your payment plan installment. Please pay it by \(date(statement.dueDate))."
        }
        return "Please pay \(statement.amountDue) by \(date(statement.dueDate))."
    }

    /// The heading of a notice box: the step's own name when it is a warning step.
    static func noticeHeading(_ step: DunningStep) -> String {
        switch step {
        case .finalNotice: "Final notice"
        case .pastDue: "Past due notice"
        case .statement, .reminder: "Important notice"
        }
    }

    static let pendingLabel = "Still with your insurance"
    /// Why a pending amount is printed at all, and why it is not in the amount due.
    static let pendingNotDue = "Not due now — we will bill you after your insurer pays."

    // MARK: - Visits

    /// The heading of a visit block: when, for whom, and the account number to quote.
    static func visitHeading(_ visit: StatementVisit) -> String {
        "Visit on \(date(visit.serviceDate))"
    }

    static func visitSubheading(_ visit: StatementVisit) -> String {
        "Patient: \(visit.patientName) · Account \(visit.account)"
    }

    /// The introduction to the list of reasons, or the sentence that replaces it when the visit's
    /// share is not known yet or is a credit.
    static func shareIntroduction(_ visit: StatementVisit) -> String {
        if visit.responsibility.isEmpty {
            if !visit.pendingInsurance.isZero {
                return "Your insurance has not finished with this visit. If you owe a share, we will tell you"
                    + " on a later statement."
            }
            if visit.patientBalance.isNegative {
                return "You paid \(visit.patientBalance.magnitude) more than you owe for this visit."
                    + " This credit is taken off your total balance."
            }
            return visit.patientBalance.isZero ? "You owe nothing for this visit." : "Your share of this visit:"
        }
        let share = visit.responsibility.reduce(Money.zero) { $0 + $1.amount }
        return visit.pendingInsurance.isZero
            ? "Your share of this visit is \(share). Here is why:"
            : "Your share so far is \(share). Here is why:"
    }

    /// The sentence after the reasons when the visit ends in a credit.
    static func creditNote(_ visit: StatementVisit) -> String? {
        guard visit.patientBalance.isNegative, !visit.responsibility.isEmpty else { return nil }
        return "You paid \(visit.patientBalance.magnitude) more than your share. This credit is taken off your total balance."
    }

    /// Plain-language meanings of the words used for patient shares and adjustments, in the order
    /// the reasons are declared; only the words that appear on this statement are listed.
    static func glossary(_ statement: GuarantorStatement) -> [(term: String, meaning: String)] {
        let used = Set(statement.visits.flatMap { $0.responsibility.map(\.reason) })
        var entries: [(term: String, meaning: String)] = PatientShare.Reason.allCases.filter(used.contains).map {
            ($0.words, meaning(of: $0))
        }
        entries.append((
            "Adjustments",
            "Discounts and write-offs, such as the lower price your insurance has agreed with us. You do not owe them."
        ))
        if !statement.pendingInsurance.isZero {
            entries.append((pendingLabel, "Charges your insurance has not paid or answered yet. We bill you only after it does."))
        }
        return entries
    }

    /// What a reason for a patient share means, in a sentence a patient can act on.
    static func meaning(of reason: PatientShare.Reason) -> String {
        switch reason {
        case .deductible: "The amount you pay each year for covered care before your insurance starts to pay."
        case .coinsurance: "Your part of the cost of covered care after your deductible, as a percentage set by your plan."
        case .copay: "A fixed amount your plan asks you to pay for a service."
        case .notCovered: "Services your plan does not pay for. Ask your insurance if you think this is wrong."
        case .selfPay: "We have no insurance on file for this visit. If you have insurance, call us and we will bill it."
        case .other: "A part of the bill your insurance says is yours. Call us if you have questions."
        }
    }

    // MARK: - Payment options

    static func planSummary(_ plan: StatementPlan) -> String {
        "You are on a payment plan (\(plan.plan)): \(plan.installment) a payment, next one due \(date(plan.nextDueDate))."
            + " \(plan.remaining) left to pay in \(plan.installmentsLeft) \(plan.installmentsLeft == 1 ? "payment" : "payments")."
            + (plan.autopay ? " Autopay is on." : "")
    }

    /// Whether the link can be offered as a clickable link: only web addresses, never `javascript:`.
    static func isWebLink(_ link: String) -> Bool {
        let lowered = link.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    static let onlineNote = "This link is for your account only. Please do not share it."

    static func byPhone(_ statement: GuarantorStatement) -> String {
        "Call \(statement.facility.phone). Have your statement number (\(statement.number)) ready."
    }

    static func byMail(_ statement: GuarantorStatement) -> String {
        "Send a check payable to \(statement.facility.name) with the payment slip below, to the address on it."
            + " Write your statement number (\(statement.number)) on the check."
    }

    /// The offer of a plan to someone not on one yet.
    static func planOffer(_ statement: GuarantorStatement) -> String {
        "Can't pay it all at once? Call \(statement.facility.phone) to set up a payment plan."
    }

    // MARK: - Financial assistance (IRS 501(r))

    static let assistanceHeading = "Need help paying your bill?"

    /// How to ask for assistance and until when: every statement carries it, with the
    /// plain-language summary, because 501(r) requires the offer on billing statements.
    static func assistanceContact(_ assistance: StatementAssistance) -> String {
        var text = "Call \(assistance.phone) for an application or help filling it in."
        if let applyBy = assistance.applyBy {
            text += " You can apply for these visits until \(date(applyBy))."
        }
        return text
    }

    // MARK: - Payment slip

    static let slipHeading = "Payment slip — please detach and return this part with your payment"
    static let amountEnclosedLabel = "Amount enclosed"
}
