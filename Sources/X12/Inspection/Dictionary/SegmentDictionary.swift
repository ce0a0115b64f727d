/// The segments ``X12Inspection`` can label: each segment's name and its elements' names and meanings.
///
/// The entries are data, one file per family of transactions (`SegmentDictionary+Remittance.swift`…).
/// A segment id appears in one file only; a segment missing here is still shown, with positions only.
enum SegmentDictionary {
    static let definitions: [String: SegmentDefinition] = [envelope, common, remittance, claims, eligibility, acknowledgments]
        .reduce(into: [:]) { all, family in all.merge(family) { first, _ in first } }

    /// `CLP02`: the segment id and the position with at least two digits.
    static func reference(_ segmentID: String, _ position: Int) -> String {
        segmentID + (position < 10 ? "0" : "") + String(position)
    }
}
