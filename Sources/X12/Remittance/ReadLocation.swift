/// Where a typed value was read: the location of the segment it came from, or `nil` for a value built
/// in code.
///
/// It takes no part in equality or hashing, as ``X12Segment/ordinal`` does not, so a value read back
/// from text equals the value that was written. Reports such as ``RemittanceBalanceProblem`` use it to
/// say which segment is wrong.
///
/// ```swift
/// let claim = try RemittanceAdvice.advices(in: interchange)[0].claims[0]
/// claim.readFrom.location?.description   // "segment 22 (CLP)"
/// ```
public struct ReadLocation: Sendable, Hashable, CustomStringConvertible {
    /// The segment's ordinal, id and byte offset; `nil` when the value was not read from text.
    public var location: X12Error.Location?

    public init(_ location: X12Error.Location? = nil) {
        self.location = location
    }

    /// The location of `segment`.
    init(_ segment: X12Segment) {
        self.init(segment.location())
    }

    /// Always `true`: where a value came from is not part of what it is.
    public static func == (lhs: ReadLocation, rhs: ReadLocation) -> Bool { true }

    public func hash(into hasher: inout Hasher) {}

    /// `segment 22 (CLP)`, or `built in code`.
    public var description: String { location?.description ?? "built in code" }
}
