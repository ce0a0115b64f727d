import RevCycleCore

extension AccountExplanationFacts {
    /// The ways these facts fail to add up, as sentences for staff (figures only, no patient data);
    /// empty when they do.
    ///
    /// An explanation is a sum a patient can check with a pencil, so storage should refuse to print
    /// one whose figures disagree. Two sums must hold:
    /// - the patient's side: shares − assistance − patient payments = what they owe now;
    /// - the charges: charges = insurance paid + amounts insurers took off that nobody owes
    ///   + what is still with insurers + the patient's shares. Reversed answers do not count, an
    ///   OA-23 (what an earlier insurer settled) repeats figures already counted, and a denial the
    ///   hospital is still working is counted in the pending amount, not as taken off.
    var discrepancies: [String] {
        var problems: [String] = []
        let assistanceApplied = assistance?.applied ?? .zero
        let patientSide = totalPatientShare - assistanceApplied - patientPayments
        if patientSide != owesNow {
            problems.append(
                "The patient's shares (\(totalPatientShare)) less assistance (\(assistanceApplied)) and payments"
                    + " (\(patientPayments)) come to \(patientSide), but the account says the patient owes \(owesNow).")
        }
        var insurancePaid = Money.zero
        var takenOff = Money.zero
        for answer in payerAnswers where !answer.isReversed {
            insurancePaid += answer.paid
            for adjustment in answer.adjustments where adjustment.group != .patientResponsibility
                && adjustment.reasonCode != "23" && !answer.isInReview(adjustment)
            {
                takenOff += adjustment.amount
            }
        }
        let accounted = insurancePaid + takenOff + pendingInsurance + totalPatientShare
        if accounted != totalCharges {
            problems.append(
                "Charges are \(totalCharges), but insurance paid (\(insurancePaid)), amounts taken off (\(takenOff)),"
                    + " pending insurance (\(pendingInsurance)) and the patient's shares (\(totalPatientShare))"
                    + " come to \(accounted).")
        }
        return problems
    }
}
