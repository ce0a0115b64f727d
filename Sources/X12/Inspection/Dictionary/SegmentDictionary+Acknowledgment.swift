// Segments of the acknowledgments: 999 and 277/277CA claim status.
extension SegmentDictionary {
    static let acknowledgments: [String: SegmentDefinition] = [
        "AK1": SegmentDefinition("Functional Group Response Header", [
            1: .codes("Functional identifier", .functionalIdentifier), 2: "Group control number", 3: "Version/guide",
        ]),
        "AK2": SegmentDefinition("Transaction Set Response Header", [
            1: .codes("Transaction set", .transactionSet), 2: "Control number", 3: "Implementation guide",
        ]),
        "IK3": SegmentDefinition("Error Identification", [
            1: "Segment id", 2: "Segment position in set", 3: "Loop", 4: .codes("Error", .segmentSyntaxError),
        ]),
        "CTX": SegmentDefinition("Context", [
            1: .composite("Context", ["Name", "Reference"]), 2: "Segment id", 3: "Segment position in set", 4: "Loop",
            5: .composite("Element position", ["Element", "Component", "Repetition"]), 6: "Reference",
        ]),
        "IK4": SegmentDefinition("Implementation Data Element Note", [
            1: .composite("Position", ["Element", "Component", "Repetition"]), 2: "Data element reference",
            3: .codes("Error", .elementSyntaxError), 4: "Bad value",
        ]),
        "IK5": SegmentDefinition("Transaction Set Response Trailer", [
            1: .codes("Acknowledgment", .acknowledgmentStatus), 2: .codes("Error", .setSyntaxError),
            3: .codes("Error", .setSyntaxError), 4: .codes("Error", .setSyntaxError), 5: .codes("Error", .setSyntaxError),
            6: .codes("Error", .setSyntaxError),
        ]),
        "AK9": SegmentDefinition("Functional Group Response Trailer", [
            1: .codes("Acknowledgment", .acknowledgmentStatus), 2: "Sets included", 3: "Sets received", 4: "Sets accepted",
            5: .codes("Error", .groupSyntaxError), 6: .codes("Error", .groupSyntaxError), 7: .codes("Error", .groupSyntaxError),
            8: .codes("Error", .groupSyntaxError), 9: .codes("Error", .groupSyntaxError),
        ]),
        "STC": SegmentDefinition("Status Information", [
            1: .composite("Status", statusComponents), 2: .date("Status date"), 3: .codes("Action", .statusAction),
            4: .amount("Charge amount"), 5: .amount("Payment amount"), 6: .date("Adjudication date"),
            10: .composite("Status", statusComponents), 11: .composite("Status", statusComponents), 12: "Message",
        ]),
    ]

    /// STC01, STC10 and STC11: category, status code and the entity the status is about.
    private static let statusComponents: [ElementDefinition] = [
        .codes("Category", .claimStatusCategory), .codes("Status", .claimStatusCode), .codes("Entity", .entity),
    ]
}
