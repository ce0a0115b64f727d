/// The limits every call into a site's scripts runs under.
///
/// Each policy call, event handler, file load and test runs with a fresh instruction budget and
/// wall-clock deadline; memory is capped per Lua state. A script's own `pcall` cannot swallow a
/// budget or deadline stop: once stopped, every further instruction raises again.
///
/// | limit | default | what happens |
/// |---|---|---|
/// | ``instructionBudget`` | 1,000,000 | "instruction budget of 1000000 exhausted" |
/// | ``deadlineMilliseconds`` | 250 ms | "deadline of 250 ms exceeded" |
/// | ``memoryLimit`` | 8 MiB | "not enough memory" (the allocator refuses) |
/// | ``maxPatternSubject`` | 256 KiB | `string.find/match/gmatch/gsub` refuse longer subjects |
/// | ``maxPatternLength`` | 512 B | the same functions refuse longer patterns |
/// | ``maxStringBytes`` | 1 MiB | `string.rep` refuses a longer result |
/// | ``maxUnpack`` | 10,000 | `table.unpack` refuses more values |
///
/// The budget counts Lua instructions (through a count hook) plus the work of library functions
/// that loop in C: a pattern match charges every matching step, `table.sort` n·log n,
/// `table.concat`/`insert`/`remove`/`move`/`unpack` the elements they touch, string functions
/// one unit per 16 bytes, and each new coroutine one hook interval. That is why a
/// pathological pattern such as `("a"):rep(1000):find(".-.-.-b")` stops in milliseconds.
public struct ScriptLimits: Sendable, Hashable {
    /// Instruction units per call.
    public var instructionBudget: Int64
    /// Wall-clock time per call, in milliseconds, measured on the coarse monotonic clock: a call
    /// is stopped within one clock tick (1–4 ms) of its deadline.
    public var deadlineMilliseconds: Int
    /// Bytes a site's Lua state may allocate.
    public var memoryLimit: Int
    /// Longest subject (bytes) the pattern functions accept.
    public var maxPatternSubject: Int
    /// Longest pattern (bytes) the pattern functions accept.
    public var maxPatternLength: Int
    /// Longest result (bytes) of `string.rep`.
    public var maxStringBytes: Int
    /// Most values one `table.unpack` returns.
    public var maxUnpack: Int
    /// Instructions between two count-hook ticks (budget and deadline checks).
    public var hookInterval: Int

    public init(
        instructionBudget: Int64 = 1_000_000,
        deadlineMilliseconds: Int = 250,
        memoryLimit: Int = 8 << 20,
        maxPatternSubject: Int = 256 << 10,
        maxPatternLength: Int = 512,
        maxStringBytes: Int = 1 << 20,
        maxUnpack: Int = 10_000,
        hookInterval: Int = 1000
    ) {
        self.instructionBudget = instructionBudget
        self.deadlineMilliseconds = deadlineMilliseconds
        self.memoryLimit = memoryLimit
        self.maxPatternSubject = maxPatternSubject
        self.maxPatternLength = maxPatternLength
        self.maxStringBytes = maxStringBytes
        self.maxUnpack = maxUnpack
        self.hookInterval = hookInterval
    }

    /// The defaults above.
    public static let standard = ScriptLimits()
}
