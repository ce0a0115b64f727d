// Segments of the 837P (professional claim).
extension SegmentDictionary {
    static let claims: [String: SegmentDefinition] = [
        "SBR": SegmentDefinition("Subscriber Information", [
            1: .codes("Payer responsibility", .payerSequence), 2: .codes("Relationship", .relationship),
            3: "Group or policy number", 4: "Group name", 5: .codes("Insurance type", .insuranceType),
            9: .codes("Filing indicator", .claimFilingIndicator),
        ]),
        "PAT": SegmentDefinition("Patient Information", [
            1: .codes("Relationship", .relationship), 5: .codes("Format", .dateFormat), 6: .date("Date of death"),
            7: "Unit of measure", 8: "Weight", 9: .codes("Pregnant", .yesNo),
        ]),
        "CLM": SegmentDefinition("Claim Information", [
            1: "Patient control number", 2: .amount("Total charge"),
            5: .composite("Facility", [
                .codes("Place of service", .placeOfService), .codes("Qualifier", .facilityQualifier),
                .codes("Frequency", .claimFrequency),
            ]),
            6: .codes("Provider signature on file", .yesNo), 7: .codes("Assignment", .assignment),
            8: .codes("Benefits assigned", .benefitsAssignment), 9: .codes("Release of information", .releaseOfInformation),
            10: "Patient signature source",
            11: .composite("Related causes", [
                .codes("Cause", .relatedCause), .codes("Cause", .relatedCause), .codes("Cause", .relatedCause), "State",
                "Country",
            ]),
            12: .codes("Special program", .specialProgram), 20: .codes("Delay reason", .delayReason),
        ]),
        "HI": SegmentDefinition("Health Care Diagnosis Code", diagnoses()),
        "PWK": SegmentDefinition("Claim Supplemental Information", [
            1: .codes("Report type", .attachmentReport), 2: .codes("Transmission", .attachmentTransmission),
            5: "Id qualifier", 6: "Attachment control number",
        ]),
        "CN1": SegmentDefinition("Contract Information", [1: "Contract type", 2: .amount("Contract amount"), 3: .percent("Percent")]),
        "K3": SegmentDefinition("File Information", [1: "Fixed format information"]),
        "CR1": SegmentDefinition("Ambulance Transport Information", [1: "Unit of measure", 2: "Patient weight", 4: "Transport reason"]),
        "CRC": SegmentDefinition("Condition Indicator", [1: "Category", 2: .codes("Condition applies", .yesNo), 3: "Condition"]),
        "OI": SegmentDefinition("Other Insurance Coverage Information", [
            3: .codes("Benefits assigned", .benefitsAssignment), 4: "Patient signature source",
            6: .codes("Release of information", .releaseOfInformation),
        ]),
        "SV1": SegmentDefinition("Professional Service", [
            1: .composite("Procedure", procedureComponents), 2: .amount("Charge"), 3: .codes("Unit basis", .unitBasis),
            4: "Units", 5: .codes("Place of service", .placeOfService),
            7: .composite("Diagnosis pointers", ["Pointer", "Pointer", "Pointer", "Pointer"]),
            9: .codes("Emergency", .yesNo), 11: .codes("EPSDT", .yesNo), 12: .codes("Family planning", .yesNo),
        ]),
        "SVD": SegmentDefinition("Line Adjudication Information", [
            1: "Other payer id", 2: .amount("Paid amount"), 3: .composite("Procedure", procedureComponents),
            5: "Units paid", 6: "Bundled line number",
        ]),
        "LIN": SegmentDefinition("Drug Identification", [2: .codes("Qualifier", .productQualifier), 3: "National drug code"]),
        "CTP": SegmentDefinition("Drug Quantity", [4: "Quantity", 5: .composite("Unit", ["Unit"])]),
        "PS1": SegmentDefinition("Purchased Service Information", [1: "Provider id", 2: .amount("Charge")]),
        "HCP": SegmentDefinition("Repricing Information", [1: "Pricing method", 2: .amount("Allowed amount"), 3: .amount("Savings")]),
    ]

    /// HI01–HI12: each a qualifier and a code.
    private static func diagnoses() -> [Int: ElementDefinition] {
        Dictionary(uniqueKeysWithValues: (1...12).map { position in
            (position, ElementDefinition.composite("Diagnosis", [.codes("Qualifier", .diagnosisQualifier), "Code"]))
        })
    }
}
