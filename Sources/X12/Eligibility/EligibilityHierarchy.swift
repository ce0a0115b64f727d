/// The HL tree of a 270 or 271: the BHT header, then levels 20 (information source), 21
/// (information receiver), 22 (subscriber) and 23 (dependent), each with the segments up to the next HL.
typealias EligibilityHierarchy = X12Hierarchy<EligibilityLevelCode>

/// HL03 of a 270 or 271.
enum EligibilityLevelCode: String, X12HierarchyLevelCode {
    case source = "20"
    case receiver = "21"
    case subscriber = "22"
    case dependent = "23"

    var parent: EligibilityLevelCode? {
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

extension EligibilityHierarchy {
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
