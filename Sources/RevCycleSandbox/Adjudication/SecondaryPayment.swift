import X12

/// What the primary payer decided on a line of a secondary claim (from its 2430 loop, or the 2320
/// claim totals spread over the lines in order), and what the sandbox pays on top as secondary.
///
/// The secondary pays what the primary left to the patient, up to its own allowed amount less what
/// the primary paid. What the patient still owes stays PR with the primary's reasons; the rest of the
/// charge — the primary's payment and write-off — is OA-23 (the impact of prior payer adjudication):
/// `charge − OA-23 − PR = paid`.
struct SecondaryPayment: Sendable, Hashable {
    var primaryPaid: Int64
    /// The primary's PR adjustments on the line.
    var patientResponsibility: [RemittanceAdjustment]

    /// One value per line of `claim`, from its first other subscriber (the primary).
    static func lines(of claim: ProfessionalClaim) -> [SecondaryPayment] {
        guard let primary = claim.otherSubscribers.first(where: { $0.responsibility == "P" }) ?? claim.otherSubscribers.first
        else { return claim.lines.map { _ in SecondaryPayment(primaryPaid: 0, patientResponsibility: []) } }
        let payerID = primary.payer.payerID
        if claim.lines.contains(where: { $0.adjudications.contains { $0.payerID == payerID } }) {
            return claim.lines.map { line in
                let decision = line.adjudications.first { $0.payerID == payerID }
                return SecondaryPayment(
                    primaryPaid: decision?.paidAmount ?? 0,
                    patientResponsibility: decision?.adjustments.filter { $0.group == .patientResponsibility } ?? [])
            }
        }
        var paidLeft = primary.paidAmount ?? 0
        var owedLeft = primary.adjustments.filter { $0.group == .patientResponsibility }
        return claim.lines.map { line in
            var room = line.charge
            let paid = min(paidLeft, room)
            paidLeft -= paid
            room -= paid
            var owed: [RemittanceAdjustment] = []
            for index in owedLeft.indices where room > 0 && owedLeft[index].amount > 0 {
                let amount = min(owedLeft[index].amount, room)
                owed.append(RemittanceAdjustment(.patientResponsibility, reason: owedLeft[index].reason, amount: amount))
                owedLeft[index].amount -= amount
                room -= amount
            }
            return SecondaryPayment(primaryPaid: paid, patientResponsibility: owed)
        }
    }

    /// The secondary's payment on a line of `charge` it allows at `allowed`, and its adjustments.
    func adjudicate(charge: Int64, allowed: Int64) -> (paid: Int64, adjustments: [RemittanceAdjustment]) {
        let owed = patientResponsibility.reduce(Int64(0)) { $0 + $1.amount }
        var payable = min(owed, max(0, allowed - primaryPaid))
        let paid = payable
        var stillOwed: [RemittanceAdjustment] = []
        for adjustment in patientResponsibility {
            let covered = min(payable, adjustment.amount)
            payable -= covered
            if adjustment.amount > covered {
                stillOwed.append(RemittanceAdjustment(.patientResponsibility, reason: adjustment.reason, amount: adjustment.amount - covered))
            }
        }
        let priorImpact = charge - paid - stillOwed.reduce(Int64(0)) { $0 + $1.amount }
        let impact = priorImpact == 0 ? [] : [RemittanceAdjustment(.otherAdjustment, reason: "23", amount: priorImpact)]
        return (paid, impact + stillOwed)
    }
}
