import X12

extension AdjudicatedClaim {
    /// The reversal of this claim's payment (CLP02 `22`): its charge, payment, patient responsibility
    /// and adjustments negated, under the same payer claim control number, so the claim still balances.
    func reversal(patient: PartyName, insured: PartyName?, receivedOn: X12Date) -> RemittanceClaim {
        RemittanceClaim(
            patientControlNumber: patientControlNumber, status: .reversal, chargeAmount: -charge, paidAmount: -paid,
            patientResponsibility: -patientResponsibility, filingIndicator: filingIndicator,
            payerClaimControlNumber: payerClaimNumber, facilityCode: facilityCode,
            adjustments: adjustments.map { RemittanceAdjustment($0.group, reason: $0.reason, amount: -$0.amount) },
            patient: patient, insured: insured, receivedDate: receivedOn)
    }

    /// The adjustments of `claim` and its lines, summed by group and reason in order of first appearance.
    static func totals(of claim: RemittanceClaim) -> [RemittanceAdjustment] {
        var totals: [RemittanceAdjustment] = []
        for adjustment in claim.allAdjustments {
            if let index = totals.firstIndex(where: { $0.group == adjustment.group && $0.reason == adjustment.reason }) {
                totals[index].amount += adjustment.amount
            } else {
                totals.append(RemittanceAdjustment(adjustment.group, reason: adjustment.reason, amount: adjustment.amount))
            }
        }
        return totals
    }
}
