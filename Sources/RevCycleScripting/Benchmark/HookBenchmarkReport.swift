/// The figures of one ``HookBenchmark`` run.
public struct HookBenchmarkReport: Sendable, Hashable, CustomStringConvertible {
    /// Calls timed on each side.
    public var iterations: Int
    /// Policy calls per second through ``SiteScriptRuntime/callPolicy(_:payload:)``, budget,
    /// deadline and memory cap armed, payload converted and result validated on every call.
    public var hostedCallsPerSecond: Double
    /// The same function called from a Lua loop in the plain `lua5.4` interpreter, building the
    /// same 5-field table on every call (timed with `os.clock` inside the script).
    public var plainCallsPerSecond: Double
    /// The interpreter used for the plain side.
    public var interpreter: String
    /// The limits armed on the hosted side.
    public var limits: ScriptLimits

    public init(
        iterations: Int, hostedCallsPerSecond: Double, plainCallsPerSecond: Double, interpreter: String,
        limits: ScriptLimits
    ) {
        self.iterations = iterations
        self.hostedCallsPerSecond = hostedCallsPerSecond
        self.plainCallsPerSecond = plainCallsPerSecond
        self.interpreter = interpreter
        self.limits = limits
    }

    /// Nanoseconds per hosted call.
    public var hostedNanosecondsPerCall: Double { 1e9 / hostedCallsPerSecond }
    /// Nanoseconds per plain call.
    public var plainNanosecondsPerCall: Double { 1e9 / plainCallsPerSecond }
    /// How many times slower a hosted call is than the plain one (the target is ≤ 2).
    public var overheadRatio: Double { plainCallsPerSecond / hostedCallsPerSecond }
    /// Whether the hosted path is within 2x of plain Lua.
    public var meetsTarget: Bool { overheadRatio <= 2 }

    public var description: String {
        func rate(_ value: Double) -> String { String(Int(value.rounded())) }
        func ns(_ value: Double) -> String { String((value * 10).rounded() / 10) }
        return """
            policy hook, 5-field table payload, \(iterations) calls (budget \(limits.instructionBudget), deadline \(limits.deadlineMilliseconds) ms, memory \(limits.memoryLimit >> 20) MiB armed)
              RevCycle SiteScriptRuntime: \(rate(hostedCallsPerSecond)) calls/s (\(ns(hostedNanosecondsPerCall)) ns/call)
              plain \(interpreter): \(rate(plainCallsPerSecond)) calls/s (\(ns(plainNanosecondsPerCall)) ns/call)
              overhead: \(String((overheadRatio * 100).rounded() / 100))x plain Lua (target ≤ 2x): \(meetsTarget ? "met" : "NOT met")
            """
    }
}
