import RevCycleCore
import Testing
@testable import Collections

/// Statements built by hand whose figures reconcile to the cent, one per situation a statement
/// must print well: an insured visit with a deductible and coinsurance; three visits with one still
/// with insurance, one in credit and a payment plan; a final notice; and names full of markup.
enum StatementRenderingFixtures {
    /// A named fixture, so parameterized tests and kept artifacts say which statement they used.
    struct Fixture: Sendable, CustomTestStringConvertible {
        var name: String
        var statement: GuarantorStatement
        /// Letter pages when printed: the first page (summary and payment slip) plus the visits.
        var printedPages = 2
        var testDescription: String { name }
    }

    static var all: [Fixture] {
        [
            Fixture(name: "one-visit-insured", statement: oneVisitInsured),
            Fixture(name: "three-visits-pending-credit-plan", statement: threeVisitsWithPlan, printedPages: 3),
            Fixture(name: "final-notice", statement: finalNotice),
            Fixture(name: "markup-in-names", statement: markupInNames),
        ]
    }

    /// Statements that push the layout: very long words everywhere, and nine visits over several pages.
    static var stress: [Fixture] {
        [
            Fixture(name: "long-words", statement: longWords, printedPages: 3),
            Fixture(name: "nine-visits", statement: nineVisits, printedPages: 4),
        ]
    }

    static func date(_ text: String) -> CalendarDate {
        // Fixture dates are literals known to be valid.
        try! CalendarDate(parsing: text)
    }

    static func money(_ text: String) -> Money {
        // Fixture amounts are literals known to be valid.
        try! Money(parsing: text)
    }

    static let facility = StatementFacility(
        name: "Riverside General Hospital", addressLines: ["PO Box 4410", "Springfield, IL 62708-4410"],
        phone: "(217) 555-0142")

    static let assistance = StatementAssistance(
        summary: "Riverside General Hospital offers free or discounted care to patients who qualify under our"
            + " Financial Assistance Policy. Whether you qualify depends on your family's income and size. If you qualify,"
            + " you will not be charged more for emergency or other medically necessary care than people with insurance"
            + " usually pay. The policy, the application and this summary are free, in English and Spanish, at"
            + " riversidegeneral.example.org/help and at our registration desks.",
        phone: "(217) 555-0199", applyBy: date("2027-05-29"))

    // MARK: - One visit, insured: deductible and coinsurance

    static var oneVisitInsured: GuarantorStatement {
        let visit = StatementVisit(
            account: AccountID(7), patientName: "Jane Doe", serviceDate: date("2026-09-14"),
            services: [
                StatementService(code: "99214", description: "Office visit, established patient, moderate", units: 1,
                                 charge: money("250.00")),
                StatementService(code: "80053", description: "Comprehensive metabolic panel (blood test)", units: 1,
                                 charge: money("120.00")),
                StatementService(code: "85025", description: "Complete blood count", units: 1, charge: money("65.50")),
            ],
            charges: money("435.50"), insurancePaid: money("180.37"), adjustments: money("155.10"), patientPaid: .zero,
            responsibility: [
                PatientShare(reason: .deductible, amount: money("75.00")),
                PatientShare(reason: .coinsurance, amount: money("25.03")),
            ],
            pendingInsurance: .zero, patientBalance: money("100.03"))
        return GuarantorStatement(
            number: "ST41", guarantor: GuarantorID(3), guarantorName: "Jane Doe",
            mailingAddress: ["1208 Maple Avenue", "Apt 4B", "Springfield, IL 62704"],
            statementDate: date("2026-10-01"), dueDate: date("2026-10-31"), step: .statement, facility: facility,
            priorBalance: .zero, paymentsSincePrior: .zero, visits: [visit], balance: money("100.03"),
            amountDue: money("100.03"), pendingInsurance: .zero, plan: nil,
            payOnlineLink: "https://pay.riversidegeneral.example.org/s/tq8ZfK2mWv",
            assistance: assistance, notices: [])
    }

    // MARK: - Three visits: one pending with insurance, one in credit, on a payment plan

