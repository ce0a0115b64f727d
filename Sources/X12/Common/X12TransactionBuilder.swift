/// A typed transaction that writes itself as one transaction set, and so as a whole interchange.
///
/// The eligibility, claim, acknowledgment and claim-status types conform; each names its GS01
/// functional identifier and builds its set, and ``makeInterchange(envelope:controlNumbers:)``
/// wraps that set in one group and one interchange.
///
/// ```swift
/// var numbers = ControlNumbers(interchange: 41, group: 41, transactionSet: 87)
/// let interchange = try inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// let text = try X12Writer(lineBreaks: true).text(for: interchange)
/// ```
public protocol X12TransactionBuilder: Sendable {
    /// GS01 of the group the set travels in (`HS` for a 270, `HC` for an 837).
    static var functionalIdentifier: String { get }

    /// The transaction set, numbered `controlNumber` (ST02/SE02).
    func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet
}

extension X12TransactionBuilder {
    /// The transaction in a whole interchange: one group holding one set, numbered from
    /// `controlNumbers` (persist the changed value before sending, so no number repeats).
    ///
    /// - Throws: ``X12Error`` as ``transactionSet(controlNumber:)`` does.
    public func makeInterchange(envelope: X12Envelope, controlNumbers: inout ControlNumbers) throws(X12Error) -> X12Interchange {
        let set = try transactionSet(controlNumber: controlNumbers.nextTransactionSet())
        return envelope.interchange(wrapping: set, functionalIdentifier: Self.functionalIdentifier, controlNumbers: &controlNumbers)
    }
}

extension EligibilityInquiry: X12TransactionBuilder {}
extension EligibilityResponse: X12TransactionBuilder {}
extension ProfessionalClaimBatch: X12TransactionBuilder {}
extension ImplementationAcknowledgment: X12TransactionBuilder {}
extension ClaimAcknowledgment: X12TransactionBuilder {}
extension ClaimStatusInquiry: X12TransactionBuilder {}
extension ClaimStatusResponse: X12TransactionBuilder {}
