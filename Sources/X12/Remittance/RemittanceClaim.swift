/// One claim of a remittance: loop 2100 of an 835 (CLP, CAS, NM1, MIA/MOA, REF, DTM, AMT) and its
/// service lines (loop 2110).
///
/// The claim balances when ``chargeAmount`` minus every adjustment — the claim's own and its lines' —
/// equals ``paidAmount``. A reversal (``Status/reversal``, `CLP02 = 22`) takes back an earlier payment:
/// its charge, payment, patient responsibility and adjustment amounts are the negatives of the
/// original's, and a corrected claim usually follows it.
///
/// ```swift
/// let paid = RemittanceClaim(
///     patientControlNumber: "ACCT1001", status: .processedAsPrimary, chargeAmount: 15_000, paidAmount: 8_000,
///     patientResponsibility: 2_000, filingIndicator: "12", payerClaimControlNumber: "PAYER0001",
///     patient: PartyName(lastName: "DOE", firstName: "JANE", idQualifier: "MI", id: "W123456789"),
///     serviceLines: [line])
/// ```
public struct RemittanceClaim: Sendable, Hashable {
    /// CLP02, what the payer did with the claim; any other code is kept as ``other(_:)``.
    public enum Status: Sendable, Hashable {
        /// `1`: processed as primary.
        case processedAsPrimary
        /// `2`: processed as secondary.
        case processedAsSecondary
        /// `3`: processed as tertiary.
        case processedAsTertiary
        /// `4`: denied.
        case denied
        /// `19`: processed as primary, forwarded to additional payers.
        case primaryForwarded
        /// `20`: processed as secondary, forwarded to additional payers.
        case secondaryForwarded
        /// `21`: processed as tertiary, forwarded to additional payers.
        case tertiaryForwarded
        /// `22`: reversal of a previous payment.
        case reversal
        /// `23`: not our claim, forwarded to an additional payer.
        case notOurClaimForwarded
        /// `25`: predetermination pricing only, no payment.
        case predeterminationOnly
        case other(String)

        public init(code: String) {
            self =
                switch code {
                case "1": .processedAsPrimary
                case "2": .processedAsSecondary
                case "3": .processedAsTertiary
                case "4": .denied
                case "19": .primaryForwarded
                case "20": .secondaryForwarded
                case "21": .tertiaryForwarded
                case "22": .reversal
                case "23": .notOurClaimForwarded
                case "25": .predeterminationOnly
                default: .other(code)
                }
        }

        public var code: String {
            switch self {
            case .processedAsPrimary: "1"
            case .processedAsSecondary: "2"
            case .processedAsTertiary: "3"
            case .denied: "4"
            case .primaryForwarded: "19"
            case .secondaryForwarded: "20"
            case .tertiaryForwarded: "21"
            case .reversal: "22"
            case .notOurClaimForwarded: "23"
            case .predeterminationOnly: "25"
            case .other(let code): code
            }
        }
    }

    /// MIA, inpatient adjudication. Of its many PPS amounts only those below are kept.
    public struct InpatientAdjudication: Sendable, Hashable {
        /// MIA01, the covered days or visits.
        public var coveredDays: X12Decimal
        /// MIA03, the lifetime psychiatric days.
        public var lifetimePsychiatricDays: X12Decimal?
        /// MIA04, the claim DRG amount in cents.
        public var drgAmount: Int64?
        /// MIA05 and MIA20–MIA23, the claim's remark codes (RARC).
        public var remarkCodes: [String]

        public init(
            coveredDays: X12Decimal, lifetimePsychiatricDays: X12Decimal? = nil, drgAmount: Int64? = nil,
            remarkCodes: [String] = []
        ) {
            self.coveredDays = coveredDays
            self.lifetimePsychiatricDays = lifetimePsychiatricDays
            self.drgAmount = drgAmount
            self.remarkCodes = remarkCodes
        }
    }

    /// MOA, outpatient adjudication: the claim's remark codes and a few amounts.
    public struct OutpatientAdjudication: Sendable, Hashable {
        /// MOA01, the reimbursement rate as a fraction.
        public var reimbursementRate: X12Decimal?
        /// MOA02, the claim's HCPCS payable amount in cents.
        public var hcpcsPayableAmount: Int64?
        /// MOA03–MOA07, the claim's remark codes (RARC), such as `MA01`.
        public var remarkCodes: [String]
        /// MOA08, the ESRD payment amount in cents.
        public var esrdPaymentAmount: Int64?
        /// MOA09, the nonpayable professional component in cents.
        public var nonpayableProfessionalComponent: Int64?

        public init(
            reimbursementRate: X12Decimal? = nil, hcpcsPayableAmount: Int64? = nil, remarkCodes: [String] = [],
            esrdPaymentAmount: Int64? = nil, nonpayableProfessionalComponent: Int64? = nil
        ) {
            self.reimbursementRate = reimbursementRate
            self.hcpcsPayableAmount = hcpcsPayableAmount
            self.remarkCodes = remarkCodes
            self.esrdPaymentAmount = esrdPaymentAmount
            self.nonpayableProfessionalComponent = nonpayableProfessionalComponent
        }
    }

