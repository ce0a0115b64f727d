import ArgumentParser
import Testing
@testable import revcycle

/// Every command's help reads cleanly in an 80-column terminal: the discussion's own line breaks come
/// before ArgumentParser's wrapping, so a hand-broken line longer than 80 columns would leave a ragged
/// orphan of a few words on the next line.
@Suite struct HelpTextTests {
    /// Every command under `revcycle`, with its path (`billing claim status`).
    static func commands(_ command: any ParsableCommand.Type, path: String = "revcycle") -> [(String, any ParsableCommand.Type)] {
        [(path, command)] + command.configuration.subcommands.flatMap { child in
            commands(child, path: path + " " + child._commandName)
        }
    }

    @Test("No line of a command's discussion is wider than 80 columns")
    func discussionsFitEightyColumns() {
        let all = Self.commands(RevCycleCommand.self)
        #expect(all.count > 100, "every module's commands are walked: \(all.count)")
        var wide: [String] = []
        for (path, command) in all {
            for line in command.configuration.discussion.split(separator: "\n", omittingEmptySubsequences: false) where line.count > 80 {
                wide.append("\(path): \(line.count) columns: \(line.prefix(60))…")
            }
        }
        #expect(wide.isEmpty, "\(wide.count) lines:\n\(wide.joined(separator: "\n"))")
    }
}
