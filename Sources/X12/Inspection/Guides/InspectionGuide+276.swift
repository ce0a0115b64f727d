// 276 Health Care Claim Status Request (005010X212): source, receiver, provider, subscriber, dependent.
extension InspectionGuide {
    static let claimStatusRequest = InspectionGuide(
        setID: "276", guides: [], name: "Health Care Claim Status Request",
        loops: claimStatusLevels(serviceLine: "2210"), names: claimStatusNames(serviceLine: "2210"))

    /// The HL levels the 276 and 277 share; their service line loops are numbered 2210 and 2220.
    static func claimStatusLevels(serviceLine: String) -> [X12LoopSpec] {
        func claim(_ level: String) -> X12LoopSpec {
            X12LoopSpec("2200\(level)", startsWith: "TRN", children: [X12LoopSpec(serviceLine + level, startsWith: "SVC")])
        }
        return [
            X12LoopSpec("2000A", startsWith: "HL", qualifiers: ["20"], qualifierPosition: 3, children: [
                X12LoopSpec("2100A", startsWith: "NM1", qualifiers: ["PR"]),
                X12LoopSpec("2000B", startsWith: "HL", qualifiers: ["21"], qualifierPosition: 3, children: [
                    X12LoopSpec("2100B", startsWith: "NM1", qualifiers: ["41"]),
                    X12LoopSpec("2000C", startsWith: "HL", qualifiers: ["19"], qualifierPosition: 3, children: [
                        X12LoopSpec("2100C", startsWith: "NM1", qualifiers: ["1P"]),
                        X12LoopSpec("2000D", startsWith: "HL", qualifiers: ["22"], qualifierPosition: 3, children: [
                            X12LoopSpec("2100D", startsWith: "NM1", qualifiers: ["IL"]), claim("D"),
                            X12LoopSpec("2000E", startsWith: "HL", qualifiers: ["23"], qualifierPosition: 3, children: [
                                X12LoopSpec("2100E", startsWith: "NM1", qualifiers: ["QC"]), claim("E"),
                            ]),
                        ]),
                    ]),
                ]),
            ])
        ]
    }

    static func claimStatusNames(serviceLine: String) -> [String: String] {
        [
            "2000A": "Information Source Level", "2100A": "Payer Name", "2000B": "Information Receiver Level",
            "2100B": "Information Receiver Name", "2000C": "Service Provider Level", "2100C": "Provider Name",
            "2000D": "Subscriber Level", "2100D": "Subscriber Name", "2200D": "Claim Status Tracking Number",
            serviceLine + "D": "Service Line Information", "2000E": "Dependent Level", "2100E": "Dependent Name",
            "2200E": "Claim Status Tracking Number", serviceLine + "E": "Service Line Information",
        ]
    }
}
