/// One 837P professional claim transaction set (005010X222A1, or the X222A2 errata for payers that
/// ask for it): a submitter, a receiver and the claims of one or more billing providers.
///
/// The billing module builds one batch per payer and day; the sandbox payer reads it back with
/// ``batches(in:)``. The hierarchy is written from the values: each ``BillingProvider`` is a 2000A
/// level (HL03 `20`), each of its ``ClaimSubscriber``s a 2000B level (`22`) under it, and each
/// ``ClaimPatient`` a 2000C level (`23`) under its subscriber. Claims (2300) hang under the
/// subscriber when the subscriber is the patient, otherwise under the patient. Amounts are whole
/// cents, never `Double`.
///
/// ```swift
/// let claim = ProfessionalClaim(
///     patientControlNumber: "PCN0001", totalCharge: 12_500, placeOfService: "11", diagnoses: ["J069"],
///     lines: [ProfessionalClaim.ServiceLine(procedure: .init(code: "99213"), charge: 12_500,
///                                           diagnosisPointers: [1], serviceDate: visitDate)])
/// let subscriber = ClaimSubscriber(
///     person: X12Person(lastName: "DOE", firstName: "JANE", memberID: "W123456789", dateOfBirth: birthDate,
///                       gender: .female, address: home),
///     claimFilingIndicator: "CI", payer: ClaimSubscriber.Payer(name: "ACME HEALTH", payerID: "ACME01"),
///     claims: [claim])
/// let batch = ProfessionalClaimBatch(
///     reference: "BATCH0001", creationDate: today, creationTime: "1230",
///     submitter: .init(name: "NORTH CLINIC", id: "NORTHCLINIC", contactName: "BILLING", phone: "5555551234"),
///     receiver: .init(name: "ACME HEALTH", id: "ACME01"),
///     billingProviders: [BillingProvider(name: "NORTH CLINIC", npi: "1245319599", address: office,
///                                        taxID: "123456789", subscribers: [subscriber])])
/// var numbers = ControlNumbers()   // loaded from storage
/// let interchange = try batch.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// let text = try X12Writer().text(for: interchange)
/// let readBack = try ProfessionalClaimBatch.batches(in: X12Interchange(parsing: text))
/// ```
public struct ProfessionalClaimBatch: Sendable, Hashable {
    /// The 837P implementation guide most payers use (ST03, GS08).
    public static let implementationGuide = "005010X222A1"
    /// The errata guide some payers ask for instead.
    public static let errataGuide = "005010X222A2"
    /// The guides this type writes and reads.
    public static let implementationGuides = [implementationGuide, errataGuide]
    /// GS01 for health care claims.
    public static let functionalIdentifier = "HC"

    /// ST03 and GS08: ``implementationGuide`` or ``errataGuide``, per payer.
    public var guide: String
    /// BHT03, the submitter's batch reference.
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// Loop 1000A.
    public var submitter: Submitter
    /// Loop 1000B.
    public var receiver: Receiver
    /// The 2000A levels, each with its subscribers and claims.
    public var billingProviders: [BillingProvider]

    public init(
        guide: String = Self.implementationGuide, reference: String, creationDate: X12Date, creationTime: String,
        submitter: Submitter, receiver: Receiver, billingProviders: [BillingProvider]
    ) {
        self.guide = guide
        self.reference = reference
        self.creationDate = creationDate
        self.creationTime = creationTime
        self.submitter = submitter
        self.receiver = receiver
        self.billingProviders = billingProviders
    }

    /// Every claim of the batch, in the order written.
    public var claims: [ProfessionalClaim] {
        billingProviders.flatMap(\.subscribers).flatMap { $0.claims + $0.dependents.flatMap(\.claims) }
    }
}

// MARK: - Writing

extension ProfessionalClaimBatch {
    /// The 837P as a transaction set (ST03 = ``guide``).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/claimChargeMismatch`` when a claim's total
    ///   (CLM02) is not the sum of its lines (SV102), and ``X12Error/Code/invalidValue`` when a value
    ///   cannot be valid (an unknown guide, an NPI failing its check digit, a pointer to no diagnosis,
    ///   a replacement without the payer's claim number, …). The message names the claim by position.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        try validate()
        var numbering = ClaimHierarchy.Numbering()
        var body = [X12Segment("BHT", values: ["0019", "00", reference, creationDate.x12, creationTime, "CH"])]
        body += submitter.segments + receiver.segments
        for provider in billingProviders {
            let providerHL = numbering.hl(.billingProvider, parent: nil, hasChildren: true)
            body.append(providerHL.segment)
            body += provider.segments
            for subscriber in provider.subscribers {
                let subscriberHL = numbering.hl(
                    .subscriber, parent: providerHL.id, hasChildren: !subscriber.dependents.isEmpty)
                body.append(subscriberHL.segment)
                body += subscriber.segments
                for patient in subscriber.dependents {
                    body.append(numbering.hl(.patient, parent: subscriberHL.id, hasChildren: false).segment)
                    body += patient.segments
                }
            }
        }
        return X12TransactionSet(id: "837", controlNumber: controlNumber, implementationReference: guide, body: body)
    }

}
