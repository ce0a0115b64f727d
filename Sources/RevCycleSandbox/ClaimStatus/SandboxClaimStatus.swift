import X12

/// The sandbox payer's answers to 276 claim status inquiries, from the claims it adjudicated.
///
/// A claim is looked up by the payer id (2100A), the subscriber's member id (2100D) and the patient
/// control number (`REF*EJ`, the 837's CLM01), or by the payer's claim control number (`REF*1K`) when
/// no patient control number is given. The payer adjudicates a claim in the pass that receives it,
/// so a claim is either finalized or unknown; there is no pending state.
///
/// | the payer's record | STC01 | STC04 | STC05 | STC06, STC08 | STC09 |
/// |---|---|---|---|---|---|
/// | paid or processed (CLP02 1 or 2) | `F1:1` finalized/payment, see the remittance advice | charge | paid | the day adjudicated (the 835's date) | the 835's TRN02 |
/// | denied (CLP02 4) | `F2:1`; `F2:78` for an exact duplicate (OA-18) | charge | 0 | the day adjudicated | the 835's TRN02 |
/// | reversed by a void, with no replacement | `F3:1` finalized/revised | charge | paid before the reversal | the day adjudicated | the 835's TRN02 |
/// | none (never received, or rejected at the front end in the 277CA) | `A4:35` not found | the charge asked about | | | |
struct SandboxClaimStatus: Sendable {
    let payer: SandboxPayer

    /// The 277 answering `inquiry` as of `date`.
    func answer(_ inquiry: ClaimStatusInquiry, on date: X12Date, time: String, reference: String) throws -> ClaimStatusResponse {
        var response = ClaimStatusResponse(answering: inquiry, reference: reference, creationDate: date, creationTime: time)
        for (index, asked) in inquiry.claims.enumerated() {
            guard let claim = try find(asked, payerID: inquiry.source.payerID) else {
                response.claims[index].statuses = [
                    ClaimStatus(.init(category: "A4", code: "35"), date: date, amount: asked.totalCharge)
                ]
                continue
            }
            response.claims[index].payerClaimControlNumber = claim.payerClaimNumber
            response.claims[index].patientControlNumber = claim.patientControlNumber
            response.claims[index].statuses = [
                ClaimStatus(
                    Self.code(of: claim), date: date, amount: claim.charge, paidAmount: claim.paid,
                    adjudicationDate: claim.adjudicatedOn, remittanceDate: claim.remittanceTrace.map { _ in claim.adjudicatedOn },
                    remittanceTrace: claim.remittanceTrace)
            ]
        }
        return response
    }

    private func find(_ asked: ClaimStatusInquiry.Claim, payerID: String) throws -> AdjudicatedClaim? {
        let memberID = asked.subscriber.memberID ?? ""
        if let patientControlNumber = asked.patientControlNumber {
            return try payer.adjudicatedClaim(payerID: payerID, memberID: memberID, patientControlNumber: patientControlNumber)
        }
        guard let number = asked.payerClaimControlNumber, let claim = try payer.adjudicatedClaim(number),
            claim.payerID == payerID, claim.memberID == memberID
        else { return nil }
        return claim
    }

    /// STC01 for an adjudicated claim.
    private static func code(of claim: AdjudicatedClaim) -> ClaimStatus.Code {
        if claim.reversedOn != nil { return .init(category: "F3", code: "1") }
        if claim.remittanceStatus == RemittanceClaim.Status.denied.code {
            let isDuplicate = claim.adjustments.contains { $0.reason == "18" }
            return .init(category: "F2", code: isDuplicate ? "78" : "1")
        }
        return .init(category: "F1", code: "1")
    }
}
