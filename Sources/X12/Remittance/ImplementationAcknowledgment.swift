/// An implementation acknowledgment: an X12 999 (005010X231A1) saying whether each transaction set
/// of a functional group was accepted, and where the errors are.
///
/// The billing module reads the 999 that answers each 837 file; the sandbox clearinghouse writes
/// them. A set response names the set (AK2), each bad segment (IK3: id, position in the set, loop,
/// error) with its bad elements (IK4), and the verdict (IK5). AK9 sums up the group.
///
/// ```swift
/// let rejected = ImplementationAcknowledgment.SetResponse(
///     setID: "837", controlNumber: "0001", implementationReference: "005010X222A1",
///     segmentErrors: [.init(segmentID: "NM1", position: 8, loopID: "2010", errorCode: "8",
///                           elementErrors: [.init(position: 9, errorCode: "7", badValue: "W12")])],
///     status: .rejected, errorCodes: ["5"])
/// let ack = ImplementationAcknowledgment(acknowledging: claimGroup, responses: [rejected])
/// ack.groupStatus    // .rejected
/// let text = try X12Writer().text(for: ack.makeInterchange(envelope: envelope, controlNumbers: &numbers))
///
/// for response in try ImplementationAcknowledgment.acknowledgments(in: X12Interchange(parsing: text))[0].setResponses
/// where response.status.isRejection {
///     print(response.controlNumber, response.segmentErrors.map(\.segmentID))
/// }
/// ```
public struct ImplementationAcknowledgment: Sendable, Hashable {
    /// The implementation guide this type reads and writes (ST03, GS08).
    public static let implementationGuide = "005010X231A1"
    /// GS01 for functional acknowledgments.
    public static let functionalIdentifier = "FA"

    /// IK501 and AK901: the verdict on a set or a group.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// `A`: accepted.
        case accepted = "A"
        /// `E`: accepted, but errors were noted.
        case acceptedWithErrors = "E"
        /// `P`: partially accepted: at least one set was rejected (AK901 only).
        case partiallyAccepted = "P"
        /// `R`: rejected.
        case rejected = "R"
        /// `M`: rejected, the message authentication code failed.
        case rejectedAuthentication = "M"
        /// `W`: rejected, assurance failed validity tests.
        case rejectedAssurance = "W"
        /// `X`: rejected, the content could not be analyzed after decryption.
        case rejectedContent = "X"

        /// Whether the set or group was rejected as a whole (`R`, `M`, `W`, `X`).
        public var isRejection: Bool { [.rejected, .rejectedAuthentication, .rejectedAssurance, .rejectedContent].contains(self) }
    }

    /// IK4: one bad element of a bad segment.
    public struct ElementError: Sendable, Hashable {
        /// IK401-1, the element's position in the segment.
        public var position: Int
        /// IK401-2, the component's position in a composite.
        public var componentPosition: Int?
        /// IK401-3, the repetition's position in a repeating element.
        public var repetitionPosition: Int?
        /// IK402, the element's data element reference number (`67` for NM109).
        public var dataElementReference: String?
        /// IK403: `1` required element missing, `2` conditional missing, `4` too short, `5` too long,
        /// `6` invalid character, `7` invalid code value, `8` invalid date, `I12` implementation
        /// pattern match failure.
        public var errorCode: String
        /// IK404, a copy of the bad value (leave out values that hold patient data where you can).
        public var badValue: String?

        public init(
            position: Int, componentPosition: Int? = nil, repetitionPosition: Int? = nil,
            dataElementReference: String? = nil, errorCode: String, badValue: String? = nil
        ) {
            self.position = position
            self.componentPosition = componentPosition
            self.repetitionPosition = repetitionPosition
            self.dataElementReference = dataElementReference
            self.errorCode = errorCode
            self.badValue = badValue
        }
    }

    /// IK3 and its IK4s: one bad segment of a set.
    public struct SegmentError: Sendable, Hashable {
        /// IK301, the segment id.
        public var segmentID: String
        /// IK302, the segment's position in the set (ST is 1).
        public var position: Int
        /// IK303, the loop the segment stands in: at most 4 characters, so the loop's number without
        /// its letters (`2010` for 2010BA).
        public var loopID: String?
        /// IK304: `1` unrecognized segment, `2` unexpected segment, `3` required segment missing, `4`
        /// loop occurs over maximum, `5` segment exceeds maximum use, `8` segment has data element
        /// errors, `I4` implementation "not used" segment present.
        public var errorCode: String?
        /// IK4 loops.
        public var elementErrors: [ElementError]

        public init(
            segmentID: String, position: Int, loopID: String? = nil, errorCode: String? = nil,
            elementErrors: [ElementError] = []
        ) {
            self.segmentID = segmentID
            self.position = position
            self.loopID = loopID
            self.errorCode = errorCode
            self.elementErrors = elementErrors
        }
    }

    /// AK2 through IK5: the verdict on one transaction set.
    public struct SetResponse: Sendable, Hashable {
        /// AK201, the set's id (`837`).
        public var setID: String
        /// AK202, the set's control number (ST02).
        public var controlNumber: String
        /// AK203, the set's implementation guide (ST03).
        public var implementationReference: String?
        /// IK3 loops.
        public var segmentErrors: [SegmentError]
        /// IK501.
        public var status: Status
        /// IK502–IK506: `5` one or more segments in error, `1` set not supported, `2` trailer missing,
        /// `3` control number mismatch, `4` segment count wrong, `I5` implementation one or more
        /// segments in error.
        public var errorCodes: [String]

        public init(
            setID: String, controlNumber: String, implementationReference: String? = nil,
            segmentErrors: [SegmentError] = [], status: Status, errorCodes: [String] = []
        ) {
            self.setID = setID
            self.controlNumber = controlNumber
            self.implementationReference = implementationReference
            self.segmentErrors = segmentErrors
            self.status = status
            self.errorCodes = errorCodes
        }

        /// The response to `set`: its id, control number and guide, with the verdict given.
        public init(
            acknowledging set: X12TransactionSet, status: Status, segmentErrors: [SegmentError] = [],
            errorCodes: [String] = []
        ) {
            self.init(
                setID: set.id, controlNumber: set.controlNumber,
                implementationReference: set.implementationReference.isEmpty ? nil : set.implementationReference,
                segmentErrors: segmentErrors, status: status, errorCodes: errorCodes)
        }
    }

    /// AK101, the acknowledged group's functional identifier (`HC`).
    public var functionalIdentifierCode: String
    /// AK102, the acknowledged group's control number (GS06).
    public var groupControlNumber: String
    /// AK103, the acknowledged group's version (GS08).
    public var version: String
    /// Loops 2000, one per set acknowledged.
    public var setResponses: [SetResponse]
    /// AK901.
    public var groupStatus: Status
    /// AK902, the number of sets in the group (GE01).
    public var setsIncluded: Int
    /// AK903, the number of sets received.
    public var setsReceived: Int
    /// AK904, the number of sets accepted (with or without errors).
    public var setsAccepted: Int
    /// AK905–AK909: group syntax errors (`1` not supported, `2` trailer missing, `3` control number
    /// mismatch, `4` set count wrong, `5` authentication failed).
    public var groupErrorCodes: [String]

    public init(
        functionalIdentifierCode: String, groupControlNumber: String, version: String, setResponses: [SetResponse],
        groupStatus: Status, setsIncluded: Int, setsReceived: Int, setsAccepted: Int, groupErrorCodes: [String] = []
    ) {
        self.functionalIdentifierCode = functionalIdentifierCode
        self.groupControlNumber = groupControlNumber
        self.version = version
        self.setResponses = setResponses
        self.groupStatus = groupStatus
        self.setsIncluded = setsIncluded
        self.setsReceived = setsReceived
        self.setsAccepted = setsAccepted
        self.groupErrorCodes = groupErrorCodes
    }

    /// The acknowledgment of `group` with one response per set: AK1 from GS, AK9 counted from the
    /// responses — `A` when every set is accepted, `E` when all are accepted but some with errors, `R`
    /// when none is, and `P` otherwise.
    public init(acknowledging group: X12FunctionalGroup, responses: [SetResponse]) {
        let accepted = responses.filter { !$0.status.isRejection }
        let status: Status =
            if accepted.count == responses.count {
                accepted.allSatisfy { $0.status == .accepted } ? .accepted : .acceptedWithErrors
            } else {
                accepted.isEmpty ? .rejected : .partiallyAccepted
            }
        self.init(
            functionalIdentifierCode: group.functionalIdentifier, groupControlNumber: group.controlNumber,
            version: group.version, setResponses: responses, groupStatus: status,
            setsIncluded: group.transactionSets.count, setsReceived: responses.count, setsAccepted: accepted.count)
    }
}

