import ArgumentParser
import Foundation
import Logging
import RevCycleCore
import RevCycleHost

// The entry point: freeze the module registry and the log backend, run one command, and turn
// its outcome into a message and an exit code (see README "Exit codes").

PluginRegistry.bootstrap(BundledModules.registry)
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = Logger.Level(rawValue: ProcessInfo.processInfo.environment["REVCYCLE_LOG_LEVEL"] ?? "") ?? .warning
    return handler
}

let command: any ParsableCommand
do {
    command = try RevCycleCommand.parseAsRoot()
} catch {
    RevCycleCommand.exit(withError: error)
}
ErrorPresenter.run(command)