    /// LX01 of the 2000 loop that holds the claim (claims are grouped under header numbers, often by
    /// facility type or bill type); consecutive claims with the same number share one LX.
    public var headerNumber: Int
    /// CLP01, the patient control number the claim was submitted with (837 CLM01).
    public var patientControlNumber: String
    /// CLP02.
    public var status: Status
    /// CLP03, the claim's total charge in cents (negative in a reversal).
    public var chargeAmount: Int64
    /// CLP04, what the payer paid for the claim in cents (negative in a reversal).
    public var paidAmount: Int64
    /// CLP05, the patient's responsibility in cents.
    public var patientResponsibility: Int64?
    /// CLP06, the claim filing indicator: `12` PPO, `MB` Medicare Part B, `MC` Medicaid, `CI` commercial.
    public var filingIndicator: String
    /// CLP07, the payer's own number for the claim; a reversal repeats the original's.
    public var payerClaimControlNumber: String
    /// CLP08, the facility type (place of service for professional claims, such as `11` office).
    public var facilityCode: String?
    /// CLP09, the claim frequency code (`1` original, `7` replacement, `8` void).
    public var frequencyCode: String?
    /// The claim-level CAS triplets.
    public var adjustments: [RemittanceAdjustment]
    /// `NM1*QC`, the patient.
    public var patient: PartyName
    /// `NM1*IL`, the insured, when not the patient.
    public var insured: PartyName?
    /// `NM1*74`, the patient's or insured's name or id as the payer corrected it.
    public var correctedName: PartyName?
    /// `NM1*82`, the rendering provider, when it differs from the payee.
    public var renderingProvider: PartyName?
    /// MIA.
    public var inpatient: InpatientAdjudication?
    /// MOA.
    public var outpatient: OutpatientAdjudication?
    /// REF segments of the claim: `EA` medical record number, `1L` group or policy number, `F8` original
    /// reference number, `BB` authorization, `G1` prior authorization, `9A` repriced claim number.
    public var references: [X12Person.Reference]
    /// `DTM*232`, the first day of the claim's statement period.
    public var statementStartDate: X12Date?
    /// `DTM*233`, the last day of the claim's statement period.
    public var statementEndDate: X12Date?
    /// `DTM*036`, the day the patient's coverage expired.
    public var coverageExpirationDate: X12Date?
    /// `DTM*050`, the day the payer received the claim.
    public var receivedDate: X12Date?
    /// AMT segments: `AU` coverage, `I` interest, `F5` patient paid, `D8` discount.
    public var amounts: [RemittanceAmount]
    /// Loops 2110.
    public var serviceLines: [RemittanceServiceLine]
    /// The CLP segment this claim was read from.
    public var readFrom: ReadLocation

    public init(
        headerNumber: Int = 1, patientControlNumber: String, status: Status, chargeAmount: Int64, paidAmount: Int64,
        patientResponsibility: Int64? = nil, filingIndicator: String, payerClaimControlNumber: String,
        facilityCode: String? = nil, frequencyCode: String? = nil, adjustments: [RemittanceAdjustment] = [],
        patient: PartyName, insured: PartyName? = nil, correctedName: PartyName? = nil,
        renderingProvider: PartyName? = nil, inpatient: InpatientAdjudication? = nil,
        outpatient: OutpatientAdjudication? = nil, references: [X12Person.Reference] = [],
        statementStartDate: X12Date? = nil, statementEndDate: X12Date? = nil, coverageExpirationDate: X12Date? = nil,
        receivedDate: X12Date? = nil, amounts: [RemittanceAmount] = [], serviceLines: [RemittanceServiceLine] = [],
        readFrom: ReadLocation = ReadLocation()
    ) {
        self.headerNumber = headerNumber
        self.patientControlNumber = patientControlNumber
        self.status = status
        self.chargeAmount = chargeAmount
        self.paidAmount = paidAmount
        self.patientResponsibility = patientResponsibility
        self.filingIndicator = filingIndicator
        self.payerClaimControlNumber = payerClaimControlNumber
        self.facilityCode = facilityCode
        self.frequencyCode = frequencyCode
        self.adjustments = adjustments
        self.patient = patient
        self.insured = insured
        self.correctedName = correctedName
        self.renderingProvider = renderingProvider
        self.inpatient = inpatient
        self.outpatient = outpatient
        self.references = references
        self.statementStartDate = statementStartDate
        self.statementEndDate = statementEndDate
        self.coverageExpirationDate = coverageExpirationDate
        self.receivedDate = receivedDate
        self.amounts = amounts
        self.serviceLines = serviceLines
        self.readFrom = readFrom
    }

    /// Whether the claim reverses an earlier payment (`CLP02 = 22`).
    public var isReversal: Bool { status == .reversal }

    /// The claim's and its lines' adjustments together.
    public var allAdjustments: [RemittanceAdjustment] { adjustments + serviceLines.flatMap(\.adjustments) }

    /// The claim's remark codes: MOA or MIA codes, then each line's `LQ*HE` codes.
    public var remarkCodes: [String] {
        (outpatient?.remarkCodes ?? []) + (inpatient?.remarkCodes ?? []) + serviceLines.flatMap(\.remarkCodes)
    }
}
