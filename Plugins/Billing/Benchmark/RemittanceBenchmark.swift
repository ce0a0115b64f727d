import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore
import X12

/// Measures the billing module's X12 paths on this machine, in one run: reading an 835 (parse
/// only, then the balancing check), posting it the way `revcycle billing remit import` does, and
/// writing an 837P. Run it from a release build (`revcycle billing benchmark`); the figures are
/// printed, never asserted.
///
/// Everything happens in a scratch RevCycle home under the folder given to ``run(in:keep:progress:)``:
/// the host and site files `revcycle init` writes (clearinghouse `external`), every migration,
/// and one billing user mapped to the OS login. It registers `claims` patients, each with an
/// Aetna coverage, an encounter account, two charge lines and a submitted claim (`RC<id>`), then
/// builds one balanced 835 from Aetna (`REF*2U*60054`) answering them: two service lines each,
/// CO-45 and PR-1/PR-2, a full denial (CO-197) on 1 claim in 25, a denied line (CO-96) on 1 in 40,
/// and on 1 claim in 500 the payment, its reversal (CLP02 22) and the corrected payment.
///
/// ```swift
/// let figures = try RemittanceBenchmark(claims: 20_000, registry: registry, scripts: [defaults]).run(in: scratch) { print($0) }
/// print(figures.report.render(as: .table))
/// ```
struct RemittanceBenchmark {
    /// One measured phase.
    struct Phase: Sendable {
        var name: String
        /// Claims (CLP or CLM loops) the phase handled.
        var claims: Int
        var seconds: Double
        /// Bytes of X12 read or written, when the phase reads or writes a file.
        var bytes: Int?
        /// VmHWM once the phase is over: the phase's own peak resident memory (the peak is reset as it starts).
        var peakMemoryBytes: Int?
        /// How far the peak rose above what was resident when the phase began: what the phase itself
        /// needed (a streamed import stays flat however large the file).
        var memoryGrowthBytes: Int?

        var claimsPerSecond: Double { Double(claims) / max(seconds, 1e-9) }
        var megabytesPerSecond: Double? { bytes.map { Double($0) / 1_000_000 / max(seconds, 1e-9) } }
    }

    /// What a run measured and what it checked.
    struct Figures: Sendable {
        var phases: [Phase]
        /// CLP loops in the 835.
        var remittedClaims: Int
        /// BPR02 with its sign.
        var payment: Money
        /// Cash the import reported posting.
        var cashPosted: Money
        /// The cash bucket's balance over every account after the import (nothing else posts cash).
        var cashOnLedger: Money
        var claimsPosted: Int
        var exceptions: Int
        var verification: LedgerVerification
        var isReleaseBuild: Bool
        var cores: Int
    }

    /// Claims to register, remit and bill.
    var claims: Int
    /// The modules whose migrations, hooks and subscribers the scratch home runs with.
    var registry: PluginRegistry
    /// The site's policy script folders (the repository's `Scripts/default`): a denied claim is routed by
    /// `billing.denial.route` as at a real site.
    var scripts: [URL]

