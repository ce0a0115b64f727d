import RevCycleCore

/// Whether a patient may start a patient-provider dispute over one provider's bill on a given day.
enum DisputeEligibility: Sendable, Hashable {
    /// The bill is at least the threshold above the estimate and the window is open until `lastDayToFile`.
    case eligible(lastDayToFile: CalendarDate)
    /// The bill is less than the threshold above the estimate (`excess` may be negative).
    case notSubstantiallyInExcess(excess: Money, threshold: Money)
    /// The window closed: more than 120 days have passed since the date on the initial bill.
    case windowClosed(lastDayToFile: CalendarDate)
    /// The day asked about is before the date on the initial bill.
    case beforeInitialBill(initialBillDate: CalendarDate)

    var isEligible: Bool {
        if case .eligible = self { return true }
        return false
    }

    /// The answer in words.
    var explanation: String {
        switch self {
        case .eligible(let last):
            "Eligible: the bill is far enough above the estimate, and a dispute may be started through \(last)."
        case .notSubstantiallyInExcess(let excess, let threshold):
            "Not eligible: the bill is \(excess) above the estimate, less than \(threshold)."
        case .windowClosed(let last):
            "Not eligible: the window to start a dispute closed on \(last)."
        case .beforeInitialBill(let billDate):
            "Not yet: the initial bill is dated \(billDate)."
        }
    }
}
