// 271 Eligibility, Coverage or Benefit Information (005010X279A1). A benefit's related entity (2120C/D)
// is bracketed by LS and LE, so its NM1 (often PR or IL) stays inside it.
extension InspectionGuide {
    static let eligibilityResponse = InspectionGuide(
        setID: "271", guides: [], name: "Eligibility, Coverage or Benefit Information",
        loops: eligibilityLevels(
            subscriber: [
                X12LoopSpec("2110C", startsWith: "EB", children: [
                    X12LoopSpec("2115C", startsWith: "III"), X12LoopSpec("2120C", startsWith: "LS"),
                ])
            ],
            dependent: [
                X12LoopSpec("2110D", startsWith: "EB", children: [
                    X12LoopSpec("2115D", startsWith: "III"), X12LoopSpec("2120D", startsWith: "LS"),
                ])
            ]),
        names: eligibilityLevelNames.merging([
            "2110C": "Subscriber Eligibility or Benefit Information",
            "2115C": "Subscriber Eligibility or Benefit Additional Information",
            "2120C": "Subscriber Benefit Related Entity Name", "2110D": "Dependent Eligibility or Benefit Information",
            "2115D": "Dependent Eligibility or Benefit Additional Information",
            "2120D": "Dependent Benefit Related Entity Name",
        ]) { _, new in new },
        endSegments: ["2120C": "LE", "2120D": "LE"])
}
