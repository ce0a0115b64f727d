import Foundation
import RevCycleHost
import RevCycleScripting

extension HookBenchmarkReport {
    /// The figures for scripts (`revcycle bench hooks --format csv|json`): the hosted side and the
    /// plain interpreter, one row each.
    var report: Report {
        var report = Report(columns: ["side", "calls", "seconds", "calls/s", "ns/call"])
        for (side, rate, nanoseconds) in [("RevCycle SiteScriptRuntime", hostedCallsPerSecond, hostedNanosecondsPerCall),
                                          ("plain \(interpreter)", plainCallsPerSecond, plainNanosecondsPerCall)] {
            report.append([.text(side), .number(Int64(iterations)), .text(String(format: "%.3f", Double(iterations) / rate)),
                           .number(Int64(rate.rounded())), .text(String(format: "%.1f", nanoseconds))])
        }
        return report
    }
}
