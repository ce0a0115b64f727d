/// A trace number (TRN) that ties a 271 to the 270 it answers.
///
/// The inquirer sends `TRN*1*<reference>*<originator>`; the payer echoes it as `TRN*2` (referenced
/// transaction) and may add its own `TRN*1`. TRN03 identifies who assigned the number: ten
/// characters, `1` followed by the originator's nine-digit tax id (EIN) being the usual form.
///
/// ```swift
/// let trace = EligibilityTrace(reference: "93175-012547", originatorID: "1234567890")
/// trace.echoed.type   // .referenced
/// ```
public struct EligibilityTrace: Sendable, Hashable {
    /// TRN01: who the number belongs to.
    public enum TraceType: String, Sendable, Hashable {
        /// `1`: assigned by the sender of this transaction.
        case current = "1"
        /// `2`: echoed from the transaction being answered.
        case referenced = "2"
    }

    /// TRN01.
    public var type: TraceType
    /// TRN02, the trace number itself.
    public var reference: String
    /// TRN03, the originating company's id (10 characters, such as `1` + EIN).
    public var originatorID: String
    /// TRN04, the originator's division or department, when sent.
    public var supplementalID: String?

    public init(type: TraceType = .current, reference: String, originatorID: String, supplementalID: String? = nil) {
        self.type = type
        self.reference = reference
        self.originatorID = originatorID
        self.supplementalID = supplementalID
    }

    /// The same number as a payer echoes it (`TRN*2`).
    public var echoed: EligibilityTrace {
        var trace = self
        trace.type = .referenced
        return trace
    }

    var segment: X12Segment {
        X12Segment("TRN", values: [type.rawValue, reference, originatorID, supplementalID])
    }

    init(reading trn: X12Segment) throws(X12Error) {
        guard let type = TraceType(rawValue: trn[1]) else {
            throw X12Error(
                .invalidValue, "TRN01 is not 1 or 2; expected 1 (current) or 2 (referenced transaction)",
                at: trn.location(element: 1))
        }
        try self.init(
            type: type, reference: trn.required(2, "the trace number"),
            originatorID: trn.required(3, "the originating company's id"), supplementalID: trn.optional(4))
    }

    /// Checks the fields a trading partner will check; returns a problem or `nil`.
    var problem: String? {
        if reference.isEmpty { return "the trace number (TRN02) is empty" }
        if originatorID.utf8.count != 10 {
            return "the trace originator id (TRN03) is \(originatorID.utf8.count) characters; expected 10, such as 1 + a 9-digit EIN"
        }
        return nil
    }
}
