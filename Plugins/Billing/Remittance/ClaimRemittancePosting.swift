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
        guard isReversal else { return forward }
        return try forward.map { entry in
            try JournalEntry(source: entry.source, idempotencyKey: entry.idempotencyKey + ":reversed", memo: entry.memo + " (reversed by the payer)",
                             effectiveDate: date, postings: entry.postings.map { Posting(account: $0.account, bucket: $0.bucket, amount: -$0.amount) })
        }
    }

    /// The claim's state once this answer is posted.
    func resultingState(status: RemittanceClaim.Status) -> ClaimState {
        if isReversal { return .accepted }
        if status == .denied || (paid.isZero && denied > .zero && patientResponsibility.isZero) { return .denied }
        return denied > .zero ? .partiallyPaid : .paid
    }
}
