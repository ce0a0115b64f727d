extension ImplementationAcknowledgment {
    /// Reads every 999 of an interchange, one acknowledgment per transaction set.
    ///
    /// - Throws: ``X12Error`` naming the segment when a group is not GS01 `FA`, a set is not a 999, or
    ///   a set lacks what ``init(parsing:)`` requires.
    public static func acknowledgments(in interchange: X12Interchange) throws(X12Error) -> [ImplementationAcknowledgment] {
        try X12Envelope.read(interchange, functionalIdentifier: functionalIdentifier, setID: "999") {
            (set) throws(X12Error) in try ImplementationAcknowledgment(parsing: set)
        }
    }

    /// Reads one 999 transaction set: AK1, then for each set AK2 (IK3 (IK4)*)* IK5, then AK9. CTX
    /// segments are skipped.
    ///
    /// - Throws: ``X12Error`` with the segment's ordinal and id and what was expected.
    public init(parsing set: X12TransactionSet) throws(X12Error) {
        guard set.id == "999" else {
            throw X12Error(
                .unexpectedTransaction, "the transaction set is a \(X12Error.quote(set.id)); expected a 999",
                at: set.header.location(element: 1))
        }
        guard let ak1 = set.body.first, ak1.id == "AK1" else {
            throw X12Error(
                .missingSegment, "the transaction set does not start with AK1; expected AK1 right after ST",
                at: set.body.first?.location() ?? set.header.location())
        }
        var responses: [SetResponse] = []
        var open: SetResponse?
        var ak9: X12Segment?
        for segment in set.body.dropFirst() {
            if let ak9 {
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) follows AK9 (segment \(ak9.ordinal ?? 0)); expected SE",
                    at: segment.location())
            }
            switch segment.id {
            case "AK2":
                if open != nil { throw Self.missingIK5(before: segment) }
                open = SetResponse(
                    setID: try segment.required(1, "the set's id, such as 837"),
                    controlNumber: try segment.required(2, "the set's control number"),
                    implementationReference: segment.optional(3), status: .accepted)
            case "IK3":
                guard open != nil else { throw Self.outsideAK2(segment) }
                open?.segmentErrors.append(
                    SegmentError(
                        segmentID: try segment.required(1, "the id of the segment in error"),
                        position: try segment.requiredCount(2, "the segment's position in the set"),
                        loopID: segment.optional(3), errorCode: segment.optional(4)))
            case "IK4":
                guard let index = open?.segmentErrors.indices.last else {
                    throw X12Error(
                        .unexpectedSegment, "IK4 stands outside an IK3; expected it after the IK3 of its segment",
                        at: segment.location())
                }
                open?.segmentErrors[index].elementErrors.append(try ElementError(reading: segment))
            case "CTX":
                continue
            case "IK5":
                guard var response = open else { throw Self.outsideAK2(segment) }
                response.status = try segment.code(1, Status.self, expected: "A, E, M, R, W or X")
                response.errorCodes = (2...6).compactMap { segment.optional($0) }
                responses.append(response)
                open = nil
            case "AK9":
                if open != nil { throw Self.missingIK5(before: segment) }
                ak9 = segment
            default:
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) does not belong in a 999; expected AK2, IK3, IK4, IK5 or AK9",
                    at: segment.location())
            }
        }
        guard let ak9 else {
            throw X12Error(
                .missingSegment, "the 999 has no AK9; expected AK9 with the group's verdict before SE",
                at: set.body.last?.location() ?? ak1.location())
        }
        self.init(
            functionalIdentifierCode: try ak1.required(1, "the acknowledged group's functional identifier"),
            groupControlNumber: try ak1.required(2, "the acknowledged group's control number"),
            version: try ak1.required(3, "the acknowledged group's version"), setResponses: responses,
            groupStatus: try ak9.code(1, Status.self, expected: "A, E, M, P, R, W or X"),
            setsIncluded: try ak9.requiredCount(2, "the number of sets included"),
            setsReceived: try ak9.requiredCount(3, "the number of sets received"),
            setsAccepted: try ak9.requiredCount(4, "the number of sets accepted"),
            groupErrorCodes: (5...9).compactMap { ak9.optional($0) })
    }

    private static func missingIK5(before segment: X12Segment) -> X12Error {
        X12Error(
            .missingSegment, "\(segment.id) starts before the previous set response ends; expected IK5 first",
            at: segment.location())
    }

    private static func outsideAK2(_ segment: X12Segment) -> X12Error {
        X12Error(.unexpectedSegment, "\(segment.id) stands outside a set response; expected AK2 first", at: segment.location())
    }
}

extension ImplementationAcknowledgment.ElementError {
    init(reading ik4: X12Segment) throws(X12Error) {
        let position = ik4.element(1)
        func number(_ component: Int) -> Int? { Int(position[component]) }
        guard let element = number(1), element >= 1 else {
            throw X12Error(
                .invalidValue, "IK401 is not an element position; expected the bad element's position, such as 9",
                at: ik4.location(element: 1))
        }
        self.init(
            position: element, componentPosition: number(2), repetitionPosition: number(3),
            dataElementReference: ik4.optional(2), errorCode: try ik4.required(3, "an element error code such as 7"),
            badValue: ik4.optional(4))
    }
}
