import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle collections benchmark`: the statement run's throughput, printed, never asserted in tests.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure a statement run over many guarantors (build with -c release first).",
        discussion: """
            Builds a scratch RevCycle home in a temporary folder (deleted after) with N
            guarantors who owe (a third after an insurer's answer, a fifth with a partial
            payment), runs statements over all of them (the dunning policy in Lua, the
            statement built from the ledger and the payer's answers, recorded with its
            audit row), then renders every statement as text and HTML. Prints the time, the
            rate and the peak memory, then checks that every guarantor got a statement, the
            amounts due add up to the ledger and `ledger verify` passes.

            Examples:
              swift build -c release --product revcycle && .build/release/revcycle \\
                  collections benchmark --guarantors 100000
            """)

    @Option(help: "Guarantors who owe.") var guarantors = 20_000
    @Option(help: ArgumentHelp("The default policy scripts (the repository's Scripts/default).", valueName: "folder"))
    var scripts = "Scripts/default"
    @Option(help: "Output: table (for people), json or csv (for scripts).") var format: OutputFormat = .table

    func validate() throws {
        guard (10...1_000_000).contains(guarantors) else { throw ValidationError("--guarantors must be from 10 to 1,000,000.") }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let progress: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        #if DEBUG
        progress("note: this is a debug build; figures are several times below a release build (swift build -c release).")
        #endif
        let scriptFolder = URL(fileURLWithPath: scripts).standardizedFileURL
        guard FileManager.default.fileExists(atPath: scriptFolder.appendingPathComponent("collections.lua").path) else {
            throw RevCycleError(.notFound, "There is no collections.lua in \(scriptFolder.path) for the dunning policy.", at: "--scripts",
                                remedy: "run from the repository root, or give --scripts <repository>/Scripts/default")
        }
        let figures = try StatementBenchmark(guarantors: guarantors, registry: try PluginRegistry.current(), scripts: [scriptFolder])
            .run(in: folder, progress: progress)
        print(figures.report.render(as: format))
        guard figures.checks.isEmpty else {
            throw RevCycleError(.integrity, "The benchmark's figures do not add up: \(figures.checks.joined(separator: "; ")).")
        }
    }
}
