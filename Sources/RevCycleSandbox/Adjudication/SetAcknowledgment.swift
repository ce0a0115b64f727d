import X12

/// The 999 verdicts the sandbox clearinghouse gives: a set the 837P parser reads is accepted; one
/// it refuses is rejected, naming the segment and element the parser pointed at.
enum SetAcknowledgment {
    /// The response to `set`, and the batch when the set is a readable 837P.
    static func check(_ set: X12TransactionSet) -> (ImplementationAcknowledgment.SetResponse, ProfessionalClaimBatch?) {
        do {
            let batch = try ProfessionalClaimBatch(parsing: set)
            return (.init(acknowledging: set, status: .accepted), batch)
        } catch {
            return (rejection(of: set.header, error: error), nil)
        }
    }

    /// A rejection of the set whose ST is `header`, for `error` found in it.
    static func rejection(of header: X12Segment, error: X12Error) -> ImplementationAcknowledgment.SetResponse {
        var segmentErrors: [ImplementationAcknowledgment.SegmentError] = []
        var setCode = "5"  // one or more segments in error
        if error.location?.segmentID == "SE" {
            setCode = error.code == .controlNumberMismatch ? "3" : "4"  // control number / segment count
        } else if let ordinal = error.location?.segmentOrdinal, let start = header.ordinal, ordinal >= start,
            let segmentID = error.location?.segmentID
        {
            let segmentCode = switch error.code {
            case .missingSegment: "3"  // required segment missing
            case .unexpectedSegment, .unexpectedTransaction: "2"  // unexpected segment
            default: "8"  // segment has data element errors
            }
            let elements = error.location?.elementPosition.map { position in
                [ImplementationAcknowledgment.ElementError(
                    position: position, errorCode: error.message.contains("is empty") ? "1" : "7")]
            }
            segmentErrors = [.init(segmentID: segmentID, position: ordinal - start + 1, errorCode: segmentCode,
                                   elementErrors: segmentCode == "8" ? elements ?? [] : [])]
        }
        return ImplementationAcknowledgment.SetResponse(
            setID: header[1], controlNumber: header[2], implementationReference: header[3].isEmpty ? nil : header[3],
            segmentErrors: segmentErrors, status: .rejected, errorCodes: [setCode])
    }

    /// A 999 rejecting the first functional group of a file whose envelope does not parse, when its
    /// ISA and GS can be read: each set up to the error is listed, the one holding the error rejected
    /// with it. `nil` when there is no GS with GS01 `HC`.
    static func groupRejection(of text: String, error: X12Error) -> (interchange: X12Segment, group: X12Segment,
                                                                     acknowledgment: ImplementationAcknowledgment)?
    {
        guard var reader = try? X12Reader(text: text) else { return nil }
        var segments: [X12Segment] = []
        while let segment = try? reader.next() { segments.append(segment) }
        guard let isa = segments.first, isa.id == "ISA",
            let gsIndex = segments.firstIndex(where: { $0.id == "GS" }), segments[gsIndex][1] == ProfessionalClaimBatch.functionalIdentifier
        else { return nil }
        let gs = segments[gsIndex]
        let groupEnd = segments[gsIndex...].firstIndex { $0.id == "GE" }
        let headers = segments[gsIndex..<(groupEnd ?? segments.endIndex)].filter { $0.id == "ST" }
        let failing = headers.last { ($0.ordinal ?? 0) <= (error.location?.segmentOrdinal ?? Int.max) }
        let responses = headers.map { header in
            header == failing && error.location?.segmentID != "GE" && error.location?.segmentID != "IEA"
                ? rejection(of: header, error: error)
                : ImplementationAcknowledgment.SetResponse(
                    setID: header[1], controlNumber: header[2], implementationReference: header[3].isEmpty ? nil : header[3],
                    status: .rejected, errorCodes: ["5"])
        }
        let groupCodes: [String] = switch (error.location?.segmentID, error.code) {
        case ("GE", .countMismatch): ["5"]  // number of included sets does not match the count
        case ("GE", .controlNumberMismatch): ["4"]  // GS06 and GE02 differ
        case (_, _) where groupEnd == nil: ["3"]  // functional group trailer missing
        default: []
        }
        let acknowledgment = ImplementationAcknowledgment(
            functionalIdentifierCode: gs[1], groupControlNumber: gs[6], version: gs[8], setResponses: responses,
            groupStatus: .rejected, setsIncluded: groupEnd.flatMap { Int(segments[$0][1]) } ?? headers.count,
            setsReceived: headers.count, setsAccepted: 0, groupErrorCodes: groupCodes)
        return (isa, gs, acknowledgment)
    }
}
