/// What a patient is expected to owe for a visit, line by line, and what insurance is expected to pay.
///
/// Made by ``PatientResponsibilityEstimator``. For each line, `copay + deductible + coinsurance =
/// patientTotal` (except on self-pay lines, where the patient owes the gross charge) and
/// `patientTotal + insuranceExpected = allowed`, in exact cents.
///
/// ```swift
/// let benefits = try PlanBenefits(copays: [ServiceTypeCode.officeVisit: try Money(parsing: "30.00")],
///                                 coinsuranceBasisPoints: 2_000, deductibleRemaining: .zero, outOfPocketRemaining: nil)
/// let visit = EstimateLine(serviceCode: "99213", description: "Office visit", grossCharge: try Money(parsing: "240.00"),
///                          allowedAmount: try Money(parsing: "180.00"), serviceType: ServiceTypeCode.officeVisit)
/// let estimate = try PatientResponsibilityEstimator.estimate(lines: [visit], benefits: benefits)
/// estimate.patientTotal          // $30.00
/// estimate.insuranceExpected     // $150.00
/// estimate.lines[0].explanation  // "Copay $30.00. No deductible or coinsurance on a copay service. Patient pays …"
/// ```
public struct PatientEstimate: Sendable, Hashable {
    /// One line's split between patient and insurance.
    public struct Line: Sendable, Hashable {
        public let line: EstimateLine
        /// The amount the split is of: the payer's allowed amount, or the gross charge when self-pay.
        public let allowed: Money
        public let copay: Money
        /// The part of the allowed amount applied to the deductible.
        public let deductible: Money
        public let coinsurance: Money
        public let patientTotal: Money
        public let insuranceExpected: Money
        /// A short plain-English account of how the line was split.
        public let explanation: String

        /// A line covered by insurance: the patient owes the copay, deductible and coinsurance.
        public init(line: EstimateLine, allowed: Money, copay: Money, deductible: Money, coinsurance: Money,
                    explanation: String) {
            self.init(line: line, allowed: allowed, copay: copay, deductible: deductible, coinsurance: coinsurance,
                      patientTotal: copay + deductible + coinsurance, explanation: explanation)
        }

        /// A self-pay line: the patient owes the gross charge.
        public static func selfPay(_ line: EstimateLine) -> Line {
            Line(line: line, allowed: line.grossCharge, copay: .zero, deductible: .zero, coinsurance: .zero,
                 patientTotal: line.grossCharge,
                 explanation: "Coverage is not active: self-pay, the full charge of \(line.grossCharge) is owed.")
        }

        private init(line: EstimateLine, allowed: Money, copay: Money, deductible: Money, coinsurance: Money,
                     patientTotal: Money, explanation: String) {
            self.line = line
            self.allowed = allowed
            self.copay = copay
            self.deductible = deductible
            self.coinsurance = coinsurance
            self.patientTotal = patientTotal
            insuranceExpected = allowed - patientTotal
            self.explanation = explanation
        }
    }

    public let lines: [Line]
    /// Whether coverage was inactive, so the patient owes the gross charges.
    public let isSelfPay: Bool
    /// The deductible still to meet after this visit.
    public let deductibleRemainingAfter: Money
    /// The out-of-pocket amount still possible after this visit; `nil` when unknown.
    public let outOfPocketRemainingAfter: Money?

    public init(lines: [Line], isSelfPay: Bool, deductibleRemainingAfter: Money, outOfPocketRemainingAfter: Money?) {
        self.lines = lines
        self.isSelfPay = isSelfPay
        self.deductibleRemainingAfter = deductibleRemainingAfter
        self.outOfPocketRemainingAfter = outOfPocketRemainingAfter
    }

    // MARK: - Totals

    public var allowed: Money { total(\.allowed) }
    public var copay: Money { total(\.copay) }
    public var deductible: Money { total(\.deductible) }
    public var coinsurance: Money { total(\.coinsurance) }
    public var patientTotal: Money { total(\.patientTotal) }
    public var insuranceExpected: Money { total(\.insuranceExpected) }

    /// One plain-English sentence for the whole estimate.
    public var summary: String {
        if isSelfPay {
            return "Coverage is not active on the date of service: this estimate is self-pay, and the patient owes the full charges of \(patientTotal)."
        }
        return "The patient is expected to pay \(patientTotal) and insurance \(insuranceExpected) of \(allowed) allowed."
    }

    private func total(_ amount: KeyPath<Line, Money>) -> Money {
        lines.reduce(Money.zero) { $0 + $1[keyPath: amount] }
    }
}
