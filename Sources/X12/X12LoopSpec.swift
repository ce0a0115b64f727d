/// Describes one loop for ``X12Loop/group(_:by:)``: the segment that starts it and the loops nested in it.
///
/// A loop starts at a segment with ``startSegmentID`` — and, when ``qualifiers`` is not empty, whose
/// element at ``qualifierPosition`` is one of them (`N1*PR` opens 835 loop 1000A, `N1*PE` loop
/// 1000B). Its ``children`` are the loops that may open inside it.
///
/// ```swift
/// let remittance: [X12LoopSpec] = [
///     X12LoopSpec("1000A", startsWith: "N1", qualifiers: ["PR"]),
///     X12LoopSpec("1000B", startsWith: "N1", qualifiers: ["PE"]),
///     X12LoopSpec("2000", startsWith: "LX", children: [
///         X12LoopSpec("2100", startsWith: "CLP", children: [X12LoopSpec("2110", startsWith: "SVC")]),
///     ]),
///     X12LoopSpec("summary", startsWith: "PLB"),
/// ]
/// ```
public struct X12LoopSpec: Sendable, Hashable {
    /// The loop's name in the guide (`2100`), or any name you choose.
    public var id: String
    /// The id of the segment that starts the loop.
    public var startSegmentID: String
    /// The values that the start segment's qualifier must hold; empty for any.
    public var qualifiers: Set<String>
    /// The 1-based position of the qualifier element (`1` for `N101`).
    public var qualifierPosition: Int
    /// The loops that may open inside this one.
    public var children: [X12LoopSpec]

    public init(
        _ id: String, startsWith startSegmentID: String, qualifiers: Set<String> = [], qualifierPosition: Int = 1,
        children: [X12LoopSpec] = []
    ) {
        self.id = id
        self.startSegmentID = startSegmentID
        self.qualifiers = qualifiers
        self.qualifierPosition = qualifierPosition
        self.children = children
    }

    /// Whether `segment` starts this loop.
    public func isStarted(by segment: X12Segment) -> Bool {
        segment.id == startSegmentID && (qualifiers.isEmpty || qualifiers.contains(segment[qualifierPosition]))
    }
}
