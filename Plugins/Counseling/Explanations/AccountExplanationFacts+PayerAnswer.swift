import RevCycleCore

extension AccountExplanationFacts {
    /// One insurer's answer to a claim (an 835 claim payment), with its adjustments as sent.
    ///
    /// Adjustments are kept as the 835 lists them (per service line); the explanation sums them by
    /// group and reason code, because a patient reads a reason once, not once per line.
    struct PayerAnswer: Sendable, Hashable {
        var payerName: String
        /// The insurer's claim number (CLP07), for the patient to quote to the insurer.
        var claimNumber: String
        /// What the insurer paid on this answer.
        var paid: Money
        /// The CAS adjustments: group code, reason code (CARC) and amount.
        var adjustments: [ClaimAdjustment] = []
        /// The remark codes (RARC) sent with the answer, in order.
        var remarkCodes: [String] = []
        /// Whether the insurer later took this answer back (a reversal, CLP02 = 22). A reversed
        /// answer no longer counts: its figures are told as taken back, not as owed or paid.
        var isReversed: Bool = false
        /// What the hospital is doing about a denial on this answer, if anything.
        var denialFollowUp: DenialFollowUp? = nil

        /// Adjustments summed by group and reason code, in the order each first appears.
        var adjustmentsByReason: [ClaimAdjustment] {
            var order: [ClaimAdjustment] = []
            var index: [String: Int] = [:]
            for adjustment in adjustments {
                if let position = index[adjustment.label] {
                    order[position].amount += adjustment.amount
                } else {
                    index[adjustment.label] = order.count
                    order.append(adjustment)
                }
            }
            return order
        }

        /// Whether an adjustment is a denial the hospital is still working (appeal, corrected claim,
        /// information from the patient): the amount stays with the insurer, not owed by anyone yet.
        func isInReview(_ adjustment: ClaimAdjustment) -> Bool {
            guard adjustment.group != .patientResponsibility, AdjustmentReason.isDenial(adjustment.reasonCode) else {
                return false
            }
            switch denialFollowUp {
            case .appealing, .correctingClaim, .needsPatientInformation: return true
            case .closed, nil: return false
            }
        }

        /// The amount denied (Core's denial reasons, any group but PR).
        var deniedAmount: Money {
            adjustments.filter { $0.group != .patientResponsibility && AdjustmentReason.isDenial($0.reasonCode) }
                .reduce(Money.zero) { $0 + $1.amount }
        }

        /// The amount this answer says the patient owes (group PR).
        var patientResponsibility: Money {
            adjustments.filter { $0.group == .patientResponsibility }.reduce(Money.zero) { $0 + $1.amount }
        }
    }

    /// One CAS adjustment: who bears it (group), why (reason code) and how much.
    struct ClaimAdjustment: Sendable, Hashable {
        var group: AdjustmentGroup
        /// The claim adjustment reason code (CARC), such as `45` or `197`.
        var reasonCode: String
        var amount: Money

        /// `CO-45`: how the code is printed, as on an insurer's explanation of benefits.
        var label: String { "\(group.rawValue)-\(reasonCode)" }
    }

    /// The CAS group code: who bears an adjustment (X12 CAS01).
    enum AdjustmentGroup: String, Sendable, Hashable, CaseIterable {
        /// CO: the provider's contract says it writes this off; the patient never owes it.
        case contractualObligation = "CO"
        /// PR: the patient's part (or a secondary insurer's).
        case patientResponsibility = "PR"
        /// OA: any other adjustment, such as what an earlier insurer already settled (OA-23).
        case otherAdjustment = "OA"
        /// PI: a reduction the insurer made on its own; not billed to the patient.
        case payerInitiatedReduction = "PI"
        /// CR: a correction or reversal of an earlier answer.
        case correctionReversal = "CR"
    }

    /// What the hospital does about a denied claim, which decides what the patient is told.
    enum DenialFollowUp: String, Sendable, Hashable, CaseIterable {
        /// The hospital has appealed to the insurer.
        case appealing
        /// The hospital is correcting the claim and sending it again.
        case correctingClaim = "correcting-claim"
        /// The hospital needs something from the patient (other coverage, a referral) to fix it.
        case needsPatientInformation = "needs-patient-information"
        /// The hospital has finished with it (written off): nothing more will happen.
        case closed
    }
}
