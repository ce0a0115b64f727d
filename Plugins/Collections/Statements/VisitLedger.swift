import RevCycleCore

/// What the ledger and the event log say about one visit, as a statement needs it: the visit's
/// journal entries (only their postings to this visit) and the payers' answers.
struct VisitLedger: Sendable, Hashable {
    var account: AccountID
    var patientName: String
    var serviceDate: CalendarDate
    var entries: [Entry]
    /// The payers' answers to the visit's claims (`billing.claim.adjudicated`), oldest first.
    var adjudications: [ClaimAdjudication]

    /// A journal entry, reduced to its postings on this visit.
    struct Entry: Sendable, Hashable {
        var source: EntrySource.Kind
        var memo: String
        var date: CalendarDate
        var postings: [Posting]

        /// The entry's change to what is owed on the visit (its receivable postings).
        var receivableChange: Money { total { $0.liability != nil } }
        /// Gross charges the entry adds (a charge; negative for a charge taken back).
        var charges: Money { -total { $0 == .grossCharges } }
        /// Amounts written off (contractual, charity, bad debt, administrative).
        var adjustments: Money {
            total { [.contractualAdjustment, .charityAdjustment, .badDebt, .administrativeAdjustment].contains($0) }
        }
        /// The money the entry brought in against the visit: what lowered the balance that was not a
        /// charge taken back or a write-off. Exact by construction: Δreceivable = charges − adjustments − paid.
        var paid: Money { charges - adjustments - receivableChange }

        private func total(_ where: (LedgerBucket) -> Bool) -> Money {
            postings.filter { `where`($0.bucket) }.reduce(.zero) { $0 + $1.amount }
        }
    }
}

/// Turns a visit's ledger into the figures a statement prints, so that for every visit
/// `charges − insurancePaid − adjustments − patientPaid = pendingInsurance + patientBalance`, to the cent.
enum StatementVisitFigures {
    /// - Parameter describe: the chargemaster's description of a service code, when it has one.
    static func visit(_ ledger: VisitLedger, describe: (String) -> String?) -> StatementVisit {
        var charges = Money.zero, insurancePaid = Money.zero, adjustments = Money.zero, patientPaid = Money.zero
        var pending = Money.zero, patientBalance = Money.zero
        var services: [StatementService] = []
        for entry in ledger.entries {
            charges += entry.charges
            adjustments += entry.adjustments
            if entry.source == .remittance { insurancePaid += entry.paid } else { patientPaid += entry.paid }
            if entry.charges > .zero { services.append(service(entry, describe: describe)) }
            for posting in entry.postings {
                switch posting.bucket.liability {
                case .insurance?: pending += posting.amount
                case .patient?, .credit?: patientBalance += posting.amount
                case nil: break
                }
            }
        }
        return StatementVisit(
            account: ledger.account, patientName: ledger.patientName, serviceDate: ledger.serviceDate, services: services,
            charges: charges, insurancePaid: insurancePaid, adjustments: adjustments, patientPaid: patientPaid,
            responsibility: shares(ledger, patientShare: patientBalance + patientPaid), pendingInsurance: pending,
            patientBalance: patientBalance)
    }

    /// The patient's share of the visit by reason, from the payers' answers; what they do not explain
    /// is self-pay (no payer ever answered) or "other".
    static func shares(_ ledger: VisitLedger, patientShare: Money) -> [PatientShare] {
        var byReason: [PatientShare.Reason: Money] = [:]
        let reasons: [ClaimAdjudication.PatientShare: PatientShare.Reason] = [
            .deductible: .deductible, .coinsurance: .coinsurance, .copay: .copay, .notCovered: .notCovered, .other: .other,
        ]
        for answer in ledger.adjudications where answer.responsible == "patient" {
            let sign: Int64 = answer.isReversal ? -1 : 1
            for (share, amount) in answer.patientShares { byReason[reasons[share] ?? .other, default: .zero] += amount * sign }
        }
        let explained = byReason.values.reduce(.zero, +)
        let rest = patientShare - explained
        if rest > .zero { byReason[ledger.adjudications.isEmpty ? .selfPay : .other, default: .zero] += rest }
        return PatientShare.Reason.allCases.compactMap { reason in
            byReason[reason].flatMap { $0 > .zero ? PatientShare(reason: reason, amount: $0) : nil }
        }
    }

    /// A charge entry as a service line: billing writes its memo as `charge 99213-25 x1`.
    static func service(_ entry: VisitLedger.Entry, describe: (String) -> String?) -> StatementService {
        if let charge = ChargeMemo.parse(entry.memo) {
            let coded = ([charge.code] + charge.modifiers).joined(separator: "-")
            return StatementService(code: coded, description: describe(charge.code) ?? "Service \(charge.code)", units: charge.units, charge: entry.charges)
        }
        return StatementService(code: "", description: entry.memo, units: 1, charge: entry.charges)
    }
}
