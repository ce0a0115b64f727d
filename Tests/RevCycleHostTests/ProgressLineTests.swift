import RevCycleHost
import Testing

@Suite("Progress of a long job")
struct ProgressLineTests {
    @Test("On a terminal the line redraws with a bar that fills with the steps done; in a log each step is a plain line",
          arguments: [(0, "[························] 0/12 start"), (6, "[████████████············] 6/12 start"),
                      (12, "[████████████████████████] 12/12 start")])
    func barFillsWithTheSteps(done: Int, bar: String) {
        let terminal = ProgressLine(total: 12, isTerminal: true)
        #expect(terminal.text(done, "start") == "\r" + bar + "\u{1B}[K")
        let log = ProgressLine(total: 12, isTerminal: false)
        #expect(log.text(done, "start") == "start\n")
    }
}
