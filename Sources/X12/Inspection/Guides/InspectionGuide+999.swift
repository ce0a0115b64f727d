// 999 Implementation Acknowledgment (005010X231A1): one AK2 loop per set acknowledged, IK5 closing it,
// and AK9 closing the group's response.
extension InspectionGuide {
    static let implementationAcknowledgment = InspectionGuide(
        setID: "999", guides: [], name: "Implementation Acknowledgment",
        loops: [
            X12LoopSpec("2000", startsWith: "AK2", children: [
                X12LoopSpec("2100", startsWith: "IK3", children: [X12LoopSpec("2110", startsWith: "IK4")])
            ])
        ],
        names: [
            "2000": "AK2 Transaction Set Response Header", "2100": "IK3 Error Identification",
            "2110": "IK4 Implementation Data Element Note",
        ],
        closingSegments: ["2000": ["IK5"], "": ["AK9"]])
}
