/// A claim status response: an X12 277 (005010X212) with the payer's answer about each claim of a
/// 276 ``ClaimStatusInquiry``.
///
/// Read one with ``responses(in:)``; build one (as the sandbox payer does) from values, usually
/// starting from ``init(answering:reference:creationDate:creationTime:)`` so that the hierarchy and
/// trace numbers echo the inquiry. The hierarchy is the 276's: HL 20 the payer, HL 21 the submitter,
/// HL 19 each provider, HL 22 each subscriber and HL 23 each dependent, with no DMG. Each claim (2200D
/// or 2200E) carries `TRN*2` echoing the inquiry's trace number, one or more STC, `REF*1K`, `REF*EJ`
/// and `DTP*472`, and optional 2220 service lines. 2200B and 2200C (statuses of the submitter and
/// provider as a whole) are skipped when reading.
///
/// ```swift
/// let response = try ClaimStatusResponse.responses(in: X12Interchange(parsing: text))[0]
/// for claim in response.claims {
///     guard let status = claim.statuses.first else { continue }
///     switch status.code.category {
///     case "F1": print(claim.trace, status.paidAmount ?? 0, status.remittanceTrace ?? "")  // RC1001-1 25994 SBX000000001
///     case "A4": print(claim.trace, "not found")
///     default: print(claim.trace, status.code.category, status.code.code)
///     }
/// }
/// ```
public struct ClaimStatusResponse: Sendable, Hashable {
    /// The implementation guide this type reads and writes (ST03, GS08).
    public static let implementationGuide = "005010X212"
    /// GS01 for claim status notifications (shared with the 277CA, whose GS08 is `005010X214`).
    public static let functionalIdentifier = "HN"

    /// The payer's answer about one claim (loop 2200D or 2200E).
    public struct Claim: Sendable, Hashable {
        /// 2100C `NM1*1P`.
        public var provider: PartyName
        /// 2100D `NM1*IL`, with the member id (`MI`).
        public var subscriber: X12Person
        /// 2100E `NM1*QC`, when the patient is the subscriber's dependent.
        public var dependent: X12Person?
        /// `TRN*2` TRN02: the inquiry's trace number for the claim, echoed.
        public var trace: String
        /// STC segments: the claim's status (`F1:1` finalized and paid, `A4:35` not found, …), with the
        /// charge, payment and remittance it refers to.
        public var statuses: [ClaimStatus]
        /// `REF*1K`, the payer's claim control number.
        public var payerClaimControlNumber: String?
        /// `REF*EJ`, the patient control number the claim was sent with (837 CLM01).
        public var patientControlNumber: String?
        /// `DTP*472`, the first (or only) day of service, when given.
        public var serviceDate: X12Date?
        /// The last day of service, when the claim spans several (`RD8`).
        public var serviceEndDate: X12Date?
        /// 2220 loops, each with its own statuses.
        public var serviceLines: [ClaimStatusServiceLine]

        public init(
            provider: PartyName, subscriber: X12Person, dependent: X12Person? = nil, trace: String,
            statuses: [ClaimStatus], payerClaimControlNumber: String? = nil, patientControlNumber: String? = nil,
            serviceDate: X12Date? = nil, serviceEndDate: X12Date? = nil, serviceLines: [ClaimStatusServiceLine] = []
        ) {
            self.provider = provider
            self.subscriber = subscriber
            self.dependent = dependent
            self.trace = trace
            self.statuses = statuses
            self.payerClaimControlNumber = payerClaimControlNumber
            self.patientControlNumber = patientControlNumber
            self.serviceDate = serviceDate
            self.serviceEndDate = serviceEndDate
            self.serviceLines = serviceLines
        }

        /// The answer to one claim of an inquiry, with no status yet: the same provider, the
        /// subscriber and dependent by name (and member id), the trace number echoed, and the claim's
        /// numbers and dates as asked.
        public init(answering claim: ClaimStatusInquiry.Claim) {
            func named(_ person: X12Person) -> X12Person {
                X12Person(
                    lastName: person.lastName, firstName: person.firstName, middleName: person.middleName,
                    suffix: person.suffix, memberID: person.memberID)
            }
            self.init(
                provider: claim.provider, subscriber: named(claim.subscriber), dependent: claim.dependent.map(named),
                trace: claim.trace, statuses: [], payerClaimControlNumber: claim.payerClaimControlNumber,
                patientControlNumber: claim.patientControlNumber, serviceDate: claim.serviceDate,
                serviceEndDate: claim.serviceEndDate)
        }

