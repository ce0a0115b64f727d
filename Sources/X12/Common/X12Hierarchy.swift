/// The kinds of HL level a transaction allows (HL03), and which kind each hangs under.
protocol X12HierarchyLevelCode: RawRepresentable, CaseIterable, Equatable where RawValue == String {
    /// The kind of level this one must hang under; `nil` for the top level.
    var parent: Self? { get }
    /// The loop and its meaning for messages: `2000B subscriber (HL03 22)`.
    var name: String { get }
}

/// The HL tree of a transaction set: the BHT, the segments before the first HL (the 1000 loops of
/// an 837), then each HL level with the segments up to the next HL, linked by HL02.
struct X12Hierarchy<Code: X12HierarchyLevelCode> {
    /// One HL level and the segments that follow it.
    struct Level {
        var hl: X12Segment
        var code: Code
        /// The segments after the HL, up to the next HL.
        var segments: [X12Segment]
        /// Indexes in ``X12Hierarchy/levels`` of the levels whose HL02 names this one.
        var children: [Int] = []
    }

    var bht: X12Segment
    /// The segments between BHT and the first HL.
    var header: [X12Segment]
    var levels: [Level]
    /// Indexes of the top levels.
    var roots: [Int]

    /// Splits a transaction set body into HL levels and checks that they link up.
    ///
    /// - Parameter allowingHeader: whether segments may stand between BHT and the first HL (the
    ///   837's 1000A and 1000B loops); when `false`, such a segment is an error.
    init(_ set: X12TransactionSet, expecting id: String, allowingHeader: Bool = false) throws(X12Error) {
        guard set.id == id else {
            throw X12Error(
                .unexpectedTransaction, "the transaction set is a \(X12Error.quote(set.id)); expected a \(id)",
                at: set.header.location(element: 1))
        }
        guard let bht = set.body.first, bht.id == "BHT" else {
            throw X12Error(
                .missingSegment, "the transaction set does not start with BHT; expected BHT right after ST",
                at: set.body.first?.location() ?? set.header.location())
        }
        self.bht = bht
        header = []
        levels = []
        roots = []
        var indexByID: [String: Int] = [:]
        for segment in set.body.dropFirst() {
            guard segment.id == "HL" else {
                if levels.isEmpty {
                    guard allowingHeader else {
                        throw X12Error(
                            .unexpectedSegment,
                            "\(segment.id) comes before the first HL; expected HL*1**\(Self.top?.rawValue ?? "")*1 after BHT",
                            at: segment.location())
                    }
                    header.append(segment)
                } else {
                    levels[levels.count - 1].segments.append(segment)
                }
                continue
            }
            let id = try segment.required(1, "a hierarchical id number")
            guard let code = Code(rawValue: segment[3]) else {
                throw X12Error(
                    .invalidHierarchy, "HL03 is \(X12Error.quote(segment[3])); expected \(Self.codeList)",
                    at: segment.location(element: 3))
            }
            guard indexByID[id] == nil else {
                throw X12Error(
                    .invalidHierarchy, "HL01 \(X12Error.quote(id)) repeats an earlier HL's id; expected unique ids",
                    at: segment.location(element: 1))
            }
            let index = levels.count
            if let parentCode = code.parent {
                let parentID = try segment.required(2, "the id of the parent \(parentCode.name) level")
                guard let parent = indexByID[parentID] else {
                    throw X12Error(
                        .invalidHierarchy,
                        "HL02 names parent \(X12Error.quote(parentID)), but no earlier HL has that id; "
                            + "expected the id of the \(parentCode.name) level above this \(code.name)",
                        at: segment.location(element: 2))
                }
                guard levels[parent].code == parentCode else {
                    throw X12Error(
                        .invalidHierarchy,
                        "HL02 names \(X12Error.quote(parentID)), a \(levels[parent].code.name) level; "
                            + "expected a \(parentCode.name) level above this \(code.name)",
                        at: segment.location(element: 2))
                }
                levels[parent].children.append(index)
            } else {
                guard segment.optional(2) == nil else {
                    throw X12Error(
                        .invalidHierarchy, "HL02 is not empty; expected none, the \(code.name) is the top level",
                        at: segment.location(element: 2))
                }
                roots.append(index)
            }
            indexByID[id] = index
            levels.append(Level(hl: segment, code: code, segments: []))
        }
        guard !roots.isEmpty else {
            throw X12Error(
                .missingSegment,
                "the transaction set has no HL levels; expected a \(Self.top?.name ?? "top") level (HL*1**\(Self.top?.rawValue ?? "")*1)",
                at: bht.location())
        }
    }

    /// The kind of level with no parent.
    private static var top: Code? {
        Code.allCases.first { $0.parent == nil }
    }

    /// `20, 21, 22 or 23`.
    private static var codeList: String {
        let codes = Code.allCases.map(\.rawValue)
        guard codes.count > 1 else { return codes.first ?? "" }
        return codes.dropLast().joined(separator: ", ") + " or " + (codes.last ?? "")
    }

    /// The children of `level` of the given kind, in order.
    func children(of level: Int, _ code: Code) -> [Int] {
        levels[level].children.filter { levels[$0].code == code }
    }

    /// The one child of `level` of the given kind, or `nil` when there is none.
    func onlyChild(of level: Int, _ code: Code) throws(X12Error) -> Int? {
        let children = children(of: level, code)
        if children.count > 1 {
            throw X12Error(
                .unexpectedSegment,
                "a second \(code.name) level stands under HL \(X12Error.quote(levels[level].hl[1])); "
                    + "expected one per transaction set",
                at: levels[children[1]].hl.location())
        }
        return children.first
    }

    /// The first segment with `id` at a level; throws when there is none.
    func required(_ id: String, in level: Int, _ meaning: String) throws(X12Error) -> X12Segment {
        guard let segment = levels[level].segments.first(where: { $0.id == id }) else {
            throw X12Error(
                .missingSegment,
                "the \(levels[level].code.name) level has no \(id); expected \(meaning)",
                at: levels[level].hl.location())
        }
        return segment
    }

    // MARK: - Writing

    /// HL segments numbered from 1, with the parent ids and child codes filled in.
    struct Numbering {
        private(set) var next = 1

        /// An HL for a level, and its id for the levels below it.
        mutating func hl(_ code: Code, parent: Int?, hasChildren: Bool) -> (segment: X12Segment, id: Int) {
            let id = next
            next += 1
            let segment = X12Segment(
                "HL", values: [String(id), parent.map(String.init), code.rawValue, hasChildren ? "1" : "0"])
            return (segment, id)
        }
    }
}
