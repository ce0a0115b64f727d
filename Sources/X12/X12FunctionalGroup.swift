/// One functional group: a GS header, its transaction sets, and a GE trailer the envelope derives.
///
/// ``trailer`` is computed: GE01 is the number of transaction sets and GE02 repeats GS06.
///
/// ```swift
/// let group = X12FunctionalGroup(
///     functionalIdentifier: "HS", senderCode: "NORTHCLINIC", receiverCode: "PAYER01",
///     date: "20261102", time: "1230", controlNumber: 17, version: "005010X279A1",
///     transactionSets: [eligibilityInquiry])
/// ```
public struct X12FunctionalGroup: Sendable, Hashable {
    /// The GS segment.
    public var header: X12Segment
    /// The transaction sets in order.
    public var transactionSets: [X12TransactionSet]

    public init(header: X12Segment, transactionSets: [X12TransactionSet]) {
        self.header = header
        self.transactionSets = transactionSets
    }

    /// A functional group with a GS built from its parts (GS07, the responsible agency, is `X`).
    ///
    /// - Parameters:
    ///   - functionalIdentifier: GS01 (`HC` claims, `HS` eligibility inquiries, `HP` remittances).
    ///   - senderCode: GS02, the application sender's code.
    ///   - receiverCode: GS03, the application receiver's code.
    ///   - date: GS04, `CCYYMMDD`.
    ///   - time: GS05, `HHMM` (or `HHMMSS`).
    ///   - controlNumber: GS06; take it from ``ControlNumbers``.
    ///   - version: GS08, the implementation guide (`005010X222A1`).
    public init(
        functionalIdentifier: String, senderCode: String, receiverCode: String, date: String, time: String,
        controlNumber: Int, version: String, transactionSets: [X12TransactionSet]
    ) {
        let elements: [X12Element] = [
            X12Element(functionalIdentifier), X12Element(senderCode), X12Element(receiverCode), X12Element(date),
            X12Element(time), X12Element(ControlNumbers.format(controlNumber, minimumDigits: 1)), "X",
            X12Element(version),
        ]
        self.init(header: X12Segment("GS", elements), transactionSets: transactionSets)
    }

    /// GS01, the functional identifier code (`HC`).
    public var functionalIdentifier: String { header[1] }
    /// GS02, the application sender's code.
    public var senderCode: String { header[2] }
    /// GS03, the application receiver's code.
    public var receiverCode: String { header[3] }
    /// GS06, the group control number.
    public var controlNumber: String { header[6] }
    /// GS08, the version and implementation guide (`005010X222A1`).
    public var version: String { header[8] }

    /// The GE segment: the number of transaction sets, and GS06.
    public var trailer: X12Segment {
        X12Segment("GE", [X12Element(String(transactionSets.count)), X12Element(controlNumber)])
    }
}
