// 835 Health Care Claim Payment/Advice (005010X221A1): the loops RemittanceAdvice reads, with their names.
extension InspectionGuide {
    static let remittance = InspectionGuide(
        setID: "835", guides: [], name: "Health Care Claim Payment/Advice", loops: RemittanceAdvice.loopSpecs,
        names: [
            "1000A": "Payer Identification", "1000B": "Payee Identification", "2000": "Header Number",
            "2100": "Claim Payment Information", "2110": "Service Payment Information",
            "PLB": "Summary: Provider Adjustment",
        ])
}
