public import Foundation

/// The time source every rule with a clock reads (statement cycles, 501(r) day counts, Reg F,
/// timely filing). The host injects the system clock; tests and the simulator move time explicitly.
public protocol WallClock: Sendable {
    func now() -> Date
}

/// The operating system's clock.
public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always reads the same instant: for tests and for a simulator step.
public struct FixedWallClock: WallClock {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}
