/// One measured figure of `revcycle bench all`: a row of its table.
struct BenchmarkFigure: Sendable, Hashable {
    /// The suite's name for the benchmark (`ledger`, `hooks`, …), as `--only` takes it.
    var benchmark: String
    /// What was measured.
    var phase: String
    /// How much work, in words ("20,000 claims").
    var size: String
    var seconds: Double
    /// Work per second, in ``unit``.
    var rate: Double
    /// The rate's unit ("postings/s").
    var unit: String
    /// Peak resident memory of the benchmark's process: at the end of this phase where the
    /// benchmark reports it, else over the whole child process.
    var peakMemoryBytes: Int?
}
