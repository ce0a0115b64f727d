import RevCycleCore

/// The simulation's generator is RevCycleCore's `SeededGenerator` (SplitMix64): the whole run
/// follows from `--seed`, so a simulation with `--seed 7` picks the same patients and visits on
/// every machine.
typealias SplitMix64 = SeededGenerator

extension SeededGenerator {
    /// True with the given probability (0...1).
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}
