/// An eligibility inquiry: an X12 270 (005010X279A1) asking a payer about one subscriber or dependent.
///
/// Build one from values, turn it into a transaction set or a whole interchange, and write it with
/// ``X12Writer``; or read one back with ``inquiries(in:)`` (as a payer does). The hierarchy is
/// fixed: HL 1 the payer (20), HL 2 the provider (21), HL 3 the subscriber (22, HL04 `1` when a
/// dependent follows), HL 4 the dependent (23). The trace number (TRN), eligibility date
/// (`DTP*291`) and service types (EQ) go with the patient: the dependent when there is one,
/// otherwise the subscriber.
///
/// ```swift
/// let inquiry = EligibilityInquiry(
///     reference: "REF0001", creationDate: X12Date(year: 2026, month: 11, day: 2)!, creationTime: "1230",
///     source: InformationSource(name: "ACME HEALTH", payerID: "ACME01"),
///     receiver: InformationReceiver(name: "NORTH CLINIC", npi: "1234567893"),
///     subscriber: EligibilityPerson(lastName: "DOE", firstName: "JANE", memberID: "W123456789",
///                                   dateOfBirth: X12Date(year: 1980, month: 1, day: 1), gender: .female),
///     trace: EligibilityTrace(reference: "TRACE0001", originatorID: "1234567890"),
///     eligibilityDate: X12Date(year: 2026, month: 11, day: 2))
/// var numbers = ControlNumbers()
/// let interchange = try inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// let text = try X12Writer().text(for: interchange)
/// let readBack = try EligibilityInquiry.inquiries(in: X12Interchange(parsing: text))
/// ```
public struct EligibilityInquiry: Sendable, Hashable {
    /// The implementation guide this type reads and writes (ST03, GS08).
    public static let implementationGuide = "005010X279A1"
    /// GS01 for eligibility inquiries.
    public static let functionalIdentifier = "HS"

    /// BHT03, the submitter's reference for this inquiry.
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// Loop 2100A, the payer asked.
    public var source: InformationSource
    /// Loop 2100B, the provider asking.
    public var receiver: InformationReceiver
    /// Loop 2100C. For coverage discovery leave ``EligibilityPerson/memberID`` `nil` and give name,
    /// date of birth and gender.
    public var subscriber: EligibilityPerson
    /// Loop 2100D, when the patient is the subscriber's dependent.
    public var dependent: EligibilityPerson?
    /// TRN*1 at the patient's level.
    public var trace: EligibilityTrace
    /// `DTP*291`, the date eligibility is asked for (`nil`: the payer assumes today).
    public var eligibilityDate: X12Date?
    /// The last day when asking about a range (`DTP*291*RD8`).
    public var eligibilityEndDate: X12Date?
    /// EQ01, the service types asked about; `30` (health benefit plan coverage) by default.
    public var serviceTypes: [String]

    public init(
        reference: String, creationDate: X12Date, creationTime: String, source: InformationSource,
        receiver: InformationReceiver, subscriber: EligibilityPerson, dependent: EligibilityPerson? = nil,
        trace: EligibilityTrace, eligibilityDate: X12Date? = nil, eligibilityEndDate: X12Date? = nil,
        serviceTypes: [String] = ["30"]
    ) {
        self.reference = reference
        self.creationDate = creationDate
        self.creationTime = creationTime
        self.source = source
        self.receiver = receiver
        self.subscriber = subscriber
        self.dependent = dependent
        self.trace = trace
        self.eligibilityDate = eligibilityDate
        self.eligibilityEndDate = eligibilityEndDate
        self.serviceTypes = serviceTypes
    }

    /// The person the inquiry is about: the dependent when there is one, otherwise the subscriber.
    public var patient: EligibilityPerson { dependent ?? subscriber }
}

// MARK: - Writing

extension EligibilityInquiry {
    /// The 270 as a transaction set (ST03 `005010X279A1`).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when a required value is empty,
    ///   the trace originator id is not 10 characters, the subscriber has neither a member id nor a
    ///   first name and date of birth, or no service type is given.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        var numbering = EligibilityHierarchy.Numbering()
        let sourceHL = numbering.hl(.source, parent: nil, hasChildren: true)
        let receiverHL = numbering.hl(.receiver, parent: sourceHL.id, hasChildren: true)
        let subscriberHL = numbering.hl(.subscriber, parent: receiverHL.id, hasChildren: dependent != nil)
        var body = [
            X12Segment("BHT", values: ["0022", "13", reference, creationDate.x12, creationTime]),
            sourceHL.segment, source.segment, receiverHL.segment, receiver.segment, subscriberHL.segment,
        ]
        func personSegments(_ person: EligibilityPerson, entity: String) -> [X12Segment] {
            person.nameSegments(entity: entity) + [person.demographicSegment].compactMap { $0 }
        }
        if let dependent {
            body += personSegments(subscriber, entity: "IL")
            body.append(numbering.hl(.dependent, parent: subscriberHL.id, hasChildren: false).segment)
            body.append(trace.segment)
            body += personSegments(dependent, entity: "03")
        } else {
            body.append(trace.segment)
            body += personSegments(subscriber, entity: "IL")
        }
        if let start = eligibilityDate {
            let date = eligibilityEndDate.map { EligibilityDate(.plan, from: start, through: $0) } ?? EligibilityDate(.plan, start)
            body.append(date.segment)
        }
        body.append(X12Segment("EQ", [X12Element(repetitions: serviceTypes.map { [$0] })]))
        return X12TransactionSet(
            id: "270", controlNumber: controlNumber, implementationReference: Self.implementationGuide, body: body)
    }

    /// What keeps the inquiry from being a valid 270, or `nil`.
    private var problem: String? {
        if source.name.isEmpty || source.payerID.isEmpty { return "the payer's name and id are required (NM1*PR)" }
        if receiver.name.isEmpty || receiver.npi.isEmpty { return "the provider's name and NPI are required (NM1*1P)" }
        if subscriber.lastName.isEmpty { return "the subscriber's last name is required (NM103)" }
        if subscriber.memberID == nil, subscriber.firstName == nil || subscriber.dateOfBirth == nil {
            return "the subscriber has no member id; expected one, or a first name and date of birth to search by"
        }
        if let dependent, dependent.lastName.isEmpty || dependent.firstName == nil {
            return "the dependent's last and first names are required (NM1*03)"
        }
        if serviceTypes.isEmpty || serviceTypes.contains(where: \.isEmpty) {
            return "no service type is given; expected at least one EQ01 code such as 30"
        }
        if let end = eligibilityEndDate, let start = eligibilityDate, end < start {
            return "the eligibility end date comes before the start date"
        }
        if eligibilityEndDate != nil, eligibilityDate == nil {
            return "an eligibility end date is given without a start date"
        }
        return trace.problem
    }
}
