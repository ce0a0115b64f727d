/// One implementation guide's loop map for ``X12Inspection``: which segment starts each loop, what the
/// guide calls it, and the few rules that ``X12Loop/group(_:by:)`` alone does not cover.
///
/// Each guide is data in its own file under `Guides/` (`InspectionGuide+835.swift`). The loops are
/// ``X12LoopSpec``s, so HL levels are told apart by HL03 (`qualifierPosition: 3`): a 271's `HL*3*2*22`
/// opens 2000C, its `HL*4*3*23` opens 2000D inside it.
///
/// ```swift
/// static let remittance = InspectionGuide(
///     setID: "835", guides: ["005010X221"], name: "Health Care Claim Payment/Advice",
///     loops: RemittanceAdvice.loopSpecs, names: ["1000A": "Payer Identification", …])
/// ```
struct InspectionGuide: Sendable {
    /// ST01.
    var setID: String
    /// Prefixes of ST03 (or GS08) this map is for; empty for any guide of ``setID``.
    var guides: [String]
    /// The guide's title.
    var name: String
    /// The loops, nested as the guide nests them.
    var loops: [X12LoopSpec]
    /// Each loop id's name in the guide.
    var names: [String: String]
    /// Loops closed by a segment of their own (271 2120C: LS … LE). While one is open, only loops
    /// nested in it may open, so its NM1 cannot be taken for one of an outer loop.
    var endSegments: [String: String] = [:]
    /// Segments that close the loops nested in a loop and then belong to it (`""` is the set itself):
    /// a 999's IK5 ends loop 2000 after its IK3 loops, and AK9 ends the set.
    var closingSegments: [String: Set<String>] = [:]
    /// Code lists that differ in this guide, by element reference: the 837P calls HL03 `20` the billing provider.
    var codes: [String: CodeList] = [:]

    /// The guides ``X12Inspection`` knows, most specific first.
    static let known: [InspectionGuide] = [
        remittance, professionalClaim, eligibilityInquiry, eligibilityResponse, claimAcknowledgment, claimStatusRequest,
        claimStatusResponse, implementationAcknowledgment,
    ]

    /// A map with no loops: every segment stands in the set.
    static let unknown = InspectionGuide(setID: "", guides: [], name: "", loops: [], names: [:])

    /// The map for a set, by ST01 and the guide in ST03 (or GS08).
    static func matching(setID: String, guide: String) -> InspectionGuide? {
        known.first { map in
            map.setID == setID && (map.guides.isEmpty || map.guides.contains { guide.hasPrefix($0) })
        }
    }
}

// MARK: - Grouping

extension InspectionGuide {
    /// An open loop while grouping.
    private struct Frame {
        var id: String
        var content: [X12Inspection.Node]
        var children: [X12LoopSpec]

        mutating func close(into parent: inout Frame, names: [String: String]) {
            parent.content.append(.loop(X12Inspection.Loop(id: id, name: names[id] ?? "", content: content)))
        }
    }

    /// Groups a set's body into loops, in file order.
    ///
    /// The rules of ``X12Loop/group(_:by:)``, plus two: a segment in ``closingSegments`` closes the
    /// loops inside the loop that names it and joins that loop; while a loop of ``endSegments`` is
    /// open, nothing outside it opens, and its end segment closes it.
    func group(_ body: [X12Segment], labeller: SegmentLabeller) -> [X12Inspection.Node] {
        var stack = [Frame(id: "", content: [], children: loops)]
        func closeInnermost() {
            var closed = stack.removeLast()
            closed.close(into: &stack[stack.count - 1], names: names)
        }
        for segment in body {
            let node = X12Inspection.Node.segment(labeller.segment(segment))
            let reachable = reachableLevels(stack.map(\.id))
            if let level = reachable.first(where: { closingSegments[stack[$0].id]?.contains(segment.id) == true }) {
                while stack.count > level + 1 { closeInnermost() }
                stack[level].content.append(node)
            } else if let (level, spec) = reachable.lazy.compactMap({ level in
                stack[level].children.first { $0.isStarted(by: segment) }.map { (level, $0) }
            }).first {
                while stack.count > level + 1 { closeInnermost() }
                stack.append(Frame(id: spec.id, content: [node], children: spec.children))
            } else {
                stack[stack.count - 1].content.append(node)
                if stack.count > 1, endSegments[stack[stack.count - 1].id] == segment.id { closeInnermost() }
            }
        }
        while stack.count > 1 { closeInnermost() }
        return stack[0].content
    }

    /// The levels of the open loops a segment may act on, innermost first, stopping at a bounded loop.
    private func reachableLevels(_ ids: [String]) -> [Int] {
        var levels: [Int] = []
        for level in ids.indices.reversed() {
            levels.append(level)
            if endSegments[ids[level]] != nil { break }
        }
        return levels
    }
}
