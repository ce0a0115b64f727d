import RevCycleCore
import Testing

@Suite("Numbers for people")
struct DigitGroupingTests {
    @Test("Thousands are separated by commas, the sign kept",
          arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (1_004_230, "1,004,230"), (-1_500, "-1,500"), (Int.min, "-9,223,372,036,854,775,808")])
    func grouped(value: Int, shown: String) {
        #expect(value.groupedDigits == shown)
    }

    @Test("A duration reads as seconds with its fraction")
    func durationSeconds() {
        #expect(Duration.milliseconds(1_500).inSeconds == 1.5)
        #expect(Duration.seconds(3).inSeconds == 3)
    }
}
