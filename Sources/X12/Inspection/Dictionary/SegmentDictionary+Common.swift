// Segments most health care transactions share: BHT, HL, names, addresses, references, dates, amounts.
extension SegmentDictionary {
    static let common: [String: SegmentDefinition] = [
        "BHT": SegmentDefinition("Beginning of Hierarchical Transaction", [
            1: .codes("Structure", .hierarchicalStructure), 2: .codes("Purpose", .transactionPurpose),
            3: "Reference", 4: .date("Date"), 5: .time("Time"), 6: .codes("Type", .transactionType),
        ]),
        "HL": SegmentDefinition("Hierarchical Level", [
            1: "Id", 2: "Parent id", 3: .codes("Level", .hierarchicalLevel), 4: .codes("Children", .hierarchicalChild),
        ]),
        "NM1": SegmentDefinition("Individual or Organizational Name", [
            1: .codes("Entity", .entity), 2: .codes("Entity type", .entityType), 3: "Last or organization name",
            4: "First name", 5: "Middle name", 7: "Suffix", 8: .codes("Id qualifier", .idQualifier), 9: "Id",
            10: .codes("Relationship", ["01": "parent", "02": "child", "27": "domestic partner", "41": "spouse", "48": "employee"]),
            11: .codes("Entity", .entity),
        ]),
        "N1": SegmentDefinition("Party Identification", [
            1: .codes("Entity", .entity), 2: "Name", 3: .codes("Id qualifier", .idQualifier), 4: "Id",
        ]),
        "N2": SegmentDefinition("Additional Name", [1: "Name", 2: "Name"]),
        "N3": SegmentDefinition("Address", [1: "Address line 1", 2: "Address line 2"]),
        "N4": SegmentDefinition("City, State, ZIP", [
            1: "City", 2: "State", 3: "Postal code", 4: "Country", 7: "Country subdivision",
        ]),
        "PER": SegmentDefinition("Contact", [
            1: .codes("Function", .contactFunction), 2: "Name", 3: .codes("Number type", .communicationNumber),
            4: "Number", 5: .codes("Number type", .communicationNumber), 6: "Number",
            7: .codes("Number type", .communicationNumber), 8: "Number",
        ]),
        "REF": SegmentDefinition("Reference Identification", [1: .codes("Qualifier", .reference), 2: "Reference", 3: "Description"]),
        "DTP": SegmentDefinition("Date or Time Period", [
            1: .codes("Qualifier", .dateQualifier), 2: .codes("Format", .dateFormat), 3: .date("Date"),
        ]),
        "DTM": SegmentDefinition("Date/Time Reference", [1: .codes("Qualifier", .dateQualifier), 2: .date("Date"), 3: .time("Time")]),
        "TRN": SegmentDefinition("Trace", [
            1: .codes("Trace type", .traceType), 2: "Trace number", 3: "Originating company id", 4: "Reference",
        ]),
        "AMT": SegmentDefinition("Monetary Amount", [1: .codes("Qualifier", .amountQualifier), 2: .amount("Amount")]),
        "QTY": SegmentDefinition("Quantity", [1: .codes("Qualifier", .quantityQualifier), 2: "Quantity"]),
        "DMG": SegmentDefinition("Demographic Information", [
            1: .codes("Format", .dateFormat), 2: .date("Birth date"), 3: .codes("Gender", .gender),
        ]),
        "PRV": SegmentDefinition("Provider Information", [
            1: .codes("Provider", .providerCode), 2: .codes("Qualifier", ["PXC": "health care provider taxonomy code"]),
            3: "Taxonomy code",
        ]),
        "CUR": SegmentDefinition("Currency", [1: .codes("Entity", .entity), 2: "Currency"]),
        "LX": SegmentDefinition("Transaction Set Line Number", [1: "Assigned number"]),
        "MSG": SegmentDefinition("Message Text", [1: "Text"]),
        "NTE": SegmentDefinition("Note", [1: .codes("Note type", .noteReference), 2: "Text"]),
    ]
}
