/// One transaction set: an ST header, the body segments, and an SE trailer the envelope derives.
///
/// The trailer is not stored: ``trailer`` is computed from the body (SE01 counts ST through SE) and
/// the header's control number (SE02 = ST02), so a set built in code can never carry a wrong count.
/// Parsing checks the SE that was read against it.
///
/// ```swift
/// let set = X12TransactionSet(id: "270", controlNumber: 1, implementationReference: "005010X279A1", body: [
///     X12Segment("BHT", ["0022", "13", "REF1", "20261102", "1230"]),
/// ])
/// set.trailer  // SE*3*0001
/// ```
public struct X12TransactionSet: Sendable, Hashable {
    /// The ST segment.
    public var header: X12Segment
    /// The segments between ST and SE.
    public var body: [X12Segment]

    public init(header: X12Segment, body: [X12Segment]) {
        self.header = header
        self.body = body
    }

    /// A transaction set with an ST built from its parts.
    ///
    /// - Parameters:
    ///   - id: ST01, the transaction set identifier (`837`, `270`).
    ///   - controlNumber: ST02, written with at least four digits (`0001`); take it from ``ControlNumbers``.
    ///   - implementationReference: ST03, the implementation guide (`005010X222A1`), for 5010 sets.
    ///   - body: the segments between ST and SE.
    public init(id: String, controlNumber: Int, implementationReference: String? = nil, body: [X12Segment]) {
        var elements: [X12Element] = [X12Element(id), X12Element(ControlNumbers.format(controlNumber, minimumDigits: 4))]
        if let implementationReference { elements.append(X12Element(implementationReference)) }
        self.init(header: X12Segment("ST", elements), body: body)
    }

    /// ST01, the transaction set identifier (`837`).
    public var id: String { header[1] }
    /// ST02, the transaction set control number.
    public var controlNumber: String { header[2] }
    /// ST03, the implementation convention reference (`005010X222A1`); empty when absent.
    public var implementationReference: String { header[3] }

    /// The SE segment: the number of segments from ST through SE, and ST02.
    public var trailer: X12Segment {
        X12Segment("SE", [X12Element(String(body.count + 2)), X12Element(controlNumber)])
    }

    /// ST, the body and SE, in order.
    public var segments: [X12Segment] { [header] + body + [trailer] }

    /// The body grouped into loops by `specs`; see ``X12Loop/group(_:by:)``.
    public func loops(_ specs: [X12LoopSpec]) -> X12Loop {
        X12Loop.group(body, by: specs)
    }
}
