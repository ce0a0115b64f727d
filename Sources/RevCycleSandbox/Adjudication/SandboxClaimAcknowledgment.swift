import X12

/// Builds the 277CA for one 837P batch: the batch acknowledged (A1:19), each billing provider with
/// its totals, and each claim accepted into adjudication (A2:20, with the payer's claim control
/// number in `REF*1K`) or rejected (A3/A7 with the status and entity the front end found).
enum SandboxClaimAcknowledgment {
    static func acknowledgment(
        of batch: ProfessionalClaimBatch, decisions: [(submitted: SubmittedClaim, decision: SandboxAdjudicator.Decision)],
        source: PartyName, trace: String, on date: X12Date, time: String
    ) -> ClaimAcknowledgment {
        var providers: [ClaimAcknowledgment.Provider] = []
        for (index, provider) in batch.billingProviders.enumerated() {
            let own = decisions.filter { $0.submitted.provider == provider }
            let claims = own.enumerated().map { offset, item in
                claim(item.submitted, item.decision, trace: "\(trace)-\(index + 1)-\(offset + 1)", on: date)
            }
            guard !claims.isEmpty else { continue }
            let totals = totals(of: own)
            providers.append(
                ClaimAcknowledgment.Provider(
                    name: PartyName(organization: provider.name, idQualifier: "XX", id: provider.npi), trace: "\(trace)-\(index + 1)",
                    statuses: [.init(.init(category: "A1", code: "19", entity: "85"), action: .workQueue, amount: charges(own))],
                    reference: X12Person.Reference(qualifier: "TJ", value: provider.taxID), totals: totals, claims: claims))
        }
        let totals = totals(of: decisions)
        return ClaimAcknowledgment(
            reference: trace, creationDate: date, creationTime: time, source: source, sourceIsClearinghouse: true,
            sourceTrace: trace, receivedDate: date, processedDate: date,
            receiver: PartyName(organization: batch.submitter.name, idQualifier: "46", id: batch.submitter.id),
            batchReference: batch.reference,
            receiverStatuses: [
                .init(.init(category: "A1", code: "19", entity: "PR"), date: date,
                      action: (totals.acceptedCount ?? 0) > 0 ? .workQueue : .unprocessed, amount: charges(decisions))
            ],
            receiverTotals: totals, providers: providers)
    }

    private static func claim(
        _ submitted: SubmittedClaim, _ decision: SandboxAdjudicator.Decision, trace: String, on date: X12Date
    ) -> ClaimAcknowledgment.Claim {
        let status: ClaimAcknowledgment.Status
        var payerClaimNumber: String?
        switch decision {
        case .rejected(let code, let message):
            status = .init(code, date: date, action: .unprocessed, amount: submitted.totalCharge, message: message)
        case .adjudicated(let number, _):
            status = .init(.init(category: "A2", code: "20"), date: date, action: .workQueue, amount: submitted.totalCharge)
            payerClaimNumber = number
        }
        let last = submitted.lastServiceDate
        var patient = submitted.patientName
        (patient.idQualifier, patient.id) = ("MI", submitted.memberID)
        return ClaimAcknowledgment.Claim(
            patient: patient, patientControlNumber: submitted.claim.patientControlNumber, statuses: [status],
            payerClaimControlNumber: payerClaimNumber, clearinghouseTraceNumber: trace, serviceDate: submitted.firstServiceDate,
            serviceEndDate: last == submitted.firstServiceDate ? nil : last)
    }

    private static func charges(_ decisions: [(submitted: SubmittedClaim, decision: SandboxAdjudicator.Decision)]) -> Int64 {
        decisions.reduce(0) { $0 + $1.submitted.totalCharge }
    }

    private static func totals(of decisions: [(submitted: SubmittedClaim, decision: SandboxAdjudicator.Decision)])
        -> ClaimAcknowledgment.Totals
    {
        let rejected = decisions.filter { if case .rejected = $0.decision { true } else { false } }
        let accepted = decisions.filter { if case .adjudicated = $0.decision { true } else { false } }
        return ClaimAcknowledgment.Totals(
            acceptedCount: accepted.count, rejectedCount: rejected.count, acceptedAmount: charges(accepted),
            rejectedAmount: charges(rejected))
    }
}
