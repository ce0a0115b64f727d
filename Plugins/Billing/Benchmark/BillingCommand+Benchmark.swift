import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

extension BillingCommand {
    /// `revcycle billing benchmark`: 835 and 837P throughput, printed, never asserted in tests.
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "benchmark",
            abstract: "Measure 835 parsing and posting and 837P writing, in claims per second (build with -c release first).",
            discussion: """
                Builds a scratch RevCycle home in a temporary folder (deleted after), registers
                the claims, writes one balanced 835 answering them and measures: parsing it
                (bytes to typed remittance), the balancing check, parsing and posting it as
                `revcycle billing remit import` does, and writing the claims as one 837P. Peak
                memory is VmHWM after each phase. It then checks that the cash posted equals
                BPR02 and that `ledger verify` passes. Targets: parse+post at least 30,000
                claims/s; parsing 100x pyx12.

                Examples:
                  swift build -c release --product revcycle && .build/release/revcycle \\
                      billing benchmark
                  revcycle billing benchmark --claims 100000 --keep /tmp/x12 --format csv
                """)

        @Option(help: "Claims to register, remit and bill.") var claims = 20_000
        @Option(help: ArgumentHelp("A folder to write the generated bench.835 and bench.837 into.", valueName: "folder")) var keep: String?
        @Option(help: ArgumentHelp("The default policy scripts (the repository's Scripts/default).", valueName: "folder"))
        var scripts = "Scripts/default"
        @Option(help: "Output: table (for people), json or csv (for scripts).") var format: OutputFormat = .table

        func validate() throws {
            guard (10...1_000_000).contains(claims) else { throw ValidationError("--claims must be from 10 to 1,000,000.") }
        }

        func run() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let progress: (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            #if DEBUG
            progress("note: this is a debug build; figures are several times below a release build (swift build -c release).")
            #endif
            let scriptFolder = URL(fileURLWithPath: scripts).standardizedFileURL
            guard FileManager.default.fileExists(atPath: scriptFolder.appendingPathComponent("billing.lua").path) else {
                throw RevCycleError(.notFound, "There is no billing.lua in \(scriptFolder.path) to route denials with.", at: "--scripts",
                                    remedy: "run from the repository root, or give --scripts <repository>/Scripts/default")
            }
            let benchmark = RemittanceBenchmark(claims: claims, registry: try PluginRegistry.current(), scripts: [scriptFolder])
            let figures = try benchmark.run(in: folder, keep: keep.map { URL(fileURLWithPath: $0) }, progress: progress)
            print(figures.report.render(as: format))
            guard figures.isConsistent else {
                throw RevCycleError(.integrity, "The benchmark's bookkeeping does not add up: \(figures.checks.joined(separator: "; ")).")
            }
        }
    }
}

extension RemittanceBenchmark.Figures {
    /// Cash posted equals BPR02 and the ledger's cash, every claim posted, no exception, `ledger verify` clean.
    var isConsistent: Bool {
        cashPosted == payment && cashOnLedger == payment && claimsPosted == remittedClaims && exceptions == 0 && verification.isClean
    }

    /// The checks in words.
    var checks: [String] {
        [
            "cash posted \(cashPosted), BPR02 \(payment), cash on the ledger \(cashOnLedger): " + (cashPosted == payment && cashOnLedger == payment ? "equal" : "NOT EQUAL"),
            "\(claimsPosted) of \(remittedClaims) remitted claims posted, \(exceptions) exception(s)",
            "ledger verify: " + (verification.isClean ? "clean" : "\(verification.violations.count) violation(s), first: \(verification.violations[0])")
                + " (\(verification.entriesChecked) entries, \(verification.postingsChecked) postings, \(verification.accountsChecked) accounts)",
        ]
    }

    /// One row per phase, with the build and the machine; the checks as the footer.
    var report: Report {
        var report = Report(columns: ["phase", "claims", "seconds", "claims/s", "MB/s", "peak memory MB", "memory growth MB", "build", "machine"])
        for phase in phases {
            report.append([
                .text(phase.name), .number(Int64(phase.claims)), .text(String(format: "%.3f", phase.seconds)),
                .number(Int64(phase.claimsPerSecond.rounded())), phase.megabytesPerSecond.map { .text(String(format: "%.1f", $0)) } ?? .empty,
                phase.peakMemoryBytes.map { .number(Int64($0 / 1_048_576)) } ?? .empty,
                phase.memoryGrowthBytes.map { .number(Int64($0 / 1_048_576)) } ?? .empty, .text(isReleaseBuild ? "release" : "debug"),
                .text("\(cores) cores"),
            ])
        }
        report.footer = checks
        return report
    }
}
