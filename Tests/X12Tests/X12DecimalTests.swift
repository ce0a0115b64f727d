import Testing
import X12

struct X12DecimalTests {
    @Test("Amounts read as exact cents", arguments: [
        ("25", 2500), ("25.5", 2550), ("12.34", 1234), (".5", 50), ("0.05", 5), ("-40", -4000), ("12.340", 1234),
        ("1200.", 120_000),
    ] as [(String, Int64)])
    func amountsReadAsCents(_ text: String, _ cents: Int64) {
        #expect(X12Decimal(x12: text)?.scaled(to: 2) == cents, "\(text) is \(cents) cents")
    }

    @Test("Fractions read as exact basis points", arguments: [
        (".2", 2000), ("0.20", 2000), ("0.155", 1550), ("1", 10_000), ("0", 0), (".0001", 1),
    ] as [(String, Int64)])
    func fractionsReadAsBasisPoints(_ text: String, _ basisPoints: Int64) {
        #expect(X12Decimal(x12: text)?.scaled(to: 4) == basisPoints, "\(text) is \(basisPoints) basis points")
    }

    @Test("Inexact or malformed numbers are refused", arguments: ["12.345", "1,000", "1e3", "$5", " 5", "", ".", "-", "1.2.3", "1234567890123456789"])
    func inexactOrMalformedNumbersAreRefused(_ text: String) {
        #expect(X12Decimal(x12: text)?.scaled(to: 2) == nil, "\(text) has no exact cents")
    }

    @Test("Numbers are written in the shortest X12 form", arguments: [
        (2500, 2, "25"), (2550, 2, "25.5"), (5, 2, ".05"), (-350, 2, "-3.5"), (2000, 4, ".2"), (10_000, 4, "1"), (0, 2, "0"),
    ] as [(Int64, Int, String)])
    func numbersAreWrittenShort(_ significand: Int64, _ scale: Int, _ text: String) {
        let number = X12Decimal(significand: significand, scale: scale)
        #expect(number.x12 == text, "wrote \(number.x12)")
        #expect(X12Decimal(x12: text) == number, "reads back equal")
    }

    @Test("Dates must exist", arguments: [
        ("20240229", true), ("20230229", false), ("20000229", true), ("19000229", false), ("20261131", false),
        ("20261301", false), ("2026110", false), ("2026-11-02", false), ("20261102", true),
    ])
    func datesMustExist(_ text: String, _ exists: Bool) {
        let date = X12Date(x12: text)
        #expect((date != nil) == exists, "\(text) \(exists ? "exists" : "does not exist")")
        if let date { #expect(date.x12 == text && date.yymmdd == String(text.dropFirst(2))) }
    }
}
