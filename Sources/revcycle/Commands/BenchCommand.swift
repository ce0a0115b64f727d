import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting
import RevCycleStore

/// `revcycle bench ledger|hooks|all`: performance figures, printed, never asserted in tests.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure performance (build with -c release first).",
        subcommands: [All.self, Ledger.self, Hooks.self])

    /// Writes a line to standard error: progress and notes when standard output carries CSV or JSON.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    struct Ledger: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Balanced ledger postings per second into SQLite, next to a plain SQLite insert loop.",
            discussion: """
                Writes a scratch database in a temporary folder (WAL, synchronous=FULL) and
                deletes it after. Target: at least 100,000 postings per second in batched
                transactions.

                Examples:
                  swift build -c release && .build/release/revcycle bench ledger --entries \\
                      200000
                  revcycle bench ledger --entries 20000 --format csv
                """)

        @Option(help: "Journal entries to post (each has two postings).") var entries = 100_000
        @Option(help: "Entries per transaction.") var batch = 1_000
        @Option(help: "Output: table (for people), json or csv (for scripts; progress goes to standard error).")
        var format: OutputFormat = .table

        func validate() throws {
            guard (1...10_000_000).contains(entries) else { throw ValidationError("--entries must be from 1 to 10,000,000.") }
            guard (1...100_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 100,000.") }
        }

        func run() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let isTable = format == .table
            let say: (String) -> Void = { line in if isTable { print(line) } else { BenchCommand.note(line) } }
            #if DEBUG
            say("note: this is a debug build; figures are 2-5x below a release build (swift build -c release).")
            #endif
            let figures = try LedgerBenchmark(entries: entries, batchSize: batch).run(in: folder, progress: say)
            guard format == .table else {
                print(figures.report.render(as: format))
                return
            }
            print("""
                ledger postings:      \(figures.ledgerPostingsPerSecond.groupedDigits) /s  (\(figures.postings) postings in \(figures.entries) balanced entries, \(String(format: "%.2f", figures.ledgerSeconds)) s; idempotency check, digests, balance trigger, audit row per patient per batch)
                plain SQLite inserts: \(figures.plainRowsPerSecond.groupedDigits) /s  (\(figures.postings) rows, \(String(format: "%.2f", figures.plainSeconds)) s)
                ratio:                \(String(format: "%.2f", figures.ledgerPostingsPerSecond / figures.plainRowsPerSecond)) of plain insert speed; target ≥ 100,000 postings/s
                """)
        }
    }

    struct Hooks: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Policy-hook calls per second with a 5-field payload, next to the same function in plain lua5.4.",
            discussion: """
                The hosted side runs in a sandboxed site state with the instruction budget, the
                memory cap and the deadline armed; the plain side runs /usr/bin/lua5.4
                (Debian's lua5.4) on the same machine in the same run. Target: hook overhead
                within 2x of plain lua5.4.

                Examples:
                  swift build -c release && .build/release/revcycle bench hooks --iterations \\
                      2000000
                  revcycle bench hooks --iterations 100000 --keep /tmp/hooks --format csv
                """)

        @Option(help: "Calls on each side.") var iterations = 1_000_000
        @Option(help: "The plain Lua interpreter.") var interpreter = "/usr/bin/lua5.4"
        @Option(help: ArgumentHelp("A folder to write the plain side's script into (plain.lua; run it as lua5.4 plain.lua N).",
                                   valueName: "folder"))
        var keep: String?
        @Option(help: "Output: table (for people), json or csv (for scripts; notes go to standard error).")
        var format: OutputFormat = .table

        func validate() throws {
            guard (1_000...100_000_000).contains(iterations) else { throw ValidationError("--iterations must be from 1,000 to 100,000,000.") }
        }

        func run() throws {
            #if DEBUG
            let note = "note: this is a debug build; figures are 2-3x below a release build (swift build -c release)."
            if format == .table { print(note) } else { BenchCommand.note(note) }
            #endif
            let report = try HookBenchmark.run(iterations: iterations, interpreter: URL(fileURLWithPath: interpreter),
                                               keep: keep.map { URL(fileURLWithPath: $0, isDirectory: true) })
            print(format == .table ? report.description : report.report.render(as: format))
        }
    }
}
