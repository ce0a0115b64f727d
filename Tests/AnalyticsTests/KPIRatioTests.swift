@testable import Analytics
import RevCycleCore
import Testing

struct KPIRatioTests {
    @Test("A percentage is rounded once, half away from zero, to hundredths", arguments: [
        // (numerator, denominator, basis points, text)
        (1, 3, 3_333, "33.33%"),       // 3,333.33… → 3,333
        (2, 3, 6_667, "66.67%"),       // 6,666.66… → 6,667
        (1, 8, 1_250, "12.50%"),       // exact
        (1, 20_000, 1, "0.01%"),       // 0.5 basis point rounds up
        (1, 20_001, 0, "0.00%"),       // 0.49997… rounds down
        (-1, 20_000, -1, "-0.01%"),    // half rounds away from zero
        (0, 7, 0, "0.00%"),
        (7, 7, 10_000, "100.00%"),
    ])
    func percentRounding(numerator: Int, denominator: Int, basisPoints: Int64, text: String) throws {
        let ratio = try #require(KPIRatio(.count(numerator), over: .count(denominator), unit: .percent))
        #expect(ratio.rounded == basisPoints, "\(numerator)/\(denominator) gave \(ratio.rounded), expected \(basisPoints)")
        #expect(ratio.description == text)
    }

    @Test("Days of average daily revenue match the brief's example to the tenth")
    func daysExample() throws {
        // $12,345.00 ÷ ($37,035.00 ÷ 30) = 1,234,500 × 30 × 10 ÷ 3,703,500 = 100 tenths = 10.0 days.
        let ratio = try #require(KPIRatio(
            .money(KPIFixture.usd("12,345.00")), over: .money(KPIFixture.usd("37,035.00")), unit: .days(per: 30)))
        #expect(ratio.rounded == 100)
        #expect(ratio.description == "10.0 days")
    }

    @Test("A zero or negative denominator gives no ratio at all, never a division", arguments: [0, -1])
    func noDivisionByZero(denominator: Int) {
        #expect(KPIRatio(.count(5), over: .count(denominator), unit: .percent) == nil)
        #expect(KPIRatio(.money(.zero), over: .money(Money(cents: Int64(denominator))), unit: .days(per: 30)) == nil)
        #expect(KPIRatio(.count(5), over: .count(1), unit: .days(per: denominator)) == nil)
    }

    @Test("Large amounts do not overflow: the product is taken at full width")
    func largeAmounts() throws {
        // $90,000,000,000.00 of $100,000,000,000.00 = 90.00%; 9e12 cents × 10,000 overflows Int64 on its own.
        let ratio = try #require(KPIRatio(
            .money(Money(cents: 9_000_000_000_000)), over: .money(Money(cents: 10_000_000_000_000)), unit: .percent))
        #expect(ratio.rounded == 9_000)
    }

    @Test("Decimal text keeps leading zeros and the sign", arguments: [
        (5, 1, "0.5"), (-5, 1, "-0.5"), (1_234, 2, "12.34"), (7, 2, "0.07"), (100, 1, "10.0"),
    ])
    func decimalText(value: Int64, places: Int, text: String) {
        #expect(KPIRatio.decimalText(value, places: places) == text)
    }
}
