import Foundation
import RevCycleCore
import RevCycleHost

extension BenchmarkSuite.Outcome {
    /// The run as people read it (a header with the build, the machine and the date, then one row
    /// per figure and the failures) or as scripts read it (CSV or JSON, the build, machine and date
    /// repeated on every row, rates as plain numbers).
    func render(as format: OutputFormat) -> String {
        guard format == .table else { return report(as: format).render(as: format) }
        let header = [
            "revcycle bench all: \(machine.build) build, \(machine.timestamp)",
            "machine: \(machine.description)",
            "",
        ]
        return (header + [report(as: .table).render(as: .table)]).joined(separator: "\n")
    }

    /// One row per figure, then one per failed benchmark.
    func report(as format: OutputFormat) -> Report {
        let forPeople = format == .table
        let context = forPeople ? [] : ["build", "machine", "date"]
        var report = Report(columns: ["benchmark", "phase", "size", "seconds", "rate", "unit", "peak memory MB"] + context)
        let contextCells: [Report.Cell] = forPeople ? [] : [.text(machine.build), .text(machine.description), .text(machine.timestamp)]
        // Whole numbers from 100 up, two decimals below (a simulation runs a few days per second);
        // commas between thousands for people. A table right-aligns only number cells: pad the rate so its column lines up.
        let rates = figures.map { figure in
            figure.rate >= 100 ? (forPeople ? figure.rate.groupedDigits : String(Int(figure.rate.rounded())))
                : String(format: "%.2f", figure.rate)
        }
        let width = forPeople ? rates.map(\.count).max() ?? 0 : 0
        for (figure, rate) in zip(figures, rates) {
            let rateCell = Report.Cell.text(String(repeating: " ", count: max(0, width - rate.count)) + rate)
            report.append([.text(figure.benchmark), .text(figure.phase), .text(figure.size), .text(String(format: "%.3f", figure.seconds)),
                           rateCell, .text(figure.unit), figure.peakMemoryBytes.map { .number(Int64($0 / 1_048_576)) } ?? .empty]
                          + contextCells)
        }
        for failure in failures {
            report.append([.text(failure.benchmark), .text("FAILED: \(failure.reason)"), .empty, .empty, .empty, .empty, .empty]
                          + contextCells)
        }
        if forPeople {
            report.footer = failures.flatMap { failure in
                ["", "\(failure.benchmark) failed (\(failure.reason)): \(failure.command)"]
                    + failure.standardErrorTail.map { "  | " + $0 }
            }
        }
        return report
    }
}
