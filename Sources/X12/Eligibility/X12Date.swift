/// A calendar date as X12 writes it (`CCYYMMDD`), with no time and no time zone.
///
/// Dates of birth, plan dates and dates of service are calendar dates, so this is not a `Date`
/// (an instant). Parsing checks that the day exists in its month, leap years included.
///
/// ```swift
/// let leapDay = X12Date(year: 1980, month: 2, day: 29)    // valid: 1980 is a leap year
/// let noSuchDay = X12Date(year: 2027, month: 2, day: 29)  // nil
/// let parsed = X12Date(x12: "20261102")                     // 2 November 2026
/// parsed?.x12                                               // "20261102"
/// parsed?.yymmdd                                            // "261102" (ISA09)
/// ```
public struct X12Date: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or `nil` when the day does not exist (month 13, 31 April, 29 February 2027) or the
    /// year is outside 1000...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, of: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `CCYYMMDD` (X12 date format qualifier `D8`); `nil` when it is not eight digits naming a real day.
    public init?(x12 text: String) {
        // Read the UTF-8 view in place: no array per date.
        var number = 0
        var count = 0
        var year = 0
        var month = 0
        for byte in text.utf8 {
            guard byte.isASCIIDigit, count < 8 else { return nil }
            number = number * 10 + Int(byte &- 0x30)
            count += 1
            if count == 4 {
                year = number
                number = 0
            } else if count == 6 {
                month = number
                number = 0
            }
        }
        guard count == 8 else { return nil }
        self.init(year: year, month: month, day: number)
    }

    /// `CCYYMMDD`, as in DTP03, DMG02, BHT04 and GS04.
    public var x12: String {
        ControlNumbers.format(year, minimumDigits: 4) + ControlNumbers.format(month, minimumDigits: 2)
            + ControlNumbers.format(day, minimumDigits: 2)
    }

    /// `YYMMDD`, as in ISA09.
    public var yymmdd: String { String(x12.dropFirst(2)) }

    /// `2026-11-02`.
    public var description: String {
        "\(ControlNumbers.format(year, minimumDigits: 4))-\(ControlNumbers.format(month, minimumDigits: 2))-"
            + ControlNumbers.format(day, minimumDigits: 2)
    }

    public static func < (lhs: X12Date, rhs: X12Date) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
