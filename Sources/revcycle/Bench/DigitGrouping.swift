extension Double {
    /// The value rounded to a whole number, with commas between thousands: `1234567.8` → `"1,234,568"`.
    var groupedDigits: String { Int(rounded()).groupedDigits }
}

extension Int {
    /// The number with commas between thousands: `1004230` → `"1,004,230"`.
    var groupedDigits: String {
        var digits = String(magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return (self < 0 ? "-" : "") + ([digits] + groups).joined(separator: ",")
    }
}
