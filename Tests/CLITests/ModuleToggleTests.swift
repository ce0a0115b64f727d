import Foundation
import RevCycleTesting
import Testing

@Suite("Module toggles and configuration errors, end to end")
struct ModuleToggleTests {
    @Test func aDisabledModulesCommandIsRefusedWithTheExactFix() throws {
        let cli = try CLIRunner.initialised()
        try cli.expectSuccess("modules", "disable", "collections")
        let refused = try cli.run("collections", "worklist", "--user", "coll")
        #expect(refused.exitCode == 69)
        #expect(refused.stderr.contains("The collections module is off for site default"))
        #expect(refused.stderr.contains("revcycle modules enable collections --site default"))
        let list = try cli.expectSuccess("modules", "list", "--format", "csv")
        #expect(list.stdout.contains("collections,disabled,billing"))
        try cli.expectSuccess("modules", "enable", "collections")
        #expect(try cli.run("collections", "worklist", "--user", "coll").exitCode == 0)
    }

    @Test func enablingAModuleWhoseDependencyIsOffIsRefusedWithTheReason() throws {
        let cli = try CLIRunner.initialised()
        let blocked = try cli.run("modules", "disable", "access")
        #expect(blocked.exitCode == 75)
        #expect(blocked.stderr.contains("needed by billing"))
        for module in ["collections", "billing", "counseling", "access"] { try cli.expectSuccess("modules", "disable", module) }
        let refused = try cli.run("modules", "enable", "billing")
        #expect(refused.exitCode == 75)
        #expect(refused.stderr.contains("Module billing needs access, which is off for site default"))
        #expect(refused.stderr.contains("try: revcycle modules enable access --site default"))
    }

    @Test func aConfigurationErrorNamesFileLineAndKeyAndExits78() throws {
        let cli = try CLIRunner.initialised()
        let file = cli.home.appendingPathComponent("config/sites/default.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "timezone:", with: "time_zone:").write(to: file, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("timezone:") }! + 1
        let outcome = try cli.run("modules", "list")
        #expect(outcome.exitCode == 78)
        #expect(outcome.stderr.contains("config/sites/default.yaml:\(line) (time_zone): Unknown key \"time_zone\""),
                "stderr was: \(outcome.stderr)")
    }

    @Test func helpListsCommandsByModuleWithExamples() throws {
        let cli = CLIRunner(home: try TestFixtures.temporaryFolder())
        let help = try cli.run("--help")
        #expect(help.exitCode == 0)
        for section in ["SET UP SUBCOMMANDS", "MONEY AND AUDIT SUBCOMMANDS", "WORK SUBCOMMANDS", "ROLE MODULES SUBCOMMANDS"] {
            #expect(help.stdout.contains(section))
        }
        let sub = try cli.run("billing", "charge", "--help")
        #expect(sub.stdout.contains("revcycle billing charge --account A7"))
    }

    @Test func initIsSafeToRunAgain() throws {
        let cli = try CLIRunner.initialised()
        let again = try cli.expectSuccess("init")
        #expect(again.stdout.contains("is up to date"))
        #expect(!again.stdout.contains("created admin"))
    }
}
