import Foundation
import RevCycleCore

extension BenchmarkSuite {
    /// Every benchmark, in ``names`` order, with the arguments for this run's sizes.
    var members: [Member] {
        let scripts = repository.appendingPathComponent("Scripts/default").path
        let sizes = sizes
        return [
            Member(name: "hooks", arguments: ["bench", "hooks", "--iterations", "\(sizes.hookCalls)", "--format", "csv"],
                   figures: Self.hookFigures, needsRepository: false),
            Member(name: "ledger", arguments: ["bench", "ledger", "--entries", "\(sizes.entries)", "--format", "csv"],
                   figures: Self.ledgerFigures, needsRepository: false),
            Member(name: "billing", arguments: ["billing", "benchmark", "--claims", "\(sizes.claims)", "--scripts", scripts, "--format", "csv"],
                   figures: Self.billingFigures, needsRepository: true),
            Member(name: "statements",
                   arguments: ["collections", "benchmark", "--guarantors", "\(sizes.guarantors)", "--scripts", scripts, "--format", "csv"],
                   figures: Self.statementFigures, needsRepository: true),
            Member(name: "kpis", arguments: ["analytics", "benchmark", "--visits", "\(sizes.visits)", "--scripts", scripts, "--format", "csv"],
                   figures: Self.kpiFigures, needsRepository: true),
            Member(name: "simulate",
                   arguments: ["simulate", "--days", "\(sizes.simulateDays)", "--patients", "\(sizes.simulatePatients)", "--seed", "1",
                               "--out", scratch.appendingPathComponent("simulation").path, "--from", repository.path],
                   figures: { child in try Self.simulationFigures(child, days: sizes.simulateDays, patients: sizes.simulatePatients) },
                   needsRepository: true),
        ]
    }

    // MARK: - Reading each benchmark's output

    /// `revcycle bench hooks --format csv`: the hosted side and plain lua5.4.
    @Sendable static func hookFigures(_ child: BenchmarkChild) throws -> [BenchmarkFigure] {
        try table(child, "bench hooks", header: ["side", "calls", "seconds", "calls/s", "ns/call"]).rows.map { row in
            let calls = try integer(row, "calls")
            return BenchmarkFigure(benchmark: "hooks", phase: "policy call: \(row["side"])",
                                   size: "\(calls.groupedDigits) calls, 5-field payload", seconds: try number(row, "seconds"),
                                   rate: try number(row, "calls/s"), unit: "calls/s", peakMemoryBytes: child.peakResidentBytes)
        }
    }

    /// `revcycle bench ledger --format csv`: balanced postings, then the plain insert loop.
    @Sendable static func ledgerFigures(_ child: BenchmarkChild) throws -> [BenchmarkFigure] {
        try table(child, "bench ledger", header: ["phase", "entries", "postings", "seconds", "per second", "unit"]).rows.map { row in
            let postings = try integer(row, "postings").groupedDigits
            let size = row["entries"].isEmpty ? "\(postings) rows" : "\(postings) postings in \(try integer(row, "entries").groupedDigits) entries"
            return BenchmarkFigure(benchmark: "ledger", phase: row["phase"], size: size, seconds: try number(row, "seconds"),
                                   rate: try number(row, "per second"), unit: row["unit"], peakMemoryBytes: child.peakResidentBytes)
        }
    }

    /// `revcycle billing benchmark --format csv`: the 835 parse (whole file, then streamed), the 835 parse + post and the 837P, each with its own peak.
    @Sendable static func billingFigures(_ child: BenchmarkChild) throws -> [BenchmarkFigure] {
        let header = ["phase", "claims", "seconds", "claims/s", "mb/s", "peak memory mb", "memory growth mb", "build", "machine"]
        let rows = try table(child, "billing benchmark", header: header).rows
        return try ["835 parse", "835 stream read", "835 parse + post", "837P generate"].map { phase in
            guard let row = rows.first(where: { $0["phase"] == phase }) else { throw unreadable("billing benchmark", "no \(phase) row") }
            // The growth over what was resident as the phase began shows whether the phase's memory is bounded.
            let growth = Int(row["memory growth mb"]).map { ", memory +\($0) MB" } ?? ""
            return BenchmarkFigure(benchmark: "billing", phase: phase, size: "\(try integer(row, "claims").groupedDigits) claims\(growth)",
                                   seconds: try number(row, "seconds"), rate: try number(row, "claims/s"), unit: "claims/s",
                                   peakMemoryBytes: Int(row["peak memory mb"]).map { $0 * 1_048_576 } ?? child.peakResidentBytes)
        }
    }

