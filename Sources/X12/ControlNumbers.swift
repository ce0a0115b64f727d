/// The last control numbers an interchange sender used, kept by the caller between runs.
///
/// X12 wants ISA13, GS06 and ST02 to be unique per trading partner for a long time, so the numbers
/// must survive restarts. There is no hidden counter in this module: load the value, take the next
/// numbers from it, write, and persist the changed value (it is `Codable`). Each number runs from 1
/// to 999,999,999 and then starts again at 1.
///
/// ```swift
/// var numbers = try loadControlNumbers()       // your storage
/// let interchangeNumber = numbers.nextInterchange()
/// let groupNumber = numbers.nextGroup()
/// let setNumber = numbers.nextTransactionSet()
/// // … build and write the interchange …
/// try saveControlNumbers(numbers)
/// ```
public struct ControlNumbers: Sendable, Hashable, Codable {
    /// The largest control number X12 allows (nine digits).
    public static let maximum = 999_999_999

    /// The last interchange control number used (ISA13, IEA02); 0 when none has been.
    public var interchange: Int
    /// The last functional group control number used (GS06, GE02); 0 when none has been.
    public var group: Int
    /// The last transaction set control number used (ST02, SE02); 0 when none has been.
    public var transactionSet: Int

    public init(interchange: Int = 0, group: Int = 0, transactionSet: Int = 0) {
        self.interchange = interchange
        self.group = group
        self.transactionSet = transactionSet
    }

    /// Advances and returns the interchange control number.
    public mutating func nextInterchange() -> Int {
        interchange = Self.successor(of: interchange)
        return interchange
    }

    /// Advances and returns the functional group control number.
    public mutating func nextGroup() -> Int {
        group = Self.successor(of: group)
        return group
    }

    /// Advances and returns the transaction set control number.
    public mutating func nextTransactionSet() -> Int {
        transactionSet = Self.successor(of: transactionSet)
        return transactionSet
    }

    private static func successor(of number: Int) -> Int {
        (1..<maximum).contains(number) ? number + 1 : 1
    }

    /// `number` in decimal, left-padded with zeros to `minimumDigits` (negative numbers keep their sign,
    /// so that the writer refuses them).
    static func format(_ number: Int, minimumDigits: Int) -> String {
        let digits = String(number.magnitude)
        let padded = String(repeating: "0", count: max(0, minimumDigits - digits.count)) + digits
        return number < 0 ? "-" + padded : padded
    }
}
