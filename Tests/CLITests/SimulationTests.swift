import Foundation
import GRDB
import RevCycleTesting
@testable import revcycle
import Testing

/// `revcycle simulate`: the same seed gives the same journal and balances, and both runs verify.
@Suite(.serialized)
struct SimulationTests {
    static let repository = CLIRunner.repositoryScripts.deletingLastPathComponent()

    /// Runs `simulate --days 10 --patients 15 --seed 7` into a fresh folder and returns the run folder.
    static func simulate() throws -> CLIRunner {
        let parent = try TestFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("run")
        let runner = CLIRunner(home: out)
        let outcome = try CLIRunner(home: parent).run(["simulate", "--days", "10", "--patients", "15", "--seed", "7",
                                                       "--out", out.path, "--from", repository.path])
        #expect(outcome.exitCode == 0, "simulate failed: \(outcome.stderr)")
        #expect(outcome.stderr.contains("day 10/10"), "progress each day: \(outcome.stderr)")
        #expect(outcome.stdout.contains("net-days-in-ar"), "the KPI table at the end: \(outcome.stdout)")
        return runner
    }

    /// The journal's postings (without ids that differ by design) and the balances, in a stable order.
    static func ledger(_ runner: CLIRunner) throws -> (postings: [String], balances: [String]) {
        try DatabaseQueue(path: runner.databasePath).read { db in
            let postings = try String.fetchAll(db, sql: """
                SELECT p.account_id || '|' || p.bucket || '|' || p.amount || '|' || j.effective_date || '|' || j.source_kind
                FROM posting p JOIN journal_entry j ON j.id = p.entry_id ORDER BY j.id, p.line
                """)
            let balances = try String.fetchAll(db, sql: """
                SELECT account_id || '|' || bucket || '|' || amount FROM account_balance ORDER BY account_id, bucket
                """)
            return (postings, balances)
        }
    }

    @Test("The same seed gives the same journal and balances on two runs; both pass ledger and audit verification")
    func sameSeedSameLedger() throws {
        let first = try Self.simulate()
        let second = try Self.simulate()
        let one = try Self.ledger(first), two = try Self.ledger(second)
        #expect(!one.postings.isEmpty)
        #expect(one.postings == two.postings)
        #expect(one.balances == two.balances)
        for run in [first, second] {
            try run.expectSuccess("ledger", "verify")
            try run.expectSuccess("audit", "verify")
        }
        for file in ["dashboard.html", "var/revcycle.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: first.home.appendingPathComponent(file).path), "\(file) left in the run folder")
        }
    }

    @Test("After 90 days the ledger and the audit chain verify, every 837P sent passes pyx12, and the KPIs are a clinic's")
    func ninetyDays() throws {
        let parent = try TestFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("run")
        let outcome = try CLIRunner(home: parent).run(["simulate", "--days", "90", "--patients", "40", "--seed", "3",
                                                       "--out", out.path, "--from", Self.repository.path])
        #expect(outcome.exitCode == 0, "simulate failed: \(outcome.stderr)")
        #expect(outcome.stdout.contains("The ledger is consistent"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("The audit trail is intact"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("all \(SimulationPlausibility.bounds.count) within the ranges"), "\(outcome.stdout)")
        let sent = out.appendingPathComponent("var/exchange/default/outbox/sent")
        let claims = try FileManager.default.contentsOfDirectory(atPath: sent.path).filter { $0.hasSuffix(".837") }.sorted()
        #expect(claims.count >= 20, "90 days send claim files most weekdays: \(claims)")
        try CLIRunner.expectValidX12(claims.map { sent.appendingPathComponent($0).path }, validator: "x12-validate.py",
                                     what: "the 837P files of a 90-day simulation")
    }

    @Test("The plausibility check names a KPI outside its range with the reason, and lets \"no data\" pass",
          arguments: [
              ("initial-denial-rate", "85.00%", true), ("initial-denial-rate", "21.05%", false),
              ("net-days-in-ar", "140.2 days", true), ("net-days-in-ar", "51.3 days", false), ("plan-default-rate", "no data", false),
          ])
    func plausibility(kpi: String, value: String, breached: Bool) {
        var rows = SimulationPlausibility.bounds.map { bound in ["kpi": bound.kpi, "value": "\(bound.low)\(bound.unit == "%" ? "%" : " days")"] }
        rows.removeAll { $0["kpi"] == kpi }
        rows.append(["kpi": kpi, "value": value])
        let breaches = SimulationPlausibility.breaches(in: rows)
        #expect(breaches.count == (breached ? 1 : 0), "\(breaches)")
        if breached { #expect(breaches.first?.description.contains("\(kpi) is \(value); expected") == true, "\(breaches)") }
    }
}
