import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle analytics benchmark`: every KPI for a year of a hospital's ledger, timed (never asserted in tests).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Time every KPI for a year over a generated ledger of about 1,000,000 postings and 70,000 claims (build with -c release first).",
        discussion: """
            Builds a scratch home in a temporary folder (deleted after) with N visits over
            the past year (three charge lines each; 70% insured with a claim, its scrub and
            the payer's answer 20 days later; patient payments and some bad debt), posted
            through the ledger's own path, then reads the year's facts and computes every
            KPI. Target: all KPIs for a year in under 2 seconds. The default 101,000 visits
            make about 1,004,000 postings.

            Example:
              swift build -c release --product revcycle && .build/release/revcycle \\
                  analytics benchmark
            """)

    @Option(help: "Visits to generate over the year.") var visits = 101_000
    @Option(help: ArgumentHelp("The default policy scripts (the repository's Scripts/default).", valueName: "folder"))
    var scripts = "Scripts/default"
    @Option(help: ArgumentHelp("Keep the generated home in this folder (to query it) instead of deleting it.", valueName: "folder")) var keep: String?
    @Option(help: "Output: table (for people), json or csv (for scripts).") var format: OutputFormat = .table

    func validate() throws {
        guard (100...2_000_000).contains(visits) else { throw ValidationError("--visits must be from 100 to 2,000,000.") }
    }

    func run() throws {
        let folder = keep.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let progress: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        #if DEBUG
        progress("note: this is a debug build; figures are several times below a release build (swift build -c release).")
        #endif
        let scriptFolder = URL(fileURLWithPath: scripts).standardizedFileURL
        let figures = try KPIBenchmark(visits: visits, registry: try PluginRegistry.current(), scripts: [scriptFolder]).run(in: folder, progress: progress)
        print(figures.report.render(as: format))
    }
}
