// Segments of the 270/271 (eligibility inquiry and response).
extension SegmentDictionary {
    static let eligibility: [String: SegmentDefinition] = [
        "EQ": SegmentDefinition("Eligibility or Benefit Inquiry", [
            1: .codes("Service type", .serviceType), 2: .composite("Procedure", procedureComponents),
            3: .codes("Coverage level", .coverageLevel),
        ]),
        "EB": SegmentDefinition("Eligibility or Benefit Information", [
            1: .codes("Eligibility", .eligibility), 2: .codes("Coverage level", .coverageLevel),
            3: .codes("Service type", .serviceType), 4: .codes("Insurance type", .insuranceType), 5: "Plan description",
            6: .codes("Time period", .timePeriod), 7: .amount("Amount"), 8: .percent("Percent"),
            9: .codes("Quantity type", .quantityBasis), 10: "Quantity", 11: .codes("Authorization required", .yesNo),
            12: .codes("Network", .network), 13: .composite("Procedure", procedureComponents),
        ]),
        "HSD": SegmentDefinition("Health Care Services Delivery", [
            1: .codes("Quantity type", .quantityBasis), 2: "Quantity", 3: .codes("Unit", .quantityBasis), 4: "Sample size",
            5: .codes("Time period", .timePeriod), 6: "Periods",
        ]),
        "AAA": SegmentDefinition("Request Validation", [
            1: .codes("Valid request", .validRequest), 3: .codes("Reject reason", .rejectReason),
            4: .codes("Follow-up", .followUpAction),
        ]),
        "INS": SegmentDefinition("Subscriber or Dependent Relationship", [
            1: .codes("Subscriber", .subscriberIndicator), 2: .codes("Relationship", .relationship),
            3: .codes("Maintenance type", .maintenanceType), 4: "Maintenance reason", 17: "Birth sequence",
        ]),
        "III": SegmentDefinition("Additional Information", [1: "Code list qualifier", 2: "Industry code"]),
        "LS": SegmentDefinition("Loop Header", [1: "Loop id"]),
        "LE": SegmentDefinition("Loop Trailer", [1: "Loop id"]),
    ]
}
