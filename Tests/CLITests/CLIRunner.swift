import Foundation
import RevCycleTesting
import Testing

/// Runs the built `revcycle` binary in a RevCycle home of its own and captures what it prints.
struct CLIRunner {
    struct Outcome {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    let home: URL

    /// The repository's `Scripts/` folder (the bundled default policies and example sites).
    static let repositoryScripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts")

    /// A fresh home, initialised with `revcycle init` and a user per role; its default site loads the
    /// repository's default scripts, then the folders given.
    static func initialised(siteScripts: [URL] = []) throws -> CLIRunner {
        let runner = CLIRunner(home: try TestFixtures.temporaryFolder())
        try runner.expectSuccess("init")
        try runner.setScripts([repositoryScripts.appendingPathComponent("default")] + siteScripts)
        for (name, role) in [("fdesk", "access"), ("biller", "billing"), ("coll", "collections"), ("counsel", "counseling"),
                             ("analyst", "analyst")] {
            try runner.expectSuccess("users", "add", name, "--role", role)
        }
        return runner
    }

    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("revcycle")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug/revcycle")
    }

    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Outcome {
        try run(arguments, environment: environment)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = home
        var env = ProcessInfo.processInfo.environment
        env["REVCYCLE_HOME"] = home.path
        env.removeValue(forKey: "REVCYCLE_USER")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(exitCode: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs with `input` on standard input (a card line, a confirmation).
    func runWithInput(_ input: String, _ arguments: String...) throws -> Outcome {
        try run(arguments, input: input)
    }

    @discardableResult
    func expectSuccess(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        try expectSuccess(arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func expectSuccess(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        let outcome = try run(arguments)
        #expect(outcome.exitCode == 0, "revcycle \(arguments.joined(separator: " ")) failed: \(outcome.stderr)",
                sourceLocation: sourceLocation)
        return outcome
    }

    /// Points the default site's `scripts:` list at these folders.
    func setScripts(_ folders: [URL]) throws {
        let file = home.appendingPathComponent("config/sites/default.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "scripts:") else { return }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("  - ") { end += 1 }
        lines.replaceSubrange((start + 1)..<end, with: folders.map { "  - \($0.path)" })
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    /// A folder of site scripts with the given files (name → Lua source).
    static func scriptFolder(_ files: [String: String]) throws -> URL {
        let folder = try TestFixtures.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    var databasePath: String { home.appendingPathComponent("var/revcycle.sqlite").path }

    /// Runs one of the repository's independent X12 validators (`scripts/x12-validate.py` for pyx12,
    /// `scripts/x12-validate-eligibility.py` for linuxforhealth-x12) on `files`, and records an issue
    /// naming `what` unless every file is OK. A missing virtualenv fails: it is never skipped.
    static func expectValidX12(_ files: [String], validator script: String, what: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let repository = repositoryScripts.deletingLastPathComponent()
        let python = repository.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("The X12 validators' virtualenv is missing: run scripts/setup.sh", sourceLocation: sourceLocation)
            return
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [repository.appendingPathComponent("scripts/\(script)").path] + files
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(what):\n\(text)", sourceLocation: sourceLocation)
    }
}

