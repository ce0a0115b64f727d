/// The HL tree of a 270 or 271: the BHT header, then levels 20 (information source), 21
/// (information receiver), 22 (subscriber) and 23 (dependent), each with the segments up to the next HL.
struct EligibilityHierarchy {
    /// One HL level and the segments that follow it.
    struct Level {
        var hl: X12Segment
        var code: LevelCode
        /// The segments after the HL, up to the next HL.
        var segments: [X12Segment]
        /// Indexes in ``EligibilityHierarchy/levels`` of the levels whose HL02 names this one.
        var children: [Int] = []
    }

    enum LevelCode: String {
        case source = "20"
        case receiver = "21"
        case subscriber = "22"
        case dependent = "23"

        var parent: LevelCode? {
            switch self {
            case .source: nil
            case .receiver: .source
            case .subscriber: .receiver
            case .dependent: .subscriber
            }
        }

        var name: String {
            switch self {
            case .source: "2000A information source (HL03 20)"
            case .receiver: "2000B information receiver (HL03 21)"
            case .subscriber: "2000C subscriber (HL03 22)"
            case .dependent: "2000D dependent (HL03 23)"
            }
        }
    }

    var bht: X12Segment
    var levels: [Level]
    /// Indexes of the top levels (information sources).
    var roots: [Int]

    /// Splits a transaction set body into HL levels and checks that they link up.
    init(_ set: X12TransactionSet, expecting id: String) throws(X12Error) {
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
        levels = []
        roots = []
        var indexByID: [String: Int] = [:]
        for segment in set.body.dropFirst() {
            guard segment.id == "HL" else {
                guard !levels.isEmpty else {
                    throw X12Error(
                        .unexpectedSegment, "\(segment.id) comes before the first HL; expected HL*1**20*1 after BHT",
                        at: segment.location())
                }
                levels[levels.count - 1].segments.append(segment)
                continue
            }
            let id = try segment.required(1, "a hierarchical id number")
            guard let code = LevelCode(rawValue: segment[3]) else {
                throw X12Error(
                    .invalidHierarchy, "HL03 is \(X12Error.quote(segment[3])); expected 20, 21, 22 or 23",
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
                        .invalidHierarchy, "HL02 is not empty; expected none, the information source is the top level",
                        at: segment.location(element: 2))
                }
                roots.append(index)
            }
            indexByID[id] = index
            levels.append(Level(hl: segment, code: code, segments: []))
        }
        guard !roots.isEmpty else {
            throw X12Error(
                .missingSegment, "the transaction set has no HL levels; expected a 2000A information source (HL*1**20*1)",
                at: bht.location())
        }
    }

    /// The one child of `level` of the given kind, or `nil` when there is none.
    func onlyChild(of level: Int, _ code: LevelCode) throws(X12Error) -> Int? {
        let children = levels[level].children.filter { levels[$0].code == code }
        if children.count > 1 {
            throw X12Error(
                .unexpectedSegment,
                "a second \(code.name) level stands under HL \(X12Error.quote(levels[level].hl[1])); "
                    + "expected one per transaction set",
                at: levels[children[1]].hl.location())
        }
        return children.first
    }

    /// The only information source; throws when the set has several.
    func onlySource() throws(X12Error) -> Int {
        guard roots.count == 1 else {
            throw X12Error(
                .unexpectedSegment,
                "a second 2000A information source (HL03 20) level starts; expected one per transaction set",
                at: levels[roots[1]].hl.location())
        }
        return roots[0]
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
        mutating func hl(_ code: LevelCode, parent: Int?, hasChildren: Bool) -> (segment: X12Segment, id: Int) {
            let id = next
            next += 1
            let segment = X12Segment(
                "HL", values: [String(id), parent.map(String.init), code.rawValue, hasChildren ? "1" : "0"])
            return (segment, id)
        }
    }
}

extension EligibilityHierarchy {
    /// BHT04 and BHT05 as read.
    func creation() throws(X12Error) -> (reference: String, date: X12Date, time: String) {
        guard bht[1] == "0022" else {
            throw X12Error(.invalidValue, "BHT01 is not 0022; expected 0022 (information source, receiver, subscriber, dependent)", at: bht.location(element: 1))
        }
        let reference = try bht.required(3, "the submitter's reference")
        guard let date = try bht.date(4, "the creation date") else {
            throw X12Error(.invalidValue, "BHT04 is empty; expected the creation date as CCYYMMDD", at: bht.location(element: 4))
        }
        return (reference, date, try bht.required(5, "the creation time as HHMM"))
    }
}
