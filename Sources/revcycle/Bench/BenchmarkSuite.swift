import Foundation

/// Every benchmark of the project in one run (`revcycle bench all`): Lua hook calls, ledger
/// postings, 835 parse and parse + post, 837P generation, the statement run, the hospital year and
/// its KPIs, and a clinic simulation.
///
/// Each benchmark runs as a child process of this same executable with `--format csv`, so that its
/// peak memory is its own (``BenchmarkChild``); the suite reads the child's CSV into
/// ``BenchmarkFigure``s. A child that fails does not stop the others: it becomes a ``Failure`` with
/// the tail of what it wrote on standard error.
///
/// ```swift
/// let suite = BenchmarkSuite(sizes: .init(), selected: ["ledger", "hooks"], repository: root,
///                            executable: BenchmarkChild.currentExecutable, scratch: folder)
/// let outcome = suite.run(machine: .current(at: Date())) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
/// print(outcome.render(as: .table))
/// ```
struct BenchmarkSuite: Sendable {
    /// The sizes the benchmarks run at: the flags of `revcycle bench all`, with their defaults.
    struct Sizes: Sendable {
        var hookCalls = 1_000_000
        var entries = 100_000
        var claims = 20_000
        var guarantors = 20_000
        /// 101,000 visits make about 1,004,000 postings: the 1,000,000-posting simulation.
        var visits = 101_000
        var simulateDays = 30
        var simulatePatients = 60
    }

    /// One benchmark of the suite: the arguments that run it, and how its output reads as figures.
    struct Member: Sendable {
        /// The name `--only` takes and the table's first column shows.
        var name: String
        var arguments: [String]
        /// The figures in what the child printed (standard output, wall time, peak memory).
        var figures: @Sendable (BenchmarkChild) throws -> [BenchmarkFigure]
        /// Whether it needs the repository's `Scripts/default` (or, for the simulation, `config/` too).
        var needsRepository: Bool
    }

    /// A benchmark that did not give its figures.
    struct Failure: Sendable {
        var benchmark: String
        /// The command line, for a person to run again.
        var command: String
        /// Why, in words ("exit 64", "its output is not the CSV expected: …").
        var reason: String
        /// The child's exit status (70, an internal error, when it exited 0 but its output could not be read).
        var exitStatus: Int32
        var standardErrorTail: [String]
    }

    /// What a run measured.
    struct Outcome: Sendable {
        var figures: [BenchmarkFigure]
        var failures: [Failure]
        var machine: BenchmarkMachine
    }

    /// The benchmarks, in the order they run (quickest first).
    static let names = ["hooks", "ledger", "billing", "statements", "kpis", "simulate"]

    var sizes: Sizes
    /// The names of the benchmarks to run, from ``names``.
    var selected: [String]
    /// The repository root: the folder holding `config/` and `Scripts/`.
    var repository: URL
    /// The executable the children run: this one.
    var executable: URL
    /// A folder for the simulation's run, which the caller deletes.
    var scratch: URL

    /// Runs the selected benchmarks one after another.
    ///
    /// - Parameter progress: a line when each benchmark starts and ends, and each line its child writes on standard error.
    func run(machine: BenchmarkMachine, progress: (String) -> Void) -> Outcome {
        let chosen = members.filter { selected.contains($0.name) }
        var figures: [BenchmarkFigure] = []
        var failures: [Failure] = []
        for (index, member) in chosen.enumerated() {
            let label = "[\(index + 1)/\(chosen.count)] \(member.name)"
            let command = "revcycle " + member.arguments.joined(separator: " ")
            progress("\(label): \(command)")
            do {
                let child = try BenchmarkChild.run(executable: executable, arguments: member.arguments) { progress("    " + $0) }
                let summary = "\(String(format: "%.1f", child.seconds)) s, peak memory \(child.peakResidentBytes / 1_048_576) MB"
                guard child.succeeded else {
                    progress("\(label): FAILED with exit \(child.exitStatus) after \(summary)")
                    failures.append(Failure(benchmark: member.name, command: command, reason: "exit \(child.exitStatus)",
                                            exitStatus: child.exitStatus, standardErrorTail: child.standardErrorTail))
                    continue
                }
                do {
                    figures += try member.figures(child)
                    progress("\(label): done in \(summary)")
                } catch {
                    progress("\(label): FAILED: its output could not be read: \(error)")
                    failures.append(Failure(benchmark: member.name, command: command,
                                            reason: "its output is not what the suite reads: \(error)", exitStatus: 70,
                                            standardErrorTail: child.standardErrorTail))
                }
            } catch {
                progress("\(label): FAILED to start: \(error)")
                failures.append(Failure(benchmark: member.name, command: command, reason: "it could not be started: \(error)",
                                        exitStatus: 70, standardErrorTail: []))
            }
        }
        return Outcome(figures: figures, failures: failures, machine: machine)
    }
}
