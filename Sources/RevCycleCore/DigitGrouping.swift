extension BinaryInteger {
    /// The number with commas between thousands: `1004230` → `"1,004,230"`, `-1500` → `"-1,500"`.
    public var groupedDigits: String {
        var digits = String(magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return (self < 0 ? "-" : "") + ([digits] + groups).joined(separator: ",")
    }
}
