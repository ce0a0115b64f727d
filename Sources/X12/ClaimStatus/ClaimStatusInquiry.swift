/// A claim status inquiry: an X12 276 (005010X212) asking a payer where claims stand.
///
/// Build one from values, turn it into a transaction set or a whole interchange, and write it with
/// ``X12Writer``; or read one back with ``inquiries(in:)`` (as a payer does). The hierarchy is
/// fixed: HL 20 the payer (`NM1*PR` with its payer id), HL 21 the submitter asking (`NM1*41` with its
/// ETIN, qualifier `46`), then for the claims HL 19 each service provider (`NM1*1P` with its NPI), HL
/// 22 each subscriber (`NM1*IL` with the member id; DMG when the subscriber is the patient) and HL 23
/// each dependent patient (DMG and `NM1*QC`). Each claim is one 2200D or 2200E loop: `TRN*1` with the
/// trace number the 277 echoes, `REF*1K` the payer's claim control number, `REF*EJ` the patient
/// control number (837 CLM01), `AMT*T3` the total charge and `DTP*472` the dates of service, with
/// optional 2210 service lines.
///
/// The claims are a flat list; the writer groups them under one HL 19 per provider, one HL 22 per
/// subscriber and one HL 23 per dependent, in the order each first appears, and reading gives them
/// back in that grouped order.
///
/// ```swift
/// let inquiry = ClaimStatusInquiry(
///     reference: "STATUS0001", creationDate: today, creationTime: "0900",
///     source: InformationSource(name: "AETNA", payerID: "60054"),
///     receiver: PartyName(organization: "NORTH CLINIC", idQualifier: "46", id: "NORTHCLINIC"),
///     claims: [
///         ClaimStatusInquiry.Claim(
///             provider: PartyName(organization: "NORTH CLINIC", idQualifier: "XX", id: "1245319599"),
///             subscriber: X12Person(lastName: "RIVERA", firstName: "ANA", memberID: "W100000008",
///                                   dateOfBirth: X12Date(year: 1984, month: 3, day: 9), gender: .female),
///             trace: "RC1001-1", patientControlNumber: "RC1001", totalCharge: 131_509,
///             serviceDate: X12Date(year: 2026, month: 11, day: 10)!)
///     ])
/// var numbers = ControlNumbers()   // loaded from storage
/// let interchange = try inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// let text = try X12Writer().text(for: interchange)
/// let readBack = try ClaimStatusInquiry.inquiries(in: X12Interchange(parsing: text))
/// ```
public struct ClaimStatusInquiry: Sendable, Hashable {
    /// The implementation guide this type reads and writes (ST03, GS08).
    public static let implementationGuide = "005010X212"
    /// GS01 for claim status requests.
    public static let functionalIdentifier = "HR"

    /// One claim asked about: who it is for and how the payer can find it (loop 2200D or 2200E).
    public struct Claim: Sendable, Hashable {
        /// 2100C `NM1*1P`: the provider of the claim, with its NPI (`XX`), tax id (`FI`) or the payer's
        /// number for it (`SV`).
        public var provider: PartyName
        /// 2000D DMG and 2100D `NM1*IL` with the member id (`MI`). Its DMG is written only when the
        /// subscriber is the patient (no ``dependent``).
        public var subscriber: X12Person
        /// 2000E DMG (a date of birth is required) and 2100E `NM1*QC`, when the patient is the
        /// subscriber's dependent.
        public var dependent: X12Person?
        /// `TRN*1` TRN02, the inquirer's trace number for this claim; the 277 echoes it as `TRN*2`.
        public var trace: String
        /// `REF*1K`, the payer's claim control number (from the 277CA or the 835), when known.
        public var payerClaimControlNumber: String?
        /// `REF*EJ`, the patient control number the claim was sent with (837 CLM01).
        public var patientControlNumber: String?
        /// `AMT*T3`, the claim's total charge, in cents.
        public var totalCharge: Int64
        /// `DTP*472`, the first (or only) day of service.
        public var serviceDate: X12Date
        /// The last day of service, when the claim spans several (`RD8`).
        public var serviceEndDate: X12Date?
        /// 2210 loops, to ask about particular lines.
        public var serviceLines: [ClaimStatusServiceLine]

        public init(
            provider: PartyName, subscriber: X12Person, dependent: X12Person? = nil, trace: String,
            payerClaimControlNumber: String? = nil, patientControlNumber: String? = nil, totalCharge: Int64,
            serviceDate: X12Date, serviceEndDate: X12Date? = nil, serviceLines: [ClaimStatusServiceLine] = []
        ) {
            self.provider = provider
            self.subscriber = subscriber
            self.dependent = dependent
            self.trace = trace
            self.payerClaimControlNumber = payerClaimControlNumber
            self.patientControlNumber = patientControlNumber
            self.totalCharge = totalCharge
            self.serviceDate = serviceDate
            self.serviceEndDate = serviceEndDate
            self.serviceLines = serviceLines
        }

