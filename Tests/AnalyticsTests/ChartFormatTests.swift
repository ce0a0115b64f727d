import RevCycleCore
import Testing

@testable import Analytics

/// The numbers charts print: abbreviated money on axes, percentages, coordinates, round ticks,
/// labels cut to fit.
struct ChartFormatTests {
    @Test(
        "Axis money is abbreviated to $k, $M and $B with the carry into the next unit, and exact under $1,000",
        arguments: [
            (Int64(0), "$0"), (95_000, "$950"), (250, "$2.50"), (99_999, "$999.99"), (100_000, "$1k"),
            (1_234_500, "$12.3k"), (1_235_000, "$12.4k"), (12_345_678, "$123.5k"), (99_995_000, "$1M"),
            (123_456_789, "$1.2M"), (150_000_000, "$1.5M"), (-450_000_000_000, "-$4.5B"),
            (922_337_203_685_477_580, "$9223.4T"),
        ])
    func compactMoney(_ cents: Int64, _ expected: String) {
        let shown = ChartNumber.compactMoney(Money(cents: cents))
        #expect(shown == expected, "\(cents) cents printed \(shown), expected \(expected)")
    }

    @Test(
        "Tick labels keep a second decimal when the tick needs it, so a label is exactly the value it marks",
        arguments: [
            (Int64(125_000_000), "$1.25M"), (120_000_000, "$1.2M"), (250_000, "$2.5k"), (500_000_000_000, "$5B"),
        ])
    func tickLabels(_ cents: Int64, _ expected: String) {
        #expect(ChartNumber.compactMoney(Money(cents: cents), maxDecimals: 2) == expected)
    }

    @Test(
        "Basis points print as a percentage with one decimal, rounded half up",
        arguments: [
            (Int64(10_000), "100%"), (6_250, "62.5%"), (3_333, "33.3%"), (6_667, "66.7%"), (0, "0%"), (5, "0.1%"),
        ])
    func percent(_ basisPoints: Int64, _ expected: String) {
        #expect(ChartNumber.percent(basisPoints: basisPoints) == expected)
    }

    @Test(
        "Series values print exactly in their unit",
        arguments: [
            (SeriesUnit.cents, Int64(123_456), "$1,234.56"), (.basisPoints, 1_234, "12.34%"),
            (.basisPoints, -5, "-0.05%"),
            (.decimal(places: 1, suffix: " days"), 423, "42.3 days"),
            (.decimal(places: 0, suffix: " claims"), 17, "17 claims"),
        ])
    func seriesUnit(_ unit: SeriesUnit, _ value: Int64, _ expected: String) {
        #expect(unit.text(value) == expected)
    }

    @Test(
        "Coordinates are written to the hundredth without trailing zeros, and never as nan or inf",
        arguments: [
            (12.0, "12"), (12.5, "12.5"), (12.345, "12.35"), (-0.004, "0"), (-3.1, "-3.1"), (.nan, "0"),
            (.infinity, "0"),
        ])
    func coordinates(_ value: Double, _ expected: String) {
        #expect(ChartNumber.coordinate(value) == expected)
    }

    @Test(
        "Ticks are round steps from zero that cover the data",
        arguments: [
            (Int64(0), Int64(25_000), [Int64(0), 5_000, 10_000, 15_000, 20_000, 25_000]),
            (0, 0, [0, 2_000, 4_000, 6_000, 8_000, 10_000]),
            (-30_000, 90_000, [-40_000, -20_000, 0, 20_000, 40_000, 60_000, 80_000, 100_000]),
            (0, 1, [0, 1]),
            (
                0, 900_000_000_000_000,
                [
                    0, 200_000_000_000_000, 400_000_000_000_000, 600_000_000_000_000,
                    800_000_000_000_000, 1_000_000_000_000_000,
                ]
            ),
        ])
    func niceTicks(_ minimum: Int64, _ maximum: Int64, _ expected: [Int64]) {
        let scale = AxisScale(minimum: minimum, maximum: maximum, targetTicks: 5)
        #expect(scale.ticks == expected, "ticks for \(minimum)...\(maximum): \(scale.ticks)")
    }

    @Test("An axis too short for six labels gets fewer, wider-spaced ticks")
    func crowdedAxis() {
        let scale = AxisScale.fitting(minimum: 0, maximum: 1_000_000, length: 120, maxTicks: 6) { _ in 40 }
        let spacing = 120 / Double(scale.ticks.count - 1)
        #expect(spacing >= 40, "ticks \(scale.ticks) are \(spacing) apart")
        #expect(scale.upper >= 1_000_000)
    }

    @Test("A label too long for its room is cut with an ellipsis; one that fits is untouched")
    func labelFitting() {
        let name = "UnitedHealthcare Community Plan of Northern Illinois"
        let cut = ChartText.fit(name, maxWidth: 150, fontSize: 11)
        #expect(cut.hasSuffix("…") && cut.count < name.count, "\(cut)")
        #expect(ChartText.width(cut, fontSize: 11) <= 150)
        #expect(name.hasPrefix(String(cut.dropLast())))
        #expect(ChartText.fit("Aetna", maxWidth: 150, fontSize: 11) == "Aetna")
        #expect(ChartText.fit("Medicare", maxWidth: 1, fontSize: 11) == "…")
    }

    @Test(
        "Month labels split into month and year; other labels are left alone",
        arguments: [("2026-07", "Jul", "2026"), ("2027-01", "Jan", "2027"), ("2026-12", "Dec", "2026")])
    func monthLabels(_ label: String, _ month: String, _ year: String) {
        let parts = ChartText.monthParts(label)
        #expect(parts?.month == month && parts?.year == year)
    }

    @Test("Labels that are not YYYY-MM are not taken for months", arguments: ["2026-13", "Q3 2026", "2026-7", "July"])
    func notMonths(_ label: String) {
        #expect(ChartText.monthParts(label) == nil)
    }
}
