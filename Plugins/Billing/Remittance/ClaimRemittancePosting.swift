import RevCycleCore
import X12

/// What one CLP of an 835 comes to on the ledger, decided from its amounts and adjustment codes:
///
/// - the payment (CLP04) from the payer's receivable to cash;
/// - contractual adjustments (CO and PI reasons that are not denials, such as 45) written off;
/// - patient responsibility (PR: 1 deductible, 2 coinsurance, 3 copay, …) moved to the patient —
///   or to the secondary payer when the patient has one;
/// - denials (CO/OA reasons such as 16, 96, 197, 18) left owed by the payer and sent to the denial
///   worklist; OA 23 (earlier payers' impact) is information only.
///
/// A reversal (CLP02 = 22) carries negative amounts: the same entries are built from their
/// magnitudes and posted with every sign flipped, so the earlier payment is undone exactly.
struct ClaimRemittancePosting {
    var paid: Money
    var contractual: Money
    var patientResponsibility: Money
    var denied: Money
    var denials: [RemittanceAdjustment]
    var isReversal: Bool
    /// The patient responsibility by reason (deductible, coinsurance, copay, not covered, other), for
    /// statements and explanations.
    var patientShares: [ClaimAdjudication.PatientShare: Money] = [:]

    init(_ claim: RemittanceClaim) {
        isReversal = claim.isReversal
        let magnitude: (Int64) -> Money = { Money(cents: abs($0)) }
        paid = magnitude(claim.paidAmount)
        var contractual = Money.zero, patient = Money.zero, denied = Money.zero
        var denials: [RemittanceAdjustment] = []
        for adjustment in claim.allAdjustments {
            switch adjustment.group {
            case .patientResponsibility:
                patient += magnitude(adjustment.amount)
                patientShares[ClaimAdjudication.PatientShare(reason: adjustment.reason), default: .zero] += magnitude(adjustment.amount)
            case .otherAdjustment where adjustment.reason == "23":
                continue
            case .otherAdjustment:
                denied += magnitude(adjustment.amount)
                denials.append(adjustment)
            case .contractualObligation, .payerInitiatedReduction, .correctionAndReversal:
                if AdjustmentReason.isDenial(adjustment.reason) {
                    denied += magnitude(adjustment.amount)
                    denials.append(adjustment)
                } else {
                    contractual += magnitude(adjustment.amount)
                }
            }
        }
        self.contractual = contractual
        self.patientResponsibility = patient
        self.denied = denied
        self.denials = denials
    }

    /// The entries for `account`, keyed under `key` (unique per remittance and claim).
    ///
    /// - Parameters:
    ///   - payer: whose receivable is paid and adjusted.
    ///   - responsible: who takes the patient responsibility: the patient, or the secondary payer.
    ///   - owedByPayer: the payer's balance on the account at the moment of posting (for the payment's split).
    func entries(account: AccountID, payer: PayerCode, responsible: Liability, owedByPayer: Money, source: EntrySource,
                 key: String, memo: String, date: CalendarDate) throws -> [JournalEntry] {
        let liability = Liability.insurance(payer)
        var forward: [JournalEntry] = []
        if paid > .zero {
            forward.append(try .payment(account: account, amount: paid, from: liability, owed: isReversal ? paid : owedByPayer,
                                        source: source, idempotencyKey: "\(key):payment", memo: "\(memo) payment", effectiveDate: date))
        }
        if contractual > .zero {
            forward.append(try .adjustment(account: account, amount: contractual, of: liability, into: .contractualAdjustment, source: source,
                                           idempotencyKey: "\(key):contractual", memo: "\(memo) contractual", effectiveDate: date))
        }
        if patientResponsibility > .zero {
            forward.append(try .transfer(account: account, amount: patientResponsibility, from: liability, to: responsible,
                                         entrySource: source, idempotencyKey: "\(key):responsibility",
                                         memo: "\(memo) patient responsibility to \(responsible)", effectiveDate: date))
        }
        // One entry per claim: the payment, the write-off and the move of the patient's share land
        // together (one digest and one audit row), each bucket netted; a reversal flips every sign.
        let sign: Int64 = isReversal ? -1 : 1
        let postings = Dictionary(grouping: forward.flatMap(\.postings), by: \.bucket)
            .compactMap { bucket, postings -> Posting? in
                let total = postings.reduce(Money.zero) { $0 + $1.amount }
                return total.isZero ? nil : Posting(account: account, bucket: bucket, amount: total * sign)
            }
            .sorted { $0.bucket < $1.bucket }
        guard postings.count >= 2 else { return [] }
        var parts: [String] = []
        if paid > .zero { parts.append("paid \(paid)") }
        if contractual > .zero { parts.append("contractual \(contractual)") }
        if patientResponsibility > .zero { parts.append("\(responsible) \(patientResponsibility)") }
        return [try JournalEntry(source: source, idempotencyKey: isReversal ? "\(key):reversed" : key,
                                 memo: "\(memo): " + parts.joined(separator: ", ") + (isReversal ? " (reversed by the payer)" : ""),
                                 effectiveDate: date, postings: postings)]
    }

    /// The claim's state once this answer is posted.
    func resultingState(status: RemittanceClaim.Status) -> ClaimState {
        if isReversal { return .accepted }
        if status == .denied || (paid.isZero && denied > .zero && patientResponsibility.isZero) { return .denied }
        return denied > .zero ? .partiallyPaid : .paid
    }
}
