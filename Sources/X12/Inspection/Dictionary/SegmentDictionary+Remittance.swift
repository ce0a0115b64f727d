// Segments of the 835 (claim payment/advice); CAS is shared with the 837's other-payer loops.
extension SegmentDictionary {
    static let remittance: [String: SegmentDefinition] = [
        "BPR": SegmentDefinition("Financial Information", [
            1: .codes("Handling", .paymentHandling), 2: .amount("Total payment"), 3: .codes("Credit or debit", .creditDebit),
            4: .codes("Payment method", .paymentMethod), 5: "Payment format", 6: "Sender bank id qualifier",
            7: "Sender bank id", 8: "Sender account qualifier", 9: "Sender account", 10: "Originating company id",
            12: "Receiver bank id qualifier", 13: "Receiver bank id", 14: "Receiver account qualifier",
            15: "Receiver account", 16: .date("Payment date"),
        ]),
        "RDM": SegmentDefinition("Remittance Delivery Method", [1: "Method", 2: "Name", 3: "Communication number"]),
        "TS3": SegmentDefinition("Provider Summary Information", [
            1: "Provider id", 2: .codes("Facility", .placeOfService), 3: .date("Fiscal period end"), 4: "Claim count",
            5: .amount("Total charges"),
        ]),
        "TS2": SegmentDefinition("Provider Supplemental Summary", [1: .amount("Total DRG amount")]),
        "CLP": SegmentDefinition("Claim Payment Information", [
            1: "Patient control number", 2: .codes("Claim status", .claimStatus), 3: .amount("Total charge"),
            4: .amount("Payment"), 5: .amount("Patient responsibility"), 6: .codes("Filing indicator", .claimFilingIndicator),
            7: "Payer claim control number", 8: .codes("Facility", .placeOfService),
            9: .codes("Frequency", .claimFrequency), 11: "DRG code", 12: "DRG weight", 13: .percent("Discharge fraction"),
        ]),
        "CAS": SegmentDefinition("Claim Adjustment", adjustmentTriplets()),
        "MIA": SegmentDefinition("Inpatient Adjudication Information", [
            1: "Covered days", 3: "Lifetime psychiatric days", 4: .amount("Claim DRG amount"), 5: "Remark code",
        ]),
        "MOA": SegmentDefinition("Outpatient Adjudication Information", [
            1: .percent("Reimbursement rate"), 2: .amount("HCPCS payable amount"), 3: "Remark code", 4: "Remark code",
            5: "Remark code", 6: "Remark code", 7: "Remark code", 8: .amount("ESRD payment"),
            9: .amount("Nonpayable professional component"),
        ]),
        "SVC": SegmentDefinition("Service Payment Information", [
            1: .composite("Procedure", procedureComponents), 2: .amount("Charge"), 3: .amount("Payment"),
            4: "Revenue code", 5: "Units paid", 6: .composite("Submitted procedure", procedureComponents),
            7: "Units submitted",
        ]),
        "LQ": SegmentDefinition("Health Care Remark Codes", [1: .codes("Qualifier", .remarkQualifier), 2: "Remark code"]),
        "PLB": SegmentDefinition("Provider Level Adjustment", providerAdjustments()),
    ]

    /// SVC01, SVD03 and SV101: a qualifier, the code, up to four modifiers and a description.
    static let procedureComponents: [ElementDefinition] = [
        .codes("Qualifier", .productQualifier), "Procedure code", "Modifier", "Modifier", "Modifier", "Modifier",
        "Description",
    ]

    /// CAS01 and six triplets of reason, amount and quantity (CAS02–CAS19).
    private static func adjustmentTriplets() -> [Int: ElementDefinition] {
        var elements: [Int: ElementDefinition] = [1: .codes("Group", .adjustmentGroup)]
        for start in stride(from: 2, through: 17, by: 3) {
            elements[start] = .codes("Reason", .adjustmentReason)
            elements[start + 1] = .amount("Amount")
            elements[start + 2] = "Quantity"
        }
        return elements
    }

    /// PLB01 and PLB02, then six pairs of reason (composite with a reference) and amount.
    private static func providerAdjustments() -> [Int: ElementDefinition] {
        var elements: [Int: ElementDefinition] = [1: "Provider id", 2: .date("Fiscal period end")]
        for start in stride(from: 3, through: 13, by: 2) {
            elements[start] = .composite("Adjustment", [.codes("Reason", .providerAdjustmentReason), "Reference"])
            elements[start + 1] = .amount("Amount")
        }
        return elements
    }
}
