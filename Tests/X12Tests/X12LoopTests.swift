import Testing
import X12

struct X12LoopTests {
    static let remittance: [X12LoopSpec] = [
        X12LoopSpec("1000A", startsWith: "N1", qualifiers: ["PR"]),
        X12LoopSpec("1000B", startsWith: "N1", qualifiers: ["PE"]),
        X12LoopSpec("2000", startsWith: "LX", children: [
            X12LoopSpec("2100", startsWith: "CLP", children: [X12LoopSpec("2110", startsWith: "SVC")]),
        ]),
        X12LoopSpec("summary", startsWith: "PLB"),
    ]

    static func segments(_ ids: String) -> [X12Segment] {
        ids.split(separator: " ").map { token in
            let parts = token.split(separator: "*").map(String.init)
            return X12Segment(parts[0], parts.dropFirst().map { X12Element($0) })
        }
    }

    @Test func segmentsAreGroupedIntoNestedLoops() {
        let body = Self.segments(
            "BPR TRN N1*PR PER N1*PE REF LX*1 CLP*A CAS SVC*1 CAS SVC*2 CLP*B SVC*3 LX*2 CLP*C PLB")
        let root = X12Loop.group(body, by: Self.remittance)
        #expect(root.id == "" && root.segments.map(\.id) == ["BPR", "TRN"])
        #expect(root.loops.map(\.id) == ["1000A", "1000B", "2000", "2000", "summary"])
        #expect(root.loops[0].segments.map(\.id) == ["N1", "PER"])
        #expect(root.loops[1].segments.map(\.id) == ["N1", "REF"])
        let firstClaims = root.loops("2000")[0].loops("2100")
        #expect(firstClaims.map { $0.segments[0][1] } == ["A", "B"])
        #expect(firstClaims[0].segments.map(\.id) == ["CLP", "CAS"])
        #expect(firstClaims[0].loops("2110").map { $0.segments.map(\.id) } == [["SVC", "CAS"], ["SVC"]])
        #expect(firstClaims[1].loops("2110").count == 1)
        #expect(root.loops("2000")[1].loops("2100").map { $0.segment("CLP")?[1] } == ["C"])
        #expect(root.loops("summary").first?.segments.map(\.id) == ["PLB"], "PLB closes the claims")
    }

    @Test("A qualifier that matches no spec leaves the segment in the open loop")
    func unmatchedQualifiersStayInTheOpenLoop() {
        let root = X12Loop.group(Self.segments("N1*PR N1*XX N1*PE"), by: Self.remittance)
        #expect(root.loops.map(\.id) == ["1000A", "1000B"])
        #expect(root.loops[0].segments.map { $0[1] } == ["PR", "XX"])
    }

    @Test func noSpecsKeepEverySegmentInTheRoot() throws {
        let set = try X12Interchange(parsing: Samples.standard).functionalGroups[0].transactionSets[0]
        let root = set.loops([])
        #expect(root.segments == set.body && root.loops.isEmpty)
    }
}
