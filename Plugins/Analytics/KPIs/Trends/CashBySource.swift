import RevCycleCore

/// Cash received in a range, by source, adding up exactly to the ledger's cash.
///
/// Patient cash is split by its recorded source; insurance cash is what is left of the ledger's `cash`
/// bucket once patient cash is taken out, so the sources always sum to the ledger. A negative insurance
/// figure means patient cash was recorded that the ledger's cash does not hold: the facts disagree, and
/// ``isConsistent`` is false.
struct CashBySource: Sendable, Hashable {
    /// Where cash came from. Same cases, raw values and order as the dashboard's `CashSource`, plus
    /// ``other``.
    enum Source: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
        /// Payers' remittances: the ledger's cash less the patient cash recorded for the same days.
        case insurance
        /// Patient payments after the visit by cash, check or card (`payment`).
        case patient
        /// Patient cash taken at check-in (`desk`).
        case pointOfService = "point-of-service"
        /// Payment plan installments (`plan`).
        case plans
        /// Collection agency remittances (`agency`).
        case agency
        /// Patient cash with a source code RevCycle does not know, kept so no cent goes missing.
        case other

        /// The source for a ``AnalyticsFacts/PatientCash/source`` code.
        init(patientCashSource code: String) {
            switch code {
            case "desk": self = .pointOfService
            case "payment": self = .patient
            case "plan": self = .plans
            case "agency": self = .agency
            default: self = .other
            }
        }

        var description: String { rawValue }
    }

    let range: AnalyticsFacts.DateRange
    /// The ledger's `cash` bucket over the range.
    let ledgerCash: Money
    /// Every source, zero when nothing came from it.
    let amounts: [Source: Money]

    init(_ facts: AnalyticsFacts) {
        range = facts.range
        let ledgerCash = LedgerSums(facts).cash
        var amounts = Dictionary(uniqueKeysWithValues: Source.allCases.map { ($0, Money.zero) })
        var patientTotal = Money.zero
        for cash in facts.patientCash where facts.range.contains(cash.receivedOn) {
            amounts[Source(patientCashSource: cash.source), default: .zero] += cash.amount
            patientTotal += cash.amount
        }
        amounts[.insurance] = ledgerCash - patientTotal
        self.ledgerCash = ledgerCash
        self.amounts = amounts
    }

    subscript(source: Source) -> Money { amounts[source] ?? .zero }

    /// No source is negative: the patient cash records fit inside the ledger's cash.
    var isConsistent: Bool { !amounts.values.contains { $0.isNegative } }

    /// `insurance $1,200.00, patient $80.00, …`.
    var summary: String {
        Source.allCases.map { "\($0) \(self[$0])" }.joined(separator: ", ") + " (ledger cash \(ledgerCash))"
    }
}
