// The envelope segments: ISA/IEA, GS/GE, ST/SE and TA1.
extension SegmentDictionary {
    static let envelope: [String: SegmentDefinition] = [
        "ISA": SegmentDefinition("Interchange Control Header", [
            1: "Authorization qualifier", 2: "Authorization", 3: "Security qualifier", 4: "Security",
            5: .codes("Sender qualifier", .interchangeIDQualifier), 6: "Sender id",
            7: .codes("Receiver qualifier", .interchangeIDQualifier), 8: "Receiver id", 9: .date("Date"),
            10: .time("Time"), 11: "Repetition separator", 12: "Version", 13: "Control number",
            14: .codes("Acknowledgment requested", ["0": "no", "1": "yes, send a TA1"]),
            15: .codes("Usage", ["P": "production", "T": "test"]), 16: "Component separator",
        ]),
        "IEA": SegmentDefinition("Interchange Control Trailer", [1: "Number of functional groups", 2: "Control number"]),
        "TA1": SegmentDefinition("Interchange Acknowledgment", [
            1: "Interchange control number", 2: .date("Interchange date"), 3: .time("Interchange time"),
            4: .codes("Acknowledgment", .interchangeAcknowledgment), 5: "Note code",
        ]),
        "GS": SegmentDefinition("Functional Group Header", [
            1: .codes("Functional identifier", .functionalIdentifier), 2: "Application sender", 3: "Application receiver",
            4: .date("Date"), 5: .time("Time"), 6: "Group control number",
            7: .codes("Responsible agency", ["X": "Accredited Standards Committee X12"]), 8: "Version/guide",
        ]),
        "GE": SegmentDefinition("Functional Group Trailer", [1: "Number of transaction sets", 2: "Group control number"]),
        "ST": SegmentDefinition("Transaction Set Header", [
            1: .codes("Transaction set", .transactionSet), 2: "Control number", 3: "Implementation guide",
        ]),
        "SE": SegmentDefinition("Transaction Set Trailer", [1: "Number of segments", 2: "Control number"]),
    ]
}
