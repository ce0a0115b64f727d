/// One X12 segment: an id such as `NM1` and its elements.
///
/// Element positions are 1-based, as in the implementation guides: `segment[3]` is `NM103`. A
/// position past the last element reads as the empty string, because X12 drops trailing empty
/// elements. `segment[n]` is the element's ``X12Element/value`` (its first component); read the parts
/// of a composite with `segment[n, c]` and repetitions with ``element(_:)``.
///
/// ```swift
/// let service = X12Segment("SV1", [X12Element(components: ["HC", "99213"]), "125", "UN", "1"])
/// service.id       // "SV1"
/// service[1, 2]    // "99213"
/// service[2]       // "125"
/// service[9]       // ""
/// ```
///
/// A segment read from input knows its ``ordinal`` (1-based position in the interchange, ISA is 1)
/// and ``byteOffset``, so errors about it can say where it is. Where a segment was read is not part of
/// its equality.
public struct X12Segment: Sendable, Hashable {
    /// The segment id: two or three uppercase letters and digits.
    public var id: String
    /// The elements in order; `elements[0]` is element 01.
    public var elements: [X12Element]
    /// The segment's 1-based position in the interchange it was read from (ISA is 1).
    public var ordinal: Int?
    /// The offset of the segment's first byte in the input it was read from.
    public var byteOffset: Int?

    public init(_ id: String, _ elements: [X12Element], ordinal: Int? = nil, byteOffset: Int? = nil) {
        self.id = id
        self.elements = elements
        self.ordinal = ordinal
        self.byteOffset = byteOffset
    }

    /// The element at a 1-based position, or an empty element when there is none.
    public func element(_ position: Int) -> X12Element {
        guard position >= 1, position <= elements.count else { return X12Element("") }
        return elements[position - 1]
    }

    /// The value (first component) of the element at a 1-based position, or `""`.
    public subscript(position: Int) -> String {
        element(position).value
    }

    /// The component at a 1-based position of the element at a 1-based position, or `""`.
    public subscript(position: Int, component: Int) -> String {
        element(position)[component]
    }

    /// The location of this segment, or of one of its elements, for an error.
    public func location(element: Int? = nil) -> X12Error.Location {
        X12Error.Location(self, element: element)
    }

    public static func == (lhs: X12Segment, rhs: X12Segment) -> Bool {
        lhs.id == rhs.id && lhs.elements == rhs.elements
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(elements)
    }
}
