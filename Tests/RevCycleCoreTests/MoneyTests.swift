import RevCycleCore
import Testing

struct MoneyTests {
    @Test("Amounts parse exactly to cents", arguments: [
        ("125.00", 12_500), ("125", 12_500), ("0.05", 5), ("-0.05", -5), ("12.3", 1_230), ("$1,204.07", 120_407),
        (" 7.10 ", 710), ("-$3.33", -333),
    ])
    func amountsParseExactly(text: String, cents: Int64) throws {
        #expect(try Money(parsing: text).cents == cents, "\(text) should be \(cents) cents")
    }

    @Test("Text that is not dollars and cents is refused", arguments: [
        "", "abc", "1.234", "1.", ".5", "1..2", "12e3", "NaN", "1 000", "--5", "9999999999999.00",
    ])
    func malformedAmountsAreRefused(text: String) {
        #expect(throws: RevCycleError.self) { try Money(parsing: text) }
    }

    @Test("Amounts print for people and for files", arguments: [
        (0, "$0.00", "0.00"), (5, "$0.05", "0.05"), (-5, "-$0.05", "-0.05"), (123_456_789, "$1,234,567.89", "1234567.89"),
        (100_000, "$1,000.00", "1000.00"),
    ])
    func amountsPrint(cents: Int64, forPeople: String, plain: String) {
        #expect(Money(cents: cents).description == forPeople)
        #expect(Money(cents: cents).plainText == plain)
    }

    @Test("Percentages round once, by the named rule", arguments: [
        // amount, basis points, rounding, expected cents
        (12_500, 3_333, Money.Rounding.halfUp, 4_166),   // 4166.25
        (1_000, 3_333, .down, 333), (1_000, 3_333, .up, 334),
        (250, 5_000, .halfEven, 125),
        (5, 5_000, .halfUp, 3), (5, 5_000, .halfEven, 2), (7, 5_000, .halfEven, 4),
        (-5, 5_000, .halfUp, -3), (-1_000, 3_333, .down, -333),
    ])
    func percentagesRound(amount: Int64, basisPoints: Int64, rounding: Money.Rounding, expected: Int64) {
        let result = Money(cents: amount).percent(basisPoints: basisPoints, rounding: rounding)
        #expect(result.cents == expected, "\(amount)¢ × \(basisPoints)bp \(rounding) gave \(result.cents), expected \(expected)")
    }

    @Test("A split adds up to the whole, never losing a cent", arguments: [(10_000, 3), (1, 4), (-1_001, 3), (99_999, 12), (0, 5)])
    func splitsAddUp(cents: Int64, parts: Int) {
        let split = Money(cents: cents).split(into: parts)
        #expect(split.count == parts)
        #expect(split.reduce(.zero, +).cents == cents, "parts \(split) do not sum to \(cents)")
        #expect((split.map(\.cents).max()! - split.map(\.cents).min()!) <= 1)
    }
}