        /// The person the claim is for: the dependent when there is one, otherwise the subscriber.
        public var patient: X12Person { dependent ?? subscriber }
    }

    /// BHT03, the inquirer's reference for this inquiry.
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// 2100A, the payer asked.
    public var source: InformationSource
    /// 2100B `NM1*41`, the submitter asking, with its ETIN (`46`).
    public var receiver: PartyName
    /// The claims asked about.
    public var claims: [Claim]

    public init(
        reference: String, creationDate: X12Date, creationTime: String, source: InformationSource, receiver: PartyName,
        claims: [Claim]
    ) {
        self.reference = reference
        self.creationDate = creationDate
        self.creationTime = creationTime
        self.source = source
        self.receiver = receiver
        self.claims = claims
    }
}

// MARK: - Writing

extension ClaimStatusInquiry {
    /// The 276 as a transaction set (ST03 `005010X212`, BHT `0010*13`).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when there is no claim, a name,
    ///   id or trace number is empty, a subscriber has no member id, a dependent no date of birth, or
    ///   a charge is negative.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        let body = ClaimStatusBody.segments(
            purpose: "13", transactionType: nil, reference: reference, creationDate: creationDate,
            creationTime: creationTime, source: source, receiver: receiver,
            claims: claims.map { ($0.parties, $0.segments) }, demographics: true)
        return X12TransactionSet(
            id: "276", controlNumber: controlNumber, implementationReference: Self.implementationGuide, body: body)
    }

    /// What keeps the inquiry from being a valid 276, or `nil`.
    private var problem: String? {
        if reference.isEmpty || creationTime.isEmpty { return "BHT03 and BHT05 are required" }
        if source.name.isEmpty || source.payerID.isEmpty { return "the payer's name and id are required (NM1*PR)" }
        if receiver.lastName.isEmpty || (receiver.id ?? "").isEmpty {
            return "the submitter's name and id are required (NM1*41)"
        }
        if claims.isEmpty { return "the inquiry holds no claim; expected at least one" }
        for claim in claims {
            if let problem = claim.problem { return problem }
            if claim.totalCharge < 0 || claim.serviceLines.contains(where: { $0.chargeAmount < 0 }) {
                return "a charge (AMT*T3 or SVC02) is negative"
            }
        }
        return nil
    }
}

extension ClaimStatusInquiry.Claim {
    var parties: ClaimStatusParties {
        ClaimStatusParties(provider: provider, subscriber: subscriber, dependent: dependent)
    }

    /// TRN*1, `REF*1K`, `REF*EJ`, `AMT*T3`, `DTP*472`, then the 2210 lines.
    var segments: [X12Segment] {
        var segments = [X12Segment("TRN", values: ["1", trace])]
        if let payerClaimControlNumber { segments.append(X12Segment("REF", values: ["1K", payerClaimControlNumber])) }
        if let patientControlNumber { segments.append(X12Segment("REF", values: ["EJ", patientControlNumber])) }
        segments.append(X12Segment("AMT", values: ["T3", X12Decimal.dollars(cents: totalCharge)]))
        segments.append(.serviceDates(serviceDate, through: serviceEndDate))
        return segments + serviceLines.flatMap(\.segments)
    }
}

extension ClaimStatusParties {
    /// What keeps one claim's parties and trace from being valid in a 276 or 277, or `nil`.
    func problem(trace: String) -> String? {
        if provider.lastName.isEmpty || (provider.id ?? "").isEmpty || provider.idQualifier == nil {
            return "a provider's name, id qualifier and id are required (NM1*1P)"
        }
        if subscriber.lastName.isEmpty || (subscriber.memberID ?? "").isEmpty {
            return "a subscriber's last name and member id are required (NM1*IL)"
        }
        if let dependent, dependent.lastName.isEmpty { return "a dependent's last name is required (NM1*QC)" }
        if trace.isEmpty { return "a claim's trace number (TRN02) is empty" }
        return nil
    }
}

extension ClaimStatusInquiry.Claim {
    /// What keeps the claim from being valid in a 276, or `nil`.
    var problem: String? {
        if let problem = parties.problem(trace: trace) { return problem }
        if let dependent, dependent.dateOfBirth == nil {
            return "a dependent's date of birth is required (2000E DMG)"
        }
        if let end = serviceEndDate, end < serviceDate { return "a claim's last day of service comes before its first" }
        return nil
    }
}
