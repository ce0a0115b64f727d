import Foundation

/// The build and the machine a benchmark run measured: the header of `revcycle bench all`.
///
/// Read from Linux's `/proc/cpuinfo`, `/proc/meminfo` and `/etc/os-release`; a file that is missing
/// (another system) reads as "unknown".
struct BenchmarkMachine: Sendable {
    /// `release` or `debug`: how this executable was compiled (its children are the same executable).
    var build: String
    var processor: String
    var cores: Int
    var memoryBytes: Int?
    var operatingSystem: String
    var date: Date

    /// This machine and this executable's build, now.
    static func current(at date: Date) -> BenchmarkMachine {
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return BenchmarkMachine(build: build, processor: processorModel() ?? "unknown CPU",
                                cores: ProcessInfo.processInfo.activeProcessorCount, memoryBytes: totalMemoryBytes(),
                                operatingSystem: operatingSystemName() ?? "unknown OS", date: date)
    }

    /// "Intel(R) Xeon(R) …, 2 cores, 23.4 GB RAM, Debian GNU/Linux 12 (bookworm)".
    var description: String {
        let memory = memoryBytes.map { String(format: "%.1f GB RAM", Double($0) / 1_073_741_824) } ?? "unknown RAM"
        return "\(processor), \(cores) cores, \(memory), \(operatingSystem)"
    }

    /// The run's date and time, UTC, to the second.
    var timestamp: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    // MARK: - Reading /proc and /etc

    private static func processorModel() -> String? {
        value(of: "model name", in: "/proc/cpuinfo", separator: ":")
    }

    /// MemTotal, which /proc/meminfo gives in kilobytes.
    private static func totalMemoryBytes() -> Int? {
        value(of: "MemTotal", in: "/proc/meminfo", separator: ":")
            .flatMap { Int($0.split(separator: " ").first ?? "") }
            .map { $0 * 1_024 }
    }

    private static func operatingSystemName() -> String? {
        value(of: "PRETTY_NAME", in: "/etc/os-release", separator: "=")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }

    /// The value of the first `key<separator>value` line of a file, trimmed.
    private static func value(of key: String, in path: String, separator: Character) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: separator, maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == key else { continue }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