    /// `revcycle collections benchmark --format csv`: the statement run, then rendering.
    @Sendable static func statementFigures(_ child: BenchmarkChild) throws -> [BenchmarkFigure] {
        let header = ["phase", "guarantors", "seconds", "per second", "peak memory mb"]
        return try table(child, "collections benchmark", header: header).rows.map { row in
            BenchmarkFigure(benchmark: "statements", phase: row["phase"], size: "\(try integer(row, "guarantors").groupedDigits) guarantors",
                            seconds: try number(row, "seconds"), rate: try number(row, "per second"), unit: "statements/s",
                            peakMemoryBytes: Int(row["peak memory mb"]).map { $0 * 1_048_576 } ?? child.peakResidentBytes)
        }
    }

    /// `revcycle analytics benchmark --format csv`: the hospital year (the 1,000,000-posting
    /// simulation, with the generator's own peak memory), then the KPIs over it.
    @Sendable static func kpiFigures(_ child: BenchmarkChild) throws -> [BenchmarkFigure] {
        let rows = try table(child, "analytics benchmark", header: ["phase", "seconds", "notes", "peak memory mb"]).rows
        func row(_ prefix: String) throws -> CSVTable.Row {
            guard let row = rows.first(where: { $0["phase"].hasPrefix(prefix) }) else {
                throw unreadable("analytics benchmark", "no \(prefix)… row")
            }
            return row
        }
        // "workload: 101000 visits, 1004230 postings, 70700 claims"
        let workload = try row("workload:")
        let counts = workload["phase"].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard counts.count == 3 else { throw unreadable("analytics benchmark", "the workload row reads \(workload["phase"])") }
        let (visits, postings, claims) = (counts[0], counts[1], counts[2])
        let kpis = Int(try row("compute every KPI")["notes"].split(separator: " ").first ?? "") ?? 0
        let year = "\(postings.groupedDigits) postings"
        let simulation = postings >= 1_000_000 ? "1,000,000-posting simulation" : "\(postings.groupedDigits)-posting simulation"
        let seconds = try number(workload, "seconds")
        var figures = [
            BenchmarkFigure(benchmark: "kpis", phase: "\(simulation) (a hospital year)",
                            size: "\(year), \(visits.groupedDigits) visits, \(claims.groupedDigits) claims", seconds: seconds,
                            rate: Double(postings) / max(seconds, 1e-9), unit: "postings/s",
                            peakMemoryBytes: Int(workload["peak memory mb"]).map { $0 * 1_048_576 } ?? child.peakResidentBytes),
        ]
        for (prefix, label, perPosting) in [("read the year's facts", "read the year's facts (SQL)", true),
                                            ("compute every KPI", "compute \(kpis) KPIs for the year", false),
                                            ("all KPIs for a year", "all \(kpis) KPIs for a year (read + compute; target < 2 s)", false),
                                            ("monthly series", "monthly series with every account's activity", true)] {
            let seconds = try number(try row(prefix), "seconds")
            figures.append(BenchmarkFigure(benchmark: "kpis", phase: label, size: year, seconds: seconds,
                                           rate: Double(perPosting ? postings : kpis) / max(seconds, 1e-9),
                                           unit: perPosting ? "postings/s" : "KPIs/s", peakMemoryBytes: child.peakResidentBytes))
        }
        return figures
    }

    /// `revcycle simulate`: prints a summary, not CSV; its figure is the child's wall time and peak memory.
    static func simulationFigures(_ child: BenchmarkChild, days: Int, patients: Int) throws -> [BenchmarkFigure] {
        guard child.standardOutput.hasPrefix("Simulation:") else {
            throw unreadable("simulate", "no summary on standard output")
        }
        return [BenchmarkFigure(benchmark: "simulate", phase: "clinic simulation through every module's commands",
                                size: "\(days) days, \(patients) patients", seconds: child.seconds,
                                rate: Double(days) / max(child.seconds, 1e-9), unit: "days/s", peakMemoryBytes: child.peakResidentBytes)]
    }

    // MARK: - CSV

    private static func table(_ child: BenchmarkChild, _ command: String, header: [String]) throws -> CSVTable {
        try CSVTable(child.standardOutput, file: "revcycle \(command)", header: header)
    }

    private static func number(_ row: CSVTable.Row, _ column: String) throws -> Double {
        guard let value = Double(row[column]) else { throw unreadable("line \(row.line)", "\(column) is \"\(row[column])\", not a number") }
        return value
    }

    private static func integer(_ row: CSVTable.Row, _ column: String) throws -> Int {
        guard let value = Int(row[column]) else { throw unreadable("line \(row.line)", "\(column) is \"\(row[column])\", not a whole number") }
        return value
    }

    private static func unreadable(_ place: String, _ problem: String) -> RevCycleError {
        RevCycleError(.malformedInput, "The benchmark's output changed: \(problem).", at: place)
    }
}
