import RevCycleCore

/// The site's `access.estimate.adjust` decision, checked: the adjusted patient share stays between
/// zero and the total charges.
struct EstimateAdjustment: Sendable, Hashable {
    var amount: Money
    var note: String

    static let none = EstimateAdjustment(amount: .zero, note: "")

    /// - Throws: `script` when the adjusted share would fall below zero or exceed the charges.
    init(amount: Money, note: String, patientShare: Money, totalCharges: Money) throws {
        let adjusted = patientShare + amount
        guard adjusted >= .zero, adjusted <= totalCharges else {
            throw RevCycleError(.script, "access.estimate.adjust asked adjustment_cents = \(amount.cents), which would make the patient's share \(adjusted); expected 0 to \(totalCharges).",
                                at: "adjustment_cents")
        }
        self.amount = amount
        self.note = note
    }

    private init(amount: Money, note: String) {
        self.amount = amount
        self.note = note
    }
}
