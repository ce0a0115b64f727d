// 277CA Health Care Claim Acknowledgment (005010X214): source, receiver, billing provider (HL 19) and
// patient (HL PT) levels, each with a TRN loop holding its STC statuses.
extension InspectionGuide {
    static let claimAcknowledgment = InspectionGuide(
        setID: "277", guides: [ClaimAcknowledgment.implementationGuide], name: "Health Care Claim Acknowledgment",
        loops: [
            X12LoopSpec("2000A", startsWith: "HL", qualifiers: ["20"], qualifierPosition: 3, children: [
                X12LoopSpec("2100A", startsWith: "NM1", qualifiers: ["AY", "PR"]),
                X12LoopSpec("2200A", startsWith: "TRN"),
                X12LoopSpec("2000B", startsWith: "HL", qualifiers: ["21"], qualifierPosition: 3, children: [
                    X12LoopSpec("2100B", startsWith: "NM1", qualifiers: ["41"]),
                    X12LoopSpec("2200B", startsWith: "TRN"),
                    X12LoopSpec("2000C", startsWith: "HL", qualifiers: ["19"], qualifierPosition: 3, children: [
                        X12LoopSpec("2100C", startsWith: "NM1", qualifiers: ["85"]),
                        X12LoopSpec("2200C", startsWith: "TRN"),
                        X12LoopSpec("2000D", startsWith: "HL", qualifiers: ["PT"], qualifierPosition: 3, children: [
                            X12LoopSpec("2100D", startsWith: "NM1", qualifiers: ["QC"]),
                            X12LoopSpec("2200D", startsWith: "TRN", children: [X12LoopSpec("2220D", startsWith: "SVC")]),
                        ]),
                    ]),
                ]),
            ])
        ],
        names: [
            "2000A": "Information Source Level", "2100A": "Information Source Name",
            "2200A": "Transmission Receipt Control Identifier", "2000B": "Information Receiver Level",
            "2100B": "Information Receiver Name", "2200B": "Information Receiver Application Trace Identifier",
            "2000C": "Billing Provider of Service Level", "2100C": "Billing Provider Name",
            "2200C": "Provider of Service Information Trace Identifier", "2000D": "Patient Level", "2100D": "Patient Name",
            "2200D": "Claim Status Tracking Number", "2220D": "Service Line Information",
        ],
        codes: ["HL03": ["20": "information source", "21": "information receiver", "19": "billing provider", "PT": "patient"]])
}
