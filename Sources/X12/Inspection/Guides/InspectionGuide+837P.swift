// 837 Health Care Claim: Professional (005010X222A1): the loops the typed reader (ClaimLevelCode) uses
// inside each HL level, nested by HL03. The claim loop 2300 stands under the subscriber (2000B) when the
// subscriber is the patient, and under the patient (2000C) otherwise. The reader keeps one 2420 loop
// for every line-level provider; NM101 tells which (82 rendering, DK ordering…).
extension InspectionGuide {
    static let professionalClaim = InspectionGuide(
        setID: "837", guides: ["005010X222"], name: "Health Care Claim: Professional",
        loops: [
            X12LoopSpec("1000A", startsWith: "NM1", qualifiers: ["41"]),
            X12LoopSpec("1000B", startsWith: "NM1", qualifiers: ["40"]),
            level("2000A", .billingProvider, [level("2000B", .subscriber, [level("2000C", .patient, [])])]),
        ],
        names: [
            "1000A": "Submitter Name", "1000B": "Receiver Name", "2000A": "Billing Provider Hierarchical Level",
            "2010AA": "Billing Provider Name", "2010AB": "Pay-to Address Name", "2010AC": "Pay-to Plan Name",
            "2000B": "Subscriber Hierarchical Level", "2010BA": "Subscriber Name", "2010BB": "Payer Name",
            "2000C": "Patient Hierarchical Level", "2010CA": "Patient Name", "2300": "Claim Information",
            "2310A": "Referring Provider Name", "2310B": "Rendering Provider Name", "2310C": "Service Facility Location Name",
            "2310D": "Supervising Provider Name", "2310E": "Ambulance Pick-up Location", "2310F": "Ambulance Drop-off Location",
            "2320": "Other Subscriber Information", "2330A": "Other Subscriber Name", "2330B": "Other Payer Name",
            "2330C": "Other Payer Referring Provider", "2330D": "Other Payer Rendering Provider",
            "2330E": "Other Payer Service Facility Location", "2330F": "Other Payer Supervising Provider",
            "2330G": "Other Payer Billing Provider", "2400": "Service Line Number", "2410": "Drug Identification",
            "2420": "Line Provider or Location Name (2420A-2420H)", "2430": "Line Adjudication Information",
            "2440": "Form Identification Code",
        ],
        codes: ["HL03": ["20": "billing provider", "22": "subscriber", "23": "patient"]])

    /// An HL level of the 837P and the loops that may open in it: the typed reader's, then `levels`.
    private static func level(_ id: String, _ code: ClaimLevelCode, _ levels: [X12LoopSpec]) -> X12LoopSpec {
        X12LoopSpec(id, startsWith: "HL", qualifiers: [code.rawValue], qualifierPosition: 3, children: code.loops + levels)
    }
}
