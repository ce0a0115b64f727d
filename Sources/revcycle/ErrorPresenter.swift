import ArgumentParser
import Foundation
import Logging
import RevCycleCore

/// Runs a parsed command and presents what it throws: a ``RevCycleError`` as one clear sentence,
/// where it happened and a remedy, with its own exit code; ArgumentParser's own errors as
/// ArgumentParser prints them; anything else as an internal error (exit 70) with detail in the log.
enum ErrorPresenter {
    static func run(_ parsed: any ParsableCommand) -> Never {
        var command = parsed
        do {
            try command.run()
            exit(0)
        } catch let error as RevCycleError {
            present(error)
            exit(error.exitCode)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // Help requests, validation errors and usage errors: ArgumentParser prints and exits (64 for usage).
            RevCycleCommand.exit(withError: error)
        } catch {
            Logger(label: "revcycle").error("internal error", metadata: ["error": "\(error)"])
            FileHandle.standardError.write(Data("error: an internal error stopped the command (\(type(of: error))). Nothing was half-applied: every change is one transaction. Run again with REVCYCLE_LOG_LEVEL=debug and report the log.\n".utf8))
            exit(70)
        }
    }

    static func present(_ error: RevCycleError) {
        var text = "error: "
        if let location = error.inputLocation { text += "\(location): " }
        text += error.message + "\n"
        if let remedy = error.remedy { text += "  try: \(remedy)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
