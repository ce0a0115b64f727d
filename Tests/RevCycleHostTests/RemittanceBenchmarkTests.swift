@testable import Billing
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleTesting
import Testing
import X12

/// The billing benchmark's bookkeeping at a tiny size; its speed is printed by `revcycle billing benchmark`, never asserted.
struct RemittanceBenchmarkTests {
    @Test("A 50-claim benchmark posts exactly BPR02, leaves the ledger clean and reports every phase with claims")
    func aSmallBenchmarkKeepsItsBooks() throws {
        let folder = try TestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = folder.appendingPathComponent("kept")
        let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/default")
        let figures = try RemittanceBenchmark(claims: 50, registry: try PluginRegistry(HostTestSupport.bundled), scripts: [scripts])
            .run(in: folder.appendingPathComponent("home"), keep: keep)

        #expect(figures.payment.cents > 0 && figures.cashPosted == figures.payment && figures.cashOnLedger == figures.payment,
                "cash posted \(figures.cashPosted) and on the ledger \(figures.cashOnLedger); BPR02 \(figures.payment)")
        #expect(figures.verification.isClean, "\(figures.verification.violations)")
        // 50 claims: claims 0…49, with no reversal (the first is at claim 250), so one CLP each.
        #expect(figures.remittedClaims == 50 && figures.claimsPosted == 50 && figures.exceptions == 0,
                "\(figures.claimsPosted) of \(figures.remittedClaims) posted, \(figures.exceptions) exceptions")
        #expect(figures.isConsistent)
        let phases = figures.phases.map(\.name)
        #expect(phases == ["setup: patients, charges, claims", "835 write", "835 parse", "835 balancing check", "835 stream read",
                           "835 parse + post", "837P generate"], "\(phases)")
        #expect(figures.phases.allSatisfy { $0.claims > 0 && $0.seconds > 0 }, "\(figures.phases)")
        #expect(figures.phases.allSatisfy { $0.peakMemoryBytes ?? 0 > 0 }, "VmHWM is read on Linux")
        let kept = try String(contentsOf: keep.appendingPathComponent("bench.835"), encoding: .utf8)
        #expect(kept.components(separatedBy: "\nCLP*").count - 1 == 50)
        let claims = try String(contentsOf: keep.appendingPathComponent("bench.837"), encoding: .utf8)
        #expect(claims.components(separatedBy: "\nCLM*").count - 1 == 50)
    }

    @Test("Reversals and corrections balance too: 600 claims hold one payment, its reversal and the corrected payment")
    func aReversalBlockPostsToTheCent() throws {
        let registered = RegisteredClaims(claimIDs: Array(1...600), chargeIDs: Array(1...1_200),
                                          serviceDate: try CalendarDate(parsing: "2026-11-02"))
        let workload = RemittanceWorkload(registered: registered, date: try CalendarDate(parsing: "2026-11-25"))
        #expect(workload.plan.count == 600)
        #expect(workload.plan.filter { if case .reversal = $0.answer { true } else { false } }.count == 1)
        let reversed = workload.plan.filter { $0.claim == 250 }.map { workload.claim($0.claim, $0.answer) }
        #expect(reversed.map(\.paidAmount).reduce(0, +) == reversed[2].paidAmount, "the reversal takes back exactly the first payment")
    }
}
