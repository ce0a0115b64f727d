public import Foundation
public import RevCycleCore

/// The clock a command reads: the system's, or — in a home whose `config/revcycle.yaml` says
/// `clock: settable` (a simulation, a test, a training installation) — the instant in
/// `$REVCYCLE_NOW`, so that a 501(r) day count or a Reg F window can be walked day by day.
///
/// `REVCYCLE_NOW` takes an ISO-8601 instant (`2026-11-29T14:30:00Z`, `2026-11-29T09:30:00-05:00`).
/// A production home refuses it rather than ignore it: a person who sets it expects it to matter.
public enum SettableWallClock {
    public static let environmentVariable = "REVCYCLE_NOW"

    /// - Throws: `configuration` when `REVCYCLE_NOW` is set in a home whose clock is not settable,
    ///   `invalidInput` when it is not an ISO-8601 instant.
    public static func fromEnvironment(allowed: Bool,
                                       environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any WallClock {
        guard let text = environment[environmentVariable], !text.isEmpty else { return SystemWallClock() }
        guard allowed else {
            throw RevCycleError(.configuration, "\(environmentVariable) is set, but this installation reads the system clock.",
                                remedy: "unset \(environmentVariable), or add `clock: settable` to config/revcycle.yaml in a test or training home")
        }
        guard let instant = instant(text) else {
            throw RevCycleError(.invalidInput, "\(environmentVariable)=\(text) is not an ISO-8601 instant; expected such as 2026-11-29T14:30:00Z.")
        }
        return FixedWallClock(instant)
    }

    /// An ISO-8601 instant, with or without fractional seconds.
    public static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
