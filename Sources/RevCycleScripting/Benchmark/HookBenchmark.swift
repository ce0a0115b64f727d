public import Foundation
import RevCycleCore

/// `revcycle bench hooks`: policy-hook calls per second next to the plain `lua5.4` interpreter.
///
/// The hosted side registers ``policySource`` for a benchmark hook in a fresh
/// ``SiteScriptRuntime`` and calls it `iterations` times with a 5-field table payload, with the
/// budget, deadline and memory cap armed and the result validated. The plain side runs the same
/// function in `lua5.4` (a child process) in a loop that builds the same table on every call,
/// timed inside the script with `os.clock`. Both sides warm up first. Measure release builds
/// only: debug builds are 2–3x slower.
///
/// ```swift
/// let report = try HookBenchmark.run(iterations: 1_000_000)
/// print(report)
/// ```
public enum HookBenchmark {
    /// The benchmark hook's name.
    public static let hookName = "bench.worklist.priority"

    /// The policy both sides run: a worklist priority from five account fields.
    public static let policySource = """
        local function priority(account)
          local score = account.balance_cents // 100
          if account.days_past_due > 90 then score = score * 2 end
          if account.payer == "self" then score = score + 50 end
          if account.has_plan then score = score // 2 end
          if #account.account_id > 10 then score = score + 1 end
          return score
        end
        """

    /// The payload: five fields, as a Lua table literal and as a ScriptValue.
    static let payloadLiteral =
        #"{ account_id = "A-1", balance_cents = 125000, days_past_due = 95, payer = "self", has_plan = false }"#
    static let payload: ScriptValue = [
        "account_id": "A-1", "balance_cents": 125_000, "days_past_due": 95, "payer": "self", "has_plan": false,
    ]

    /// The plain side's script: ``policySource``, then a warm-up of a tenth of the calls and the
    /// timed loop, each call building the 5-field payload table. Run it as `lua5.4 plain.lua N`; it
    /// prints the loop's CPU seconds (`os.clock`) and a checksum.
    public static let plainScript = """
        \(policySource)
        local n = tonumber(arg[1])
        local sink = 0
        for _ = 1, n // 10 do sink = sink + priority(\(payloadLiteral)) end
        local started = os.clock()
        for _ = 1, n do sink = sink + priority(\(payloadLiteral)) end
        local elapsed = os.clock() - started
        io.write(string.format("%.9f %d\\n", elapsed, sink))
        """

    /// Runs both sides in this process's run.
    ///
    /// - Parameter keep: a folder to copy the plain side's script into (`plain.lua`), for a script
    ///   that runs it through an interpreter of its own.
    /// - Throws: ``RevCycleCore/RevCycleError`` when the interpreter cannot run or the policy
    ///   fails.
    public static func run(
        iterations: Int = 1_000_000, interpreter: URL = URL(fileURLWithPath: "/usr/bin/lua5.4"),
        limits: ScriptLimits = .standard, keep: URL? = nil
    ) throws -> HookBenchmarkReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let keep {
            try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
            try plainScript.write(to: keep.appendingPathComponent("plain.lua"), atomically: true, encoding: .utf8)
        }
        let hosted = try runHosted(iterations: iterations, folder: folder, limits: limits)
        let plain = try runPlain(iterations: iterations, folder: folder, interpreter: interpreter)
        return HookBenchmarkReport(
            iterations: iterations, hostedCallsPerSecond: hosted, plainCallsPerSecond: plain,
            interpreter: interpreter.path, limits: limits)
    }

    // MARK: - Hosted

    private static func runHosted(iterations: Int, folder: URL, limits: ScriptLimits) throws -> Double {
        let scripts = folder.appendingPathComponent("bench")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        try (policySource + "\nrevcycle.policy(\"\(hookName)\", priority)\n").write(
            to: scripts.appendingPathComponent("bench.lua"), atomically: true, encoding: .utf8)
        let catalog = try HookCatalog([
            .policy(
                hookName,
                payload: .record([
                    .init("account_id", .string(maxLength: 40)), .init("balance_cents", .cents(0...Int64.max)),
                    .init("days_past_due", .integer(0...100_000)), .init("payer", .string(maxLength: 40)),
                    .init("has_plan", .bool),
                ]),
                result: .integer(0...Int64.max), default: 0, doc: "Benchmark.")
        ])
        let runtime = try SiteScriptRuntime(
            site: "bench", folders: [scripts], catalog: catalog, host: DryRunHostAPI(), limits: limits)
        var sink: Int64 = 0
        func loop(_ count: Int) throws {
            for _ in 0..<count {
                switch runtime.callPolicy(hookName, payload: payload) {
                case .decided(let value): sink &+= value.integerValue ?? 0
                case .usedDefault(_, let failure), .refused(let failure): throw failure.error
                }
            }
        }
        try loop(max(iterations / 10, 1))
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try loop(iterations) }
        precondition(sink != 0)
        let seconds = elapsed.inSeconds
        return Double(iterations) / seconds
    }

    // MARK: - Plain lua5.4

    private static func runPlain(iterations: Int, folder: URL, interpreter: URL) throws -> Double {
        let script = folder.appendingPathComponent("plain.lua")
        try plainScript.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = interpreter
        process.arguments = [script.path, String(iterations)]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw RevCycleError(
                .notFound, "The Lua interpreter \(interpreter.path) cannot run.", remedy: "apt-get install -y lua5.4",
                cause: String(describing: error))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0, let seconds = text.split(separator: " ").first.flatMap({ Double($0) }),
            seconds > 0
        else {
            throw RevCycleError(.script, "The plain Lua benchmark failed: \(text)")
        }
        return Double(iterations) / seconds
    }
}
