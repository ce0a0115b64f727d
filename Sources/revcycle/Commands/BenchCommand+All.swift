import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

extension BenchCommand {
    /// `revcycle bench all`: every benchmark of the project, each in a child process, in one table.
    struct All: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: """
                Run every benchmark (hooks, ledger, 835/837P, statements, the 1,000,000-posting year and its KPIs, \
                a simulation) in one table.
                """,
            discussion: """
                Each benchmark runs as a child process of this executable with --format csv, so
                its peak memory (ru_maxrss from wait4) is its own; its progress is passed
                through to standard error. The table gives, per measured figure: the benchmark,
                the phase, the size, the seconds, the rate and its unit, and the peak memory;
                the header gives the build (debug or release), the machine and the date. A
                benchmark that fails is reported with the end of its standard error, the others
                still run, and the command exits with the failed child's exit code. Benchmarks:
                \(BenchmarkSuite.names.joined(separator: ", ")). Run it from the repository
                root (or give --from): the module benchmarks use Scripts/default, the
                simulation config/ and Scripts/.

                Examples:
                  swift build -c release --product revcycle && .build/release/revcycle bench \\
                      all
                  revcycle bench all --only ledger,hooks --entries 20000 --hook-calls 100000 \\
                      --format csv
                  revcycle bench all --claims 5000 --guarantors 5000 --visits 20000 \\
                      --simulate-days 10
                """)

        @Option(help: "Policy-hook calls on each side (hooks).") var hookCalls = BenchmarkSuite.Sizes().hookCalls
        @Option(help: "Journal entries to post (ledger).") var entries = BenchmarkSuite.Sizes().entries
        @Option(help: "Claims to remit, post and bill (billing: 835 parse, parse + post, 837P).") var claims = BenchmarkSuite.Sizes().claims
        @Option(help: "Guarantors who owe (statements).") var guarantors = BenchmarkSuite.Sizes().guarantors
        @Option(help: "Visits in the hospital year (kpis; 101,000 make about 1,004,000 postings).") var visits = BenchmarkSuite.Sizes().visits
        @Option(help: "Days of the clinic simulation (simulate).") var simulateDays = BenchmarkSuite.Sizes().simulateDays
        @Option(help: "Patients of the clinic simulation (simulate).") var simulatePatients = BenchmarkSuite.Sizes().simulatePatients
        @Option(help: ArgumentHelp("Only these benchmarks, comma-separated: \(BenchmarkSuite.names.joined(separator: ",")).",
                                   valueName: "names"))
        var only: String?
        @Option(help: ArgumentHelp("The repository root, holding config/ and Scripts/ (default: the current folder).", valueName: "folder"))
        var from: String?
        @Option(help: "Output: table (for people), json or csv (for scripts; progress goes to standard error).")
        var format: OutputFormat = .table

        /// The benchmarks asked for, in the suite's order.
        var selected: [String] {
            guard let only else { return BenchmarkSuite.names }
            let asked = Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            return BenchmarkSuite.names.filter(asked.contains)
        }

        /// The sizes are checked by each benchmark itself (its own range, its own message); here they need only be positive.
        func validate() throws {
            for (flag, value) in [("--hook-calls", hookCalls), ("--entries", entries), ("--claims", claims), ("--guarantors", guarantors),
                                  ("--visits", visits), ("--simulate-days", simulateDays), ("--simulate-patients", simulatePatients)]
            where value < 1 {
                throw ValidationError("\(flag) must be a positive number, not \(value).")
            }
            if let only {
                let unknown = only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !BenchmarkSuite.names.contains($0) }
                guard unknown.isEmpty else {
                    let names = BenchmarkSuite.names.joined(separator: ", ")
                    throw ValidationError("--only names unknown benchmarks (\(unknown.joined(separator: ", "))); choose from \(names).")
                }
            }
        }

        func run() throws {
            let files = FileManager.default
            let scratch = files.temporaryDirectory.appendingPathComponent("revcycle-bench-all-\(UUID().uuidString)")
            try files.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? files.removeItem(at: scratch) }
            let repository = URL(fileURLWithPath: from ?? files.currentDirectoryPath, isDirectory: true).standardizedFileURL
            let sizes = BenchmarkSuite.Sizes(hookCalls: hookCalls, entries: entries, claims: claims, guarantors: guarantors, visits: visits,
                                             simulateDays: simulateDays, simulatePatients: simulatePatients)
            let suite = BenchmarkSuite(sizes: sizes, selected: selected, repository: repository,
                                       executable: BenchmarkChild.currentExecutable, scratch: scratch)
            let needing = suite.members.filter { selected.contains($0.name) && $0.needsRepository }.map(\.name)
            guard needing.isEmpty || files.fileExists(atPath: repository.appendingPathComponent("Scripts/default").path) else {
                throw RevCycleError(.notFound, "There is no Scripts/default in \(repository.path) for \(needing.joined(separator: ", ")).",
                                    at: "--from", remedy: "run from the repository root, or give --from <repository>")
            }
            #if DEBUG
            BenchCommand.note("note: this is a debug build; figures are several times below a release build (swift build -c release).")
            #endif
            let outcome = suite.run(machine: .current(at: SystemWallClock().now()), progress: BenchCommand.note)
            print(outcome.render(as: format))
            guard let failed = outcome.failures.first else { return }
            if format != .table {
                for failure in outcome.failures {
                    BenchCommand.note("\(failure.benchmark) failed (\(failure.reason)): \(failure.command)")
                    failure.standardErrorTail.forEach { BenchCommand.note("  | " + $0) }
                }
            }
            BenchCommand.note("error: \(outcome.failures.count) of \(selected.count) benchmarks failed: "
                              + outcome.failures.map(\.benchmark).joined(separator: ", "))
            throw ExitCode(failed.exitStatus)
        }
    }
}
