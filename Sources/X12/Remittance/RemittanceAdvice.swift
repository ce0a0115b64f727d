/// A remittance advice: an X12 835 (005010X221A1) telling a provider what a payer paid, claim by claim.
///
/// Read one with ``advices(in:)`` (as the billing module does with each ERA file); build one from
/// values and write it (as the sandbox payer does). Amounts are exact cents. Reading never refuses a
/// file because it does not balance: ask ``balancingProblems`` and decide. The same remittance (payer
/// and ``traceNumber``) may arrive twice; ``paymentKey`` names it for that check.
///
/// ```swift
/// let advices = try RemittanceAdvice.advices(in: X12Interchange(parsing: text))
/// for advice in advices {
///     let problems = advice.balancingProblems
///     guard problems.isEmpty else { throw ImportError.unbalanced(problems.map(\.description)) }
///     for claim in advice.claims {
///         let contractual = claim.allAdjustments.filter { $0.group == .contractualObligation }
///         // post claim.paidAmount, the write-offs and claim.patientResponsibility
///     }
/// }
///
/// var numbers = ControlNumbers()
/// let interchange = try advice.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// let file = try X12Writer().text(for: interchange)
/// ```
public struct RemittanceAdvice: Sendable, Hashable {
    /// The implementation guide this type reads and writes (GS08; the 835 does not use ST03).
    public static let implementationGuide = "005010X221A1"
    /// GS01 for remittances.
    public static let functionalIdentifier = "HP"

    /// BPR.
    public var payment: RemittancePayment
    /// TRN02, the check or EFT trace number: with the payer, what identifies this payment.
    public var traceNumber: String
    /// TRN03, the payer's id: `1` followed by its EIN (10 characters).
    public var payerIdentifier: String
    /// TRN04, the payer's division or region, when sent.
    public var payerSupplementalCode: String?
    /// `REF*EV`, the receiver's id, when the payer sends one.
    public var receiverID: String?
    /// `DTM*405`, the day the payer's adjudication cycle produced the remittance.
    public var productionDate: X12Date?
    /// Loop 1000A.
    public var payer: RemittancePayer
    /// Loop 1000B.
    public var payee: RemittancePayee
    /// Loops 2100 (each under the LX of its ``RemittanceClaim/headerNumber``).
    public var claims: [RemittanceClaim]
    /// PLB pairs.
    public var providerAdjustments: [ProviderAdjustment]
    /// The BPR segment this remittance was read from.
    public var readFrom: ReadLocation

    public init(
        payment: RemittancePayment, traceNumber: String, payerIdentifier: String, payerSupplementalCode: String? = nil,
        receiverID: String? = nil, productionDate: X12Date? = nil, payer: RemittancePayer, payee: RemittancePayee,
        claims: [RemittanceClaim], providerAdjustments: [ProviderAdjustment] = [], readFrom: ReadLocation = ReadLocation()
    ) {
        self.payment = payment
        self.traceNumber = traceNumber
        self.payerIdentifier = payerIdentifier
        self.payerSupplementalCode = payerSupplementalCode
        self.receiverID = receiverID
        self.productionDate = productionDate
        self.payer = payer
        self.payee = payee
        self.claims = claims
        self.providerAdjustments = providerAdjustments
        self.readFrom = readFrom
    }

    /// What identifies this payment across files: the payer (TRN03) and the trace number (TRN02). The
    /// same key arriving twice is the same remittance and must not be posted twice.
    public var paymentKey: String { "\(payerIdentifier)/\(traceNumber)" }
}

// MARK: - Writing