        /// The person the claim is for: the dependent when there is one, otherwise the subscriber.
        public var patient: X12Person { dependent ?? subscriber }
    }

    /// BHT03, the payer's reference for this response.
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// 2100A, the payer answering.
    public var source: InformationSource
    /// 2100B `NM1*41`, the submitter that asked, with its ETIN (`46`).
    public var receiver: PartyName
    /// The claims answered, in the order of the hierarchy.
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

    /// A response that answers `inquiry`: the same payer and submitter, and one claim per claim asked
    /// about (see ``Claim/init(answering:)``) with no status yet. Give each claim its statuses before
    /// writing.
    ///
    /// ```swift
    /// var response = ClaimStatusResponse(answering: inquiry, creationDate: today, creationTime: "1300")
    /// for index in response.claims.indices {
    ///     response.claims[index].statuses = [ClaimStatus(.init(category: "A4", code: "35"), date: today)]
    /// }
    /// ```
    public init(answering inquiry: ClaimStatusInquiry, reference: String? = nil, creationDate: X12Date, creationTime: String) {
        self.init(
            reference: reference ?? inquiry.reference, creationDate: creationDate, creationTime: creationTime,
            source: inquiry.source, receiver: inquiry.receiver, claims: inquiry.claims.map(Claim.init(answering:)))
    }
}

// MARK: - Writing

extension ClaimStatusResponse {
    /// The 277 as a transaction set (ST03 `005010X212`, BHT `0010*08`, BHT06 `DG`).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when a name, id or trace number
    ///   is empty, a subscriber has no member id, or a claim (or service line) has no status, a status
    ///   no date (STC02), or a service line no paid amount (SVC03).
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        let body = ClaimStatusBody.segments(
            purpose: "08", transactionType: "DG", reference: reference, creationDate: creationDate,
            creationTime: creationTime, source: source, receiver: receiver,
            claims: claims.map { ($0.parties, $0.segments) }, demographics: false)
        return X12TransactionSet(
            id: "277", controlNumber: controlNumber, implementationReference: Self.implementationGuide, body: body)
    }

    /// What keeps the response from being a valid 277, or `nil`.
    private var problem: String? {
        if reference.isEmpty || creationTime.isEmpty { return "BHT03 and BHT05 are required" }
        if source.name.isEmpty || source.payerID.isEmpty { return "the payer's name and id are required (NM1*PR)" }
        if receiver.lastName.isEmpty || (receiver.id ?? "").isEmpty {
            return "the submitter's name and id are required (NM1*41)"
        }
        for claim in claims {
            if let problem = claim.parties.problem(trace: claim.trace) { return problem }
            if claim.statuses.isEmpty || claim.serviceLines.contains(where: \.statuses.isEmpty) {
                return "a claim or service line has no STC; expected its status, such as STC*F1:1"
            }
            if (claim.statuses + claim.serviceLines.flatMap(\.statuses)).contains(where: { $0.date == nil }) {
                return "a status has no date (STC02); expected the day it took effect"
            }
            if claim.serviceLines.contains(where: { $0.paidAmount == nil }) {
                return "a service line has no paid amount (SVC03); expected 0 when nothing was paid"
            }
        }
        return nil
    }
}

extension ClaimStatusResponse.Claim {
    var parties: ClaimStatusParties {
        ClaimStatusParties(provider: provider, subscriber: subscriber, dependent: dependent)
    }

    /// TRN*2, STC, `REF*1K`, `REF*EJ`, `DTP*472`, then the 2220 lines.
    var segments: [X12Segment] {
        var segments = [X12Segment("TRN", values: ["2", trace])] + statuses.map(\.segment)
        if let payerClaimControlNumber { segments.append(X12Segment("REF", values: ["1K", payerClaimControlNumber])) }
        if let patientControlNumber { segments.append(X12Segment("REF", values: ["EJ", patientControlNumber])) }
        if let serviceDate { segments.append(.serviceDates(serviceDate, through: serviceEndDate)) }
        return segments + serviceLines.flatMap(\.segments)
    }
}
