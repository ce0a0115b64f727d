import Foundation
import RevCycleCore
#if canImport(Glibc)
import Glibc
#endif

/// One benchmark run as a child process, so that its peak memory is its own.
///
/// The child is started with `posix_spawn` and reaped with `wait4`, which returns the child's own
/// resource usage: `ru_maxrss` is its peak resident memory (kilobytes on Linux). Its standard
/// output goes to a scratch file and is read once it ends; its standard error goes to another,
/// which is read while it runs so that each line reaches `forward` as the child writes it (a long
/// benchmark shows its progress), and whose last lines are kept for a failure report.
///
/// ```swift
/// let run = try BenchmarkChild.run(executable: BenchmarkChild.currentExecutable, arguments: ["bench", "ledger"]) {
///     FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8))
/// }
/// print(run.seconds, run.peakResidentBytes, run.standardOutput)
/// ```
struct BenchmarkChild: Sendable {
    /// The exit code, or 128 + the signal number when a signal ended the child (as a shell reports it).
    var exitStatus: Int32
    /// Everything the child printed on standard output.
    var standardOutput: String
    /// The child's last lines of standard error.
    var standardErrorTail: [String]
    /// Wall time from the spawn to the child's end.
    var seconds: Double
    /// The child's peak resident memory (`ru_maxrss`).
    var peakResidentBytes: Int

    /// How many of the last standard-error lines are kept.
    static let tailLength = 12

    var succeeded: Bool { exitStatus == 0 }

    /// This process's own executable: `/proc/self/exe` where there is one, else `argv[0]`.
    static var currentExecutable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Runs `executable` with `arguments` and waits for it.
    ///
    /// - Parameter forward: called with each line the child writes on standard error, as it comes.
    /// - Throws: ``BenchmarkChildError`` when the child cannot be started.
    static func run(executable: URL, arguments: [String], forward: (String) -> Void) throws -> BenchmarkChild {
        let files = FileManager.default
        let scratch = files.temporaryDirectory.appendingPathComponent("revcycle-bench-child-\(UUID().uuidString)")
        try files.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: scratch) }
        let outputPath = scratch.appendingPathComponent("stdout").path
        let errorPath = scratch.appendingPathComponent("stderr").path

        let stopwatch = ContinuousClock()  // monotonic: benchmark timing, not business time
        let start = stopwatch.now
        let pid = try spawn(executable.path, arguments: arguments, standardOutput: outputPath, standardError: errorPath)
        var errors = LineReader(path: errorPath)
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR {
                throw BenchmarkChildError(message: "waiting for \(executable.lastPathComponent) failed (errno \(errno))")
            }
            errors.readNewLines(forward)
            usleep(100_000)
        }
        let elapsed = start.duration(to: stopwatch.now)
        let seconds = elapsed.inSeconds
        errors.readNewLines(forward)
        errors.finish(forward)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return BenchmarkChild(exitStatus: decodedStatus(status), standardOutput: output, standardErrorTail: errors.tail,
                              seconds: seconds, peakResidentBytes: Int(usage.ru_maxrss) * 1_024)
    }

    // MARK: - Spawning

    private static func spawn(_ path: String, arguments: [String], standardOutput: String, standardError: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard result == 0 else {
            throw BenchmarkChildError(message: "\(path) cannot be started (posix_spawn error \(result))")
        }
        return pid
    }

    /// The exit code of a `wait` status, or 128 + the signal that ended the child.
    private static func decodedStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// A benchmark child that could not be started or waited for.
struct BenchmarkChildError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Reads a file another process is appending to, line by line, keeping the last few lines.
private struct LineReader {
    let path: String
    var offset: UInt64 = 0
    var partial = Data()
    var tail: [String] = []

    init(path: String) { self.path = path }

    mutating func readNewLines(_ forward: (String) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.readToEnd(), !data.isEmpty else { return }
        offset += UInt64(data.count)
        partial.append(data)
        while let newline = partial.firstIndex(of: UInt8(ascii: "\n")) {
            emit(String(decoding: partial[partial.startIndex..<newline], as: UTF8.self), forward)
            partial = Data(partial[partial.index(after: newline)...])
        }
    }

    /// Emits a last line that had no line break.
    mutating func finish(_ forward: (String) -> Void) {
        guard !partial.isEmpty else { return }
        emit(String(decoding: partial, as: UTF8.self), forward)
        partial = Data()
    }

    private mutating func emit(_ line: String, _ forward: (String) -> Void) {
        forward(line)
        tail.append(line)
        if tail.count > BenchmarkChild.tailLength { tail.removeFirst() }
    }
}
