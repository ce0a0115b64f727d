import ArgumentParser
import Foundation

/// Runs `revcycle` commands inside this process, as the simulated staff would type them: each is
/// parsed with ``RevCycleCommand`` and run, with its standard output captured to a file (the
/// commands print tables) and, when given, a line on standard input (a card).
///
/// Single-threaded by design: it swaps file descriptors 0 and 1 while a command runs.
struct InProcessRunner {
    /// Where captured output and standard input are staged (inside the run folder).
    let scratch: URL

    /// Runs `arguments` and returns what the command printed; rethrows what it throws.
    func run(_ arguments: [String], input: String? = nil) throws -> String {
        let outputPath = scratch.appendingPathComponent("stdout.txt").path
        fflush(nil)
        let outputFile = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard outputFile >= 0 else { throw SimulationError(message: "cannot open \(outputPath)") }
        let errorPath = scratch.appendingPathComponent("stderr.txt").path
        let errorFile = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard errorFile >= 0 else { throw SimulationError(message: "cannot open \(errorPath)") }
        let savedOutput = dup(STDOUT_FILENO), savedError = dup(STDERR_FILENO)
        dup2(outputFile, STDOUT_FILENO)
        dup2(errorFile, STDERR_FILENO)
        close(outputFile)
        close(errorFile)
        var savedInput: Int32 = -1
        if let input {
            let inputPath = scratch.appendingPathComponent("stdin.txt").path
            try (input + "\n").write(toFile: inputPath, atomically: false, encoding: .utf8)
            let inputFile = open(inputPath, O_RDONLY)
            savedInput = dup(STDIN_FILENO)
            dup2(inputFile, STDIN_FILENO)
            close(inputFile)
        }
        defer {
            fflush(nil)
            dup2(savedOutput, STDOUT_FILENO)
            dup2(savedError, STDERR_FILENO)
            close(savedOutput)
            close(savedError)
            if savedInput >= 0 {
                dup2(savedInput, STDIN_FILENO)
                close(savedInput)
            }
        }
        do {
            var command = try RevCycleCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            fflush(nil)
            let printed = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw printed.isEmpty ? error : CommandFailure(error: error, standardError: printed)
        }
        fflush(nil)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}

/// A command's error with what it printed on standard error (warnings, a failing script) before it failed.
struct CommandFailure: Error, CustomStringConvertible {
    var error: any Error
    var standardError: String
    var description: String { "\(error) — it printed: \(standardError)" }
}

/// A simulation step that failed when it should not have: the day and the command say where.
struct SimulationError: Error, CustomStringConvertible {
    var message: String
    /// True when the run finished but a check at its end failed (ledger, audit or a KPI's range).
    var isFailedCheck = false
    var description: String { message }
}