    /// Runs every phase in a scratch home under `folder`, which the caller deletes.
    ///
    /// - Parameters:
    ///   - keep: a folder to copy the generated `bench.835` and `bench.837` into, for scripts to compare.
    ///   - progress: one line per step, for a person watching.
    func run(in folder: URL, keep: URL? = nil, progress: (String) -> Void = { _ in }) throws -> Figures {
        let stopwatch = ContinuousClock()  // monotonic: benchmark timing, not business time
        var phases: [Phase] = []
        func measure<T>(_ name: String, claims: Int, bytes: Int? = nil, repeats: Int = 1, _ work: () throws -> T) rethrows -> T {
            var best = Double.infinity
            var result: T?
            BenchmarkHome.resetPeakResident()
            let residentAtStart = BenchmarkHome.residentBytes()
            for _ in 0..<max(1, repeats) {
                result = nil  // the previous run's result is freed before the next one allocates
                let start = stopwatch.now
                result = try work()
                best = min(best, start.duration(to: stopwatch.now).inSeconds)
            }
            let peak = BenchmarkHome.peakResidentBytes()
            phases.append(Phase(name: name, claims: claims, seconds: best, bytes: bytes, peakMemoryBytes: peak,
                                memoryGrowthBytes: peak.flatMap { peak in residentAtStart.map { max(0, peak - $0) } }))
            return result!
        }

        progress("creating a scratch RevCycle home in \(folder.path)…")
        let context = try Self.makeHome(in: folder, registry: registry, scripts: scripts)
        progress("registering \(claims) patients, accounts, charge lines and submitted claims…")
        let registered = try measure("setup: patients, charges, claims", claims: claims) {
            try Self.registerClaims(claims, context: context) { progress($0) }
        }

        progress("writing the 835…")
        let remittance = RemittanceWorkload(registered: registered, date: context.today)
        let file = folder.appendingPathComponent("bench.835")
        let size = try measure("835 write", claims: remittance.plan.count) {
            let text = try remittance.text()
            try text.write(to: file, atomically: false, encoding: .utf8)
            return text.utf8.count
        }
        if let keep { try Self.copy(file, into: keep) }

        // The whole-file parse and its advices are let go before the import, so the import's peak is its own.
        let payment = try { () throws -> Money in
            let bytes = [UInt8](try Data(contentsOf: file))
            progress("parsing the 835 (\(bytes.count / 1_000) kB, best of 3)…")
            let advices = try measure("835 parse", claims: remittance.plan.count, bytes: bytes.count, repeats: 3) {
                try RemittanceAdvice.advices(in: try X12Interchange(parsing: bytes))
            }
            _ = try measure("835 balancing check", claims: remittance.plan.count, repeats: 3) {
                let problems = advices.flatMap(\.balancingProblems)
                guard problems.isEmpty else {
                    throw RevCycleError(.integrity, "The benchmark's 835 does not balance: \(problems[0].description).")
                }
                return problems.count
            }
            return Money(cents: advices.reduce(0) { $0 + $1.payment.signedAmount })
        }()
        progress("reading the 835 as a stream, a claim at a time (best of 3)…")
        _ = try measure("835 stream read", claims: remittance.plan.count, bytes: size, repeats: 3) {
            try Self.streamClaims(file)
        }

        progress("streaming and posting the 835 as `revcycle billing remit import` does…")
        let outcomes = try measure("835 parse + post", claims: remittance.plan.count, bytes: size) {
            try RemitCommand.importFile(file, context: context)
        }
        progress("verifying the ledger…")
        let verification = try SQLiteLedgerStore(database: context.services.database).verify()

        progress("reading \(claims) claims for the 837P…")
        let inputs = try Self.batchInputs(registered, context: context)
        progress("writing the 837P…")
        let claimText = try measure("837P generate", claims: inputs.count) {
            try Self.professionalClaims(inputs, context: context)
        }
        phases[phases.count - 1].bytes = claimText.utf8.count
        if let keep {
            let claimFile = folder.appendingPathComponent("bench.837")
            try claimText.write(to: claimFile, atomically: true, encoding: .utf8)
            try Self.copy(claimFile, into: keep)
        }

        #if DEBUG
        let isRelease = false
        #else
        let isRelease = true
        #endif
        return Figures(
            phases: phases, remittedClaims: remittance.plan.count, payment: payment,
            cashPosted: outcomes.reduce(Money.zero) { $0 + $1.cashPosted },
            cashOnLedger: try Self.cashOnLedger(context.services.database),
            claimsPosted: outcomes.reduce(0) { $0 + $1.claimsPosted },
            exceptions: outcomes.reduce(0) { $0 + $1.exceptions.count }, verification: verification,
            isReleaseBuild: isRelease, cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The 837P of `inputs` as text: built by ``ClaimBatchBuilder``, enveloped and written.
    static func professionalClaims(_ inputs: [ClaimBatchBuilder.Input], context: CommandContext) throws -> String {
        let services = context.services
        let payer = try PayerCode("AETNA")
        guard let settings = try services.payerCatalog().settings(for: payer), let payerID = settings.payerID else {
            throw RevCycleError(.configuration, "The scratch site has no payer_id for AETNA.")
        }
        let envelope = services.envelope(to: payerID)
        var numbers = ControlNumbers()
        let batch = try ClaimBatchBuilder(services: services, actor: context.actor)
            .batch(inputs, payer: payer, guide: settings.claimGuide, reference: "B1", envelope: envelope)
        return try X12Writer(lineBreaks: true).text(for: try batch.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    /// Reads every claim of the 835 at `file` through ``RemittanceStream`` (a claim at a time, the file in
    /// 1 MiB pieces), as `billing remit import` does; returns how many there were.
    static func streamClaims(_ file: URL) throws -> Int {
        var stream = try RemittanceStream(contentsOf: file.path)
        var claims = 0
        while let event = try stream.next() {
            if case .claim = event { claims += 1 }
        }
        return claims
    }

    private static func copy(_ file: URL, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(file.lastPathComponent)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: file, to: target)
    }
}
