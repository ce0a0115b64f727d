/// A loop of a transaction set: the segments that belong to it directly and the loops nested in it.
///
/// ``group(_:by:)`` builds the tree from a flat list of segments and a list of ``X12LoopSpec``s.
/// The rules are deliberately simple:
///
/// 1. A segment that starts a loop allowed in the innermost open loop opens it there. Otherwise the
///    enclosing loops are tried, innermost first; when one of them allows it, the loops inside that
///    one are closed and the new loop opens beside them. So a second `CLP` closes the first claim
///    (and its service lines) and starts the next.
/// 2. Any other segment belongs to the innermost open loop.
///
/// The root loop has the id `""` and holds the segments before the first loop. A segment that ends
/// a loop without starting another (835 `PLB` after the claims) belongs to the innermost loop unless
/// a spec names it; give it its own spec at the right level. HL hierarchies (parent ids in HL02)
/// are not resolved here.
///
/// ```swift
/// let root = X12Loop.group(set.body, by: remittance)
/// for claim in root.loops("2000").flatMap({ $0.loops("2100") }) {
///     print(claim.segments[0][1])  // CLP01
/// }
/// ```
public struct X12Loop: Sendable, Hashable {
    /// The spec id of the loop; `""` for the root.
    public var id: String
    /// The segments that belong to this loop directly; for a loop other than the root, the first is
    /// the segment that started it.
    public var segments: [X12Segment]
    /// The loops nested in this one, in order.
    public var loops: [X12Loop]

    public init(id: String, segments: [X12Segment] = [], loops: [X12Loop] = []) {
        self.id = id
        self.segments = segments
        self.loops = loops
    }

    /// The nested loops (one level down) with the given id.
    public func loops(_ id: String) -> [X12Loop] {
        loops.filter { $0.id == id }
    }

    /// The first segment of this loop (not of nested loops) with the given id.
    public func segment(_ id: String) -> X12Segment? {
        segments.first { $0.id == id }
    }

    /// Groups `segments` into loops; see the rules above.
    public static func group(_ segments: [X12Segment], by specs: [X12LoopSpec]) -> X12Loop {
        var stack: [(loop: X12Loop, children: [X12LoopSpec])] = [(X12Loop(id: ""), specs)]
        for segment in segments {
            var level = stack.count - 1
            var started: X12LoopSpec?
            while level >= 0, started == nil {
                started = stack[level].children.first { $0.isStarted(by: segment) }
                if started == nil { level -= 1 }
            }
            if let started {
                while stack.count > level + 1 { closeInnermost(&stack) }
                stack.append((X12Loop(id: started.id, segments: [segment]), started.children))
            } else {
                stack[stack.count - 1].loop.segments.append(segment)
            }
        }
        while stack.count > 1 { closeInnermost(&stack) }
        return stack[0].loop
    }

    private static func closeInnermost(_ stack: inout [(loop: X12Loop, children: [X12LoopSpec])]) {
        let closed = stack.removeLast()
        stack[stack.count - 1].loop.loops.append(closed.loop)
    }
}