    static var threeVisitsWithPlan: GuarantorStatement {
        let emergency = StatementVisit(
            account: AccountID(11), patientName: "Tomás Rivera", serviceDate: date("2026-06-02"),
            services: [
                StatementService(code: "99284", description: "Emergency department visit, high severity", units: 1,
                                 charge: money("1480.00")),
                StatementService(code: "70450", description: "CT scan of the head without contrast", units: 1,
                                 charge: money("2310.25")),
            ],
            charges: money("3790.25"), insurancePaid: money("2104.60"), adjustments: money("1185.65"),
            patientPaid: money("150.00"),
            responsibility: [
                PatientShare(reason: .copay, amount: money("150.00")),
                PatientShare(reason: .deductible, amount: money("350.00")),
            ],
            pendingInsurance: .zero, patientBalance: money("350.00"))
        let therapy = StatementVisit(
            account: AccountID(12), patientName: "Tomás Rivera", serviceDate: date("2026-08-20"),
            services: [
                StatementService(code: "97110", description: "Therapeutic exercise, each 15 minutes", units: 4,
                                 charge: money("380.00")),
                StatementService(code: "97140", description: "Manual therapy, each 15 minutes", units: 2,
                                 charge: money("150.00")),
            ],
            charges: money("530.00"), insurancePaid: .zero, adjustments: .zero, patientPaid: money("40.00"),
            responsibility: [PatientShare(reason: .copay, amount: money("40.00"))],
            pendingInsurance: money("490.00"), patientBalance: .zero)
        let checkup = StatementVisit(
            account: AccountID(9), patientName: "Ana Rivera", serviceDate: date("2026-05-11"),
            services: [
                StatementService(code: "99213", description: "Office visit, established patient", units: 1,
                                 charge: money("180.00")),
            ],
            charges: money("180.00"), insurancePaid: money("130.00"), adjustments: money("20.00"),
            patientPaid: money("55.00"),
            responsibility: [PatientShare(reason: .copay, amount: money("30.00"))],
            pendingInsurance: .zero, patientBalance: money("-25.00"))
        let plan = StatementPlan(
            plan: "PP4", installment: money("108.34"), nextDueDate: date("2026-11-15"), remaining: money("325.00"),
            installmentsLeft: 3, autopay: false)
        return GuarantorStatement(
            number: "ST57", guarantor: GuarantorID(18), guarantorName: "Tomás Rivera",
            mailingAddress: ["77 Old Mill Road", "Chatham, IL 62629"],
            statementDate: date("2026-10-16"), dueDate: date("2026-11-15"), step: .reminder, facility: facility,
            priorBalance: money("450.00"), paymentsSincePrior: money("150.00"), visits: [emergency, therapy, checkup],
            balance: money("325.00"), amountDue: money("108.34"), pendingInsurance: money("490.00"), plan: plan,
            payOnlineLink: "https://pay.riversidegeneral.example.org/s/Hx3pQ9aLr7",
            assistance: assistance, notices: [])
    }

    // MARK: - Final notice, self-pay

    static let finalNoticeText = "We have not received payment for these visits. If we do not receive payment, a"
        + " payment plan request or a financial assistance application by January 15, 2027, we may report this debt"
        + " to a credit reporting agency. Financial assistance is available: see \"Need help paying your bill?\" below."

    static var finalNotice: GuarantorStatement {
        let visit = StatementVisit(
            account: AccountID(31), patientName: "Robert Chen", serviceDate: date("2026-03-03"),
            services: [
                StatementService(code: "99203", description: "Office visit, new patient", units: 1, charge: money("320.00")),
                StatementService(code: "36415", description: "Blood draw", units: 1, charge: money("18.00")),
            ],
            charges: money("338.00"), insurancePaid: .zero, adjustments: money("101.40"), patientPaid: .zero,
            responsibility: [PatientShare(reason: .selfPay, amount: money("236.60"))],
            pendingInsurance: .zero, patientBalance: money("236.60"))
        return GuarantorStatement(
            number: "ST90", guarantor: GuarantorID(44), guarantorName: "Robert Chen",
            mailingAddress: ["5 Lakeview Court", "Springfield, IL 62711"],
            statementDate: date("2026-12-01"), dueDate: date("2027-01-15"), step: .finalNotice, facility: facility,
            priorBalance: money("236.60"), paymentsSincePrior: .zero, visits: [visit], balance: money("236.60"),
            amountDue: money("236.60"), pendingInsurance: .zero, plan: nil,
            payOnlineLink: "https://pay.riversidegeneral.example.org/s/Zr5bN1cYw0",
            assistance: assistance, notices: [finalNoticeText])
    }

