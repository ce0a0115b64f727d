import RevCycleCore

/// The installment an amount spread evenly over a count comes to, printed for staff: `$3.50` when it
/// divides exactly, `$16.66 to $16.67` when the first installments carry an extra cent.
struct InstallmentRange: Sendable, Hashable, CustomStringConvertible {
    /// The smallest installment (the later ones).
    var smallest: Money
    /// The largest installment (the first ones).
    var largest: Money

    init(_ amount: Money, over count: Int) {
        precondition(count > 0, "count must be positive")
        smallest = Money(cents: amount.cents / Int64(count))
        largest = amount.cents % Int64(count) == 0 ? smallest : smallest + Money(cents: 1)
    }

    var description: String { smallest == largest ? "\(smallest)" : "\(smallest) to \(largest)" }
}
