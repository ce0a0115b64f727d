import RevCycleCore

extension Double {
    /// The value rounded to a whole number, with commas between thousands: `1234567.8` → `"1,234,568"`.
    var groupedDigits: String { Int(rounded()).groupedDigits }
}