// MARK: - Writing

extension ImplementationAcknowledgment {
    /// The 999 as a transaction set (ST03 `005010X231A1`).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when AK1 or an AK2 lacks an id or
    ///   control number, a segment error lacks its segment id, or there are more than five error codes.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        var body = [X12Segment("AK1", values: [functionalIdentifierCode, groupControlNumber, version])]
        for response in setResponses {
            body.append(X12Segment("AK2", values: [response.setID, response.controlNumber, response.implementationReference]))
            for error in response.segmentErrors {
                body.append(
                    X12Segment("IK3", values: [error.segmentID, String(error.position), error.loopID, error.errorCode]))
                for element in error.elementErrors {
                    let position = [element.position, element.componentPosition, element.repetitionPosition]
                        .map { $0.map(String.init) ?? "" }
                    body.append(
                        X12Segment(
                            "IK4",
                            [
                                X12Element(components: position), X12Element(element.dataElementReference ?? ""),
                                X12Element(element.errorCode), X12Element(element.badValue ?? ""),
                            ]))
                }
            }
            body.append(X12Segment("IK5", values: [response.status.rawValue] + response.errorCodes))
        }
        let counts = [setsIncluded, setsReceived, setsAccepted].map(String.init)
        body.append(X12Segment("AK9", values: [groupStatus.rawValue] + counts + groupErrorCodes))
        return X12TransactionSet(
            id: "999", controlNumber: controlNumber, implementationReference: Self.implementationGuide, body: body)
    }

    /// What keeps the acknowledgment from being a valid 999, or `nil`.
    private var problem: String? {
        if functionalIdentifierCode.isEmpty || groupControlNumber.isEmpty || version.isEmpty {
            return "AK1 needs the group's functional identifier, control number and version"
        }
        if groupErrorCodes.count > 5 { return "AK9 holds at most 5 group error codes; \(groupErrorCodes.count) are given" }
        for response in setResponses {
            if response.setID.isEmpty || response.controlNumber.isEmpty { return "an AK2 lacks the set's id or control number" }
            if response.errorCodes.count > 5 { return "an IK5 holds at most 5 error codes; \(response.errorCodes.count) are given" }
            if response.segmentErrors.contains(where: { $0.segmentID.isEmpty || $0.position < 1 }) {
                return "an IK3 lacks the segment id or a position of at least 1"
            }
            if let loop = response.segmentErrors.compactMap(\.loopID).first(where: { $0.utf8.count > 4 }) {
                return "IK303 \(X12Error.quote(loop)) is longer than 4 characters; give the loop's number, such as 2010"
            }
        }
        return nil
    }
}
