import Foundation
import RevCycleScripting
import Testing

@Suite("The hook benchmark")
struct HookBenchmarkTests {
    @Test(
        "runs both sides and reports calls per second",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/lua5.4")))
    func benchmarkRunsBothSides() throws {
        let report = try HookBenchmark.run(iterations: 2000)
        #expect(report.hostedCallsPerSecond > 0 && report.plainCallsPerSecond > 0)
        #expect(report.description.contains("calls/s"))
    }
}