    // MARK: - Markup characters in every name

    static let markupName = "O'Brien <Jr> & Sons"

    static var markupInNames: GuarantorStatement {
        let visit = StatementVisit(
            account: AccountID(5), patientName: "Seán O'Brien <Jr>", serviceDate: date("2026-07-04"),
            services: [
                StatementService(code: "J1100<", description: "Dexamethasone <b>1 mg</b> & \"saline\"; it's <script>alert(1)</script>",
                                 units: 2, charge: money("42.10")),
                StatementService(code: "96372", description: "Injection under the skin or into a muscle", units: 1,
                                 charge: money("95.00")),
            ],
            charges: money("137.10"), insurancePaid: money("61.08"), adjustments: money("36.02"), patientPaid: money("10.00"),
            responsibility: [
                PatientShare(reason: .copay, amount: money("10.00")),
                PatientShare(reason: .notCovered, amount: money("30.00")),
            ],
            pendingInsurance: .zero, patientBalance: money("30.00"))
        return GuarantorStatement(
            number: "ST44", guarantor: GuarantorID(7), guarantorName: markupName,
            mailingAddress: ["</address><h1>12 \"Quay\" St</h1>", "Springfield & Co, IL 62701"],
            statementDate: date("2026-10-02"), dueDate: date("2026-11-01"), step: .pastDue,
            facility: StatementFacility(
                name: "St. Mary's <Main> & Co", addressLines: ["1 Church St", "Springfield, IL 62701"],
                phone: "(217) 555-0100"),
            priorBalance: money("30.00"), paymentsSincePrior: .zero, visits: [visit], balance: money("30.00"),
            amountDue: money("30.00"), pendingInsurance: .zero, plan: nil,
            payOnlineLink: "https://pay.example.org/p?t=a1b2&s=ST44&x=\"><script>",
            assistance: StatementAssistance(
                summary: "We offer help with bills to families with incomes up to 400% of the federal poverty level <FPL> & more.",
                phone: "(217) 555-0101", applyBy: nil),
            notices: ["Your account is past due. Please pay or call us <today> & we'll help."])
    }

    // MARK: - Stress

    /// Very long facility, guarantor and patient names, a service description and a link.
    static var longWords: GuarantorStatement {
        var statement = threeVisitsWithPlan
        statement.facility.name = "Riverside General Hospital and Regional Medical Center of Sangamon County, Illinois"
        statement.guarantorName = "Maria-Guadalupe Fernández-Villanueva de la Concepción Rodríguez-Oyelaran"
        statement.visits[0].services[0].description = String(repeating: "Supercalifragilistic ", count: 8)
        statement.visits[0].patientName = String(repeating: "Long", count: 30)
        statement.payOnlineLink = "https://pay.riversidegeneral.example.org/s/" + String(repeating: "x7", count: 60)
        return statement
    }

    /// The three-visit statement's visits three times over (new account numbers), totals to match.
    static var nineVisits: GuarantorStatement {
        var statement = threeVisitsWithPlan
        statement.number = "ST58"
        statement.visits = (0..<3).flatMap { round in
            threeVisitsWithPlan.visits.map { visit in
                var copy = visit
                copy.account = AccountID(visit.account.rawValue + Int64(100 * round))
                return copy
            }
        }
        statement.balance = statement.visits.reduce(Money.zero) { $0 + $1.patientBalance }
        statement.pendingInsurance = statement.visits.reduce(Money.zero) { $0 + $1.pendingInsurance }
        statement.plan?.remaining = statement.balance
        return statement
    }
}
