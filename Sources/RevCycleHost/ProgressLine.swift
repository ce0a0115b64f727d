import Foundation

/// Progress of a long job on standard error, for the person waiting: on a terminal, one line that
/// redraws itself with a bar (`[██████····] 12/30 day 2026-01-16: 29 patients, …`); piped into a
/// file or a CI log, one plain line per step, so the log keeps every step.
///
/// ```swift
/// var progress = ProgressLine(total: 30)
/// for day in 1...30 { progress.show(day, "day \(day): …") }
/// progress.finish()
/// ```
public struct ProgressLine {
    public let total: Int
    /// Whether standard error is a terminal (the bar redraws) or not (a line per step).
    public let isTerminal: Bool
    private let width = 24

    /// - Parameter isTerminal: whether to draw the bar; by default, whether standard error is a terminal.
    public init(total: Int, isTerminal: Bool? = nil) {
        self.total = max(1, total)
        self.isTerminal = isTerminal ?? (isatty(FileHandle.standardError.fileDescriptor) == 1)
    }

    /// The text shown for step `done` of ``total``.
    public func text(_ done: Int, _ detail: String) -> String {
        guard isTerminal else { return "\(detail)\n" }
        let filled = min(width, max(0, done * width / total))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        // \r returns to the start of the line and ESC[K clears what a longer previous line left.
        return "\r[\(bar)] \(done)/\(total) \(detail)\u{1B}[K"
    }

    public func show(_ done: Int, _ detail: String) {
        FileHandle.standardError.write(Data(text(done, detail).utf8))
    }

    /// Ends the bar's line on a terminal, so what follows starts on a line of its own.
    public func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
