// 270 Eligibility, Coverage or Benefit Inquiry (005010X279A1): source, receiver, subscriber, dependent.
extension InspectionGuide {
    static let eligibilityInquiry = InspectionGuide(
        setID: "270", guides: [], name: "Eligibility, Coverage or Benefit Inquiry",
        loops: eligibilityLevels(
            subscriber: [X12LoopSpec("2110C", startsWith: "EQ")], dependent: [X12LoopSpec("2110D", startsWith: "EQ")]),
        names: eligibilityLevelNames.merging([
            "2110C": "Subscriber Eligibility or Benefit Inquiry", "2110D": "Dependent Eligibility or Benefit Inquiry",
        ]) { _, new in new })

    /// The HL levels the 270 and 271 share; the loops below each person's name differ.
    static func eligibilityLevels(subscriber: [X12LoopSpec], dependent: [X12LoopSpec]) -> [X12LoopSpec] {
        [
            X12LoopSpec("2000A", startsWith: "HL", qualifiers: ["20"], qualifierPosition: 3, children: [
                X12LoopSpec("2100A", startsWith: "NM1", qualifiers: ["2B", "36", "GP", "P5", "PR"]),
                X12LoopSpec("2000B", startsWith: "HL", qualifiers: ["21"], qualifierPosition: 3, children: [
                    X12LoopSpec("2100B", startsWith: "NM1", qualifiers: ["1P", "2B", "36", "80", "FA", "GP", "P5", "PR"]),
                    X12LoopSpec("2000C", startsWith: "HL", qualifiers: ["22"], qualifierPosition: 3, children: [
                        X12LoopSpec("2100C", startsWith: "NM1", qualifiers: ["IL"], children: subscriber),
                        X12LoopSpec("2000D", startsWith: "HL", qualifiers: ["23"], qualifierPosition: 3, children: [
                            X12LoopSpec("2100D", startsWith: "NM1", qualifiers: ["03"], children: dependent)
                        ]),
                    ]),
                ]),
            ])
        ]
    }

    static let eligibilityLevelNames = [
        "2000A": "Information Source Level", "2100A": "Information Source Name", "2000B": "Information Receiver Level",
        "2100B": "Information Receiver Name", "2000C": "Subscriber Level", "2100C": "Subscriber Name",
        "2000D": "Dependent Level", "2100D": "Dependent Name",
    ]
}