extension RemittanceAdvice {
    /// The 835 as a transaction set. ST03 is left out: 005010X221A1 marks it not used (the guide is
    /// named in GS08).
    ///
    /// Claims are written under an LX each time ``RemittanceClaim/headerNumber`` changes; adjustments
    /// are grouped into CAS and PLB segments as ``RemittanceAdjustment`` and ``ProviderAdjustment``
    /// describe. The remittance is written whether or not it balances: check ``balancingProblems``
    /// first when that matters.
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when a required value is empty,
    ///   the payer has no address or no technical contact, TRN03 is not 10 characters, or a line has
    ///   more than four modifiers.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        var body = [
            payment.segment, X12Segment("TRN", values: ["1", traceNumber, payerIdentifier, payerSupplementalCode]),
        ]
        if let receiverID { body.append(X12Segment("REF", values: ["EV", receiverID])) }
        if let productionDate { body.append(X12Segment("DTM", values: ["405", productionDate.x12])) }
        body += payer.segments + payee.segments
        var headerNumber: Int?
        for claim in claims {
            if claim.headerNumber != headerNumber {
                body.append(X12Segment("LX", values: [String(claim.headerNumber)]))
                headerNumber = claim.headerNumber
            }
            body += claim.segments
        }
        body += ProviderAdjustment.segments(for: providerAdjustments)
        return X12TransactionSet(id: "835", controlNumber: controlNumber, body: body)
    }

    /// The 835 in a whole interchange: one group (GS01 `HP`, GS08 `005010X221A1`) holding one set,
    /// numbered from `controlNumbers` (persist the changed value before sending).
    ///
    /// - Throws: ``X12Error`` as ``transactionSet(controlNumber:)`` does.
    public func makeInterchange(envelope: X12Envelope, controlNumbers: inout ControlNumbers) throws(X12Error)
        -> X12Interchange
    {
        try Self.makeInterchange([self], envelope: envelope, controlNumbers: &controlNumbers)
    }

    /// Several 835s — one per payee or payment — in one interchange and one group, each its own
    /// transaction set.
    ///
    /// - Throws: ``X12Error`` as ``transactionSet(controlNumber:)`` does, or when `advices` is empty.
    public static func makeInterchange(
        _ advices: [RemittanceAdvice], envelope: X12Envelope, controlNumbers: inout ControlNumbers
    ) throws(X12Error) -> X12Interchange {
        guard !advices.isEmpty else {
            throw X12Error(.invalidValue, "no remittance is given; expected at least one 835 to write")
        }
        var sets: [X12TransactionSet] = []
        for advice in advices { sets.append(try advice.transactionSet(controlNumber: controlNumbers.nextTransactionSet())) }
        return envelope.interchange(
            wrapping: sets, version: implementationGuide, functionalIdentifier: functionalIdentifier,
            controlNumbers: &controlNumbers)
    }

    /// What keeps the remittance from being a valid 835, or `nil`.
    private var problem: String? {
        if payment.amount < 0 { return "BPR02 is negative; expected the amount, with BPR03 D for a debit" }
        if traceNumber.isEmpty { return "the check or EFT trace number (TRN02) is empty" }
        if payerIdentifier.utf8.count != 10 {
            return "the payer identifier (TRN03) is \(payerIdentifier.utf8.count) characters; expected 10, 1 + the payer's EIN"
        }
        if payer.name.isEmpty { return "the payer's name (1000A N102) is empty" }
        if payer.address == nil { return "the payer has no address; an 835 requires N3 and N4 in loop 1000A" }
        if payer.technicalContacts.isEmpty { return "the payer has no technical contact; an 835 requires PER*BL in loop 1000A" }
        if payee.name.isEmpty || payee.id.isEmpty { return "the payee's name and id (1000B N102, N104) are required" }
        for claim in claims {
            if claim.patientControlNumber.isEmpty || claim.payerClaimControlNumber.isEmpty || claim.filingIndicator.isEmpty {
                return "a claim lacks its patient control number, payer claim control number or filing indicator (CLP01, CLP07, CLP06)"
            }
            if claim.allAdjustments.contains(where: { $0.reason.isEmpty }) {
                return "an adjustment of claim \(X12Error.quote(claim.patientControlNumber)) has no reason code (CAS02)"
            }
            let procedures = claim.serviceLines.flatMap { [$0.procedure] + ($0.submittedProcedure.map { [$0] } ?? []) }
            if procedures.contains(where: { $0.code.isEmpty || $0.modifiers.count > 4 }) {
                return "a service line of claim \(X12Error.quote(claim.patientControlNumber)) has no procedure code or more than 4 modifiers"
            }
        }
        return nil
    }
}
