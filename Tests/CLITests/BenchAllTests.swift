import Foundation
import RevCycleCore
import RevCycleTesting
import Testing

/// `revcycle bench all`: one row per measured figure under the build and the machine; a benchmark
/// that fails is reported with its standard error and makes the run fail. Small sizes: these check
/// the suite's plumbing, never the figures.
@Suite("revcycle bench all")
struct BenchAllTests {
    static let header = ["benchmark", "phase", "size", "seconds", "rate", "unit", "peak memory mb", "build", "machine", "date"]

    #if DEBUG
    static let build = "debug"
    #else
    static let build = "release"
    #endif

    static func benchAll(_ arguments: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner(home: try TestFixtures.temporaryFolder()).run(["bench", "all"] + arguments)
    }

    @Test("bench all --only ledger,hooks prints a CSV row per figure with a positive rate, its unit, peak memory, the build and the machine")
    func printsARowPerFigure() throws {
        let outcome = try Self.benchAll(["--only", "ledger,hooks", "--entries", "2000", "--hook-calls", "2000", "--format", "csv"])
        #expect(outcome.exitCode == 0, "bench all failed: \(outcome.stderr)")
        let table = try CSVTable(outcome.stdout, file: "stdout", header: Self.header)
        #expect(table.rows.map { $0["benchmark"] } == ["hooks", "hooks", "ledger", "ledger"], "\(outcome.stdout)")
        #expect(table.rows.map { $0["unit"] } == ["calls/s", "calls/s", "postings/s", "rows/s"], "\(outcome.stdout)")
        for row in table.rows {
            #expect((Double(row["rate"]) ?? 0) > 0, "a positive rate on line \(row.line): \(row["rate"])")
            #expect((Int(row["peak memory mb"]) ?? 0) > 0, "the child's peak memory on line \(row.line): \(row["peak memory mb"])")
            #expect(row["build"] == Self.build, "the build on line \(row.line): \(row["build"]), expected \(Self.build)")
            #expect(row["machine"].contains(" cores, ") && row["machine"].contains("RAM"), "the machine: \(row["machine"])")
        }
        #expect(table.rows[2]["size"] == "4,000 postings in 2,000 entries", "the ledger's size: \(table.rows[2]["size"])")
        #expect(outcome.stderr.contains("[1/2] hooks: done in") && outcome.stderr.contains("[2/2] ledger: done in"),
                "progress as each benchmark ends: \(outcome.stderr)")
    }

    @Test("The table for people starts with the build, the date and the machine, then a row per figure")
    func tableHasTheBuildAndMachineHeader() throws {
        let outcome = try Self.benchAll(["--only", "ledger", "--entries", "1000"])
        #expect(outcome.exitCode == 0, "bench all failed: \(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("revcycle bench all: \(Self.build) build, ") == true, "the header: \(outcome.stdout)")
        #expect(lines.dropFirst().first?.hasPrefix("machine: ") == true, "the machine line: \(outcome.stdout)")
        #expect(lines.contains { $0.hasPrefix("ledger") && $0.contains("balanced ledger postings") && $0.contains("postings/s") },
                "a ledger row: \(outcome.stdout)")
    }

    @Test("A benchmark that fails is reported with the end of its standard error, the others still run, and bench all exits with its code")
    func aFailedChildIsReportedAndFailsTheRun() throws {
        let outcome = try Self.benchAll(["--only", "hooks,ledger", "--hook-calls", "10", "--entries", "1000", "--format", "csv"])
        #expect(outcome.exitCode == 64, "the hooks child's exit code (64, bad usage), got \(outcome.exitCode): \(outcome.stderr)")
        let table = try CSVTable(outcome.stdout, file: "stdout", header: Self.header)
        #expect(table.rows.map { $0["benchmark"] } == ["ledger", "ledger", "hooks"], "the ledger still ran: \(outcome.stdout)")
        #expect(table.rows.last?["phase"] == "FAILED: exit 64", "the failure's row: \(outcome.stdout)")
        #expect(outcome.stderr.contains("hooks failed (exit 64): revcycle bench hooks --iterations 10 --format csv"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  | Error: --iterations must be from 1,000 to 100,000,000."), "its stderr tail: \(outcome.stderr)")
        #expect(outcome.stderr.contains("error: 1 of 2 benchmarks failed: hooks"), "\(outcome.stderr)")
    }

    @Test("An unknown benchmark name is refused before anything runs")
    func unknownNameIsRefused() throws {
        let outcome = try Self.benchAll(["--only", "ledger,payroll"])
        #expect(outcome.exitCode == 64, "bad usage, got \(outcome.exitCode)")
        #expect(outcome.stderr.contains("--only names unknown benchmarks (payroll)"), "\(outcome.stderr)")
    }
}
