/// An eligibility response: an X12 271 (005010X279A1) with the payer's answer about each subscriber
/// and dependent.
///
/// Read one with ``responses(in:)``; build one (as the sandbox payer does) from values, often
/// starting from ``init(answering:reference:creationDate:creationTime:)`` so that the hierarchy and
/// trace numbers echo the inquiry. The response holds one payer (2000A), at most one provider
/// (2000B; absent only when the payer rejected the request as a whole) and its subscribers (2000C),
/// each with its dependents (2000D).
///
/// ```swift
/// let response = try EligibilityResponse.responses(in: X12Interchange(parsing: text))[0]
/// if let rejection = response.sourceRejections.first {
///     print(rejection.reason)    // Unable to respond at current time
/// }
/// for subscriber in response.subscribers where subscriber.hasActiveCoverage {
///     let officeCopay = subscriber.benefits.first {
///         $0.information == .coPayment && $0.serviceTypes.contains("98") && $0.network == .inNetwork
///     }
///     print(officeCopay?.amount as Any)   // Optional(2500): cents
/// }
/// ```
public struct EligibilityResponse: Sendable, Hashable {
    /// GS01 for eligibility responses.
    public static let functionalIdentifier = "HB"

    /// BHT03, the payer's reference (or the inquiry's, echoed).
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// Loop 2100A, the payer answering.
    public var source: InformationSource
    /// AAA segments at 2000A and 2100A: the payer could not answer at all (`42` unable to respond now).
    /// Written back at 2100A.
    public var sourceRejections: [EligibilityRejection]
    /// Loop 2100B, the provider that asked; `nil` when the response stops at the payer.
    public var receiver: InformationReceiver?
    /// AAA segments at 2100B: the provider is not known or not allowed to ask (`51`, `43`).
    public var receiverRejections: [EligibilityRejection]
    /// Loops 2000C, each with its dependents.
    public var subscribers: [EligibilityMember]

    public init(
        reference: String, creationDate: X12Date, creationTime: String, source: InformationSource,
        sourceRejections: [EligibilityRejection] = [], receiver: InformationReceiver?,
        receiverRejections: [EligibilityRejection] = [], subscribers: [EligibilityMember]
    ) {
        self.reference = reference
        self.creationDate = creationDate
        self.creationTime = creationTime
        self.source = source
        self.sourceRejections = sourceRejections
        self.receiver = receiver
        self.receiverRejections = receiverRejections
        self.subscribers = subscribers
    }

    /// A response that answers `inquiry`: the same payer and provider, the subscriber (and dependent)
    /// as asked, with the inquiry's trace echoed as `TRN*2` on the patient, and no benefits yet. Fill
    /// in ``patient`` with benefits and dates, or with a rejection when the member is not found.
    ///
    /// ```swift
    /// var response = EligibilityResponse(answering: inquiry, creationDate: today, creationTime: "1231")
    /// if let member = plan.member(matching: inquiry.subscriber) {
    ///     response.patient?.benefits = member.benefits
    ///     response.patient?.dates = [EligibilityDate(.planBegin, member.planStart)]
    /// } else {
    ///     response.patient?.rejections = [EligibilityRejection(reason: .subscriberNotFound, followUp: .correctAndResubmit)]
    /// }
    /// ```
    public init(
        answering inquiry: EligibilityInquiry, reference: String? = nil, creationDate: X12Date, creationTime: String
    ) {
        var subscriber = EligibilityMember(person: inquiry.subscriber)
        let echoed = [inquiry.trace.echoed]
        if let dependent = inquiry.dependent {
            subscriber.dependents = [EligibilityMember(person: dependent, traces: echoed)]
        } else {
            subscriber.traces = echoed
        }
        self.init(
            reference: reference ?? inquiry.reference, creationDate: creationDate, creationTime: creationTime,
            source: inquiry.source, receiver: inquiry.receiver, subscribers: [subscriber])
    }

    /// The person a single-patient response is about: the first subscriber's first dependent when
    /// there is one, otherwise the first subscriber; `nil` when there is no subscriber. Setting it
    /// replaces that member.
    public var patient: EligibilityMember? {
        get {
            guard let subscriber = subscribers.first else { return nil }
            return subscriber.dependents.first ?? subscriber
        }
        set {
            guard let newValue, !subscribers.isEmpty else { return }
            if subscribers[0].dependents.isEmpty {
                subscribers[0] = newValue
            } else {
                subscribers[0].dependents[0] = newValue
            }
        }
    }
}

// MARK: - Writing

extension EligibilityResponse {
    /// The 271 as a transaction set (ST03 `005010X279A1`, BHT02 `11` response).
    ///
    /// HL levels are numbered 1, 2, 3… in order: the payer, the provider, then each subscriber
    /// followed by its dependents.
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when the payer's name or id is
    ///   empty, there are subscribers but no provider, or a subscriber has no last name.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if source.name.isEmpty || source.payerID.isEmpty {
            throw X12Error(.invalidValue, "the payer's name and id are required (NM1*PR)")
        }
        if receiver == nil, !subscribers.isEmpty {
            throw X12Error(.invalidValue, "the response has subscribers but no provider; expected a 2100B receiver")
        }
        let everyone = subscribers + subscribers.flatMap(\.dependents)
        if everyone.contains(where: { $0.person.lastName.isEmpty }) {
            throw X12Error(.invalidValue, "a subscriber or dependent has no last name (NM103)")
        }
        var numbering = EligibilityHierarchy.Numbering()
        let sourceHL = numbering.hl(.source, parent: nil, hasChildren: receiver != nil)
        var body = [
            X12Segment("BHT", values: ["0022", "11", reference, creationDate.x12, creationTime]),
            sourceHL.segment, source.segment,
        ]
        body += sourceRejections.map(\.segment)
        if let receiver {
            let receiverHL = numbering.hl(.receiver, parent: sourceHL.id, hasChildren: !subscribers.isEmpty)
            body += [receiverHL.segment, receiver.segment] + receiverRejections.map(\.segment)
            for subscriber in subscribers {
                let subscriberHL = numbering.hl(
                    .subscriber, parent: receiverHL.id, hasChildren: !subscriber.dependents.isEmpty)
                body += [subscriberHL.segment] + subscriber.segments(entity: "IL")
                for dependent in subscriber.dependents {
                    body.append(numbering.hl(.dependent, parent: subscriberHL.id, hasChildren: false).segment)
                    body += dependent.segments(entity: "03")
                }
            }
        }
        return X12TransactionSet(
            id: "271", controlNumber: controlNumber, implementationReference: EligibilityInquiry.implementationGuide,
            body: body)
    }

}
