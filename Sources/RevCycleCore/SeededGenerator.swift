/// A deterministic random number generator (SplitMix64): the same seed gives the same sequence,
/// so a randomized test printed with its seed, or a simulation run with `--seed`, can be replayed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// A seed from `REVCYCLE_TEST_SEED` when set (to replay a failure), else a fresh random one.
    public static func fromEnvironmentOrRandom() -> SeededGenerator {
        if let text = getenvString("REVCYCLE_TEST_SEED"), let seed = UInt64(text) { return SeededGenerator(seed: seed) }
        return SeededGenerator(seed: UInt64.random(in: 1...UInt64.max))
    }

    /// The seeds a randomized test runs: `REVCYCLE_SEED` (or `REVCYCLE_TEST_SEED`) when set, to replay a
    /// printed failure, else the test's fixed list.
    public static func seeds(fixed: [UInt64]) -> [UInt64] {
        if let text = getenvString("REVCYCLE_SEED") ?? getenvString("REVCYCLE_TEST_SEED"), let seed = UInt64(text) { return [seed] }
        return fixed
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
