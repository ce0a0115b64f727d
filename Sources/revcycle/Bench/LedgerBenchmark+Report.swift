import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore

extension LedgerBenchmark.Figures {
    /// The figures for scripts (`revcycle bench ledger --format csv|json`): the ledger's postings and
    /// the plain insert loop, one row each, with the rate's unit.
    var report: Report {
        var report = Report(columns: ["phase", "entries", "postings", "seconds", "per second", "unit"])
        report.append([.text("balanced ledger postings"), .number(Int64(entries)), .number(Int64(postings)),
                       .text(String(format: "%.3f", ledgerSeconds)), .number(Int64(ledgerPostingsPerSecond.rounded())), .text("postings/s")])
        report.append([.text("plain SQLite inserts"), .empty, .number(Int64(postings)), .text(String(format: "%.3f", plainSeconds)),
                       .number(Int64(plainRowsPerSecond.rounded())), .text("rows/s")])
        return report
    }
}
