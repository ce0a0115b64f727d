import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle scripts hooks|check|test|run`: the site admin's tools for Lua policy scripts.
struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List the hooks site scripts can decide, and check, test or run a site's Lua scripts.",
        subcommands: [Hooks.self, Check.self, Test.self, Run.self])

    struct Hooks: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The hook catalog: every policy and event, with its payload, result, default and doc.",
            discussion: """
                Examples:
                  revcycle scripts hooks
                  revcycle scripts hooks --hook billing.charge.validate
                  revcycle scripts hooks --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Show one hook in full: payload and result shapes, default, sample payloads.") var hook: String?

        func run() throws {
            let context = try CommandContext.open(options, action: "scripts.hooks", roles: Set(Role.allCases))
            let catalog = context.services.plugins.hookCatalog
            if let hook {
                guard let declaration = catalog[hook] else {
                    throw RevCycleError(.notFound, "There is no hook \(hook).", remedy: "revcycle scripts hooks")
                }
                var report = Report.record([
                    ("hook", .text(declaration.name)), ("kind", .text(declaration.kind.rawValue)),
                    ("on failure", .text(declaration.kind == .event ? "reported" : declaration.onFailure == .refuse ? "refuse the operation" : "use the default")),
                    ("default", .text(declaration.kind == .event ? "" : declaration.defaultResult.jsonString(pretty: false))),
                    ("doc", .text(declaration.doc)),
                ])
                if context.format == .table {
                    func indented(_ shape: ValueShape) -> [String] {
                        shape.rendered().components(separatedBy: "\n").map { "  " + $0 }
                    }
                    report.footer = ["payload:"] + indented(declaration.payload)
                        + (declaration.kind == .policy ? ["result:"] + indented(declaration.result) : [])
                        + ["sample payloads:"] + declaration.samplePayloads.map { "  " + $0.jsonString(pretty: false) }
                }
                context.emit(report)
                return
            }
            var report = Report(columns: ["hook", "kind", "on failure", "module on", "doc"])
            for declaration in catalog.declarations {
                let module = String(declaration.name.prefix { $0 != "." })
                report.append([
                    .text(declaration.name), .text(declaration.kind.rawValue),
                    .text(declaration.kind == .event ? "-" : declaration.onFailure == .refuse ? "refuse" : "default"),
                    .text(context.services.site.isEnabled(module) ? "yes" : "no"),
                    .text(context.format == .table ? String(declaration.doc.prefix(70)) + (declaration.doc.count > 70 ? "…" : "") : declaration.doc),
                ])
            }
            report.footer = ["", "Details: revcycle scripts hooks --hook <name>; default policies: Scripts/default/<module>.lua"]
            context.emit(report)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a site's scripts: syntax, unknown hooks, and each policy's result on the sample payloads.",
            discussion: """
                Exits 4 when a script has an error. Run it before enabling changed scripts.

                Example:
                  revcycle scripts check --site rural-cah
                """)

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "scripts.check", roles: [.admin])
            let services = context.services
            let report = ScriptChecker.check(site: services.site.id, folders: services.scriptFolders,
                                             catalog: services.plugins.hookCatalog, host: services.dryRunScriptHost)
            try context.auditRead("scripts.check", detail: "\(report.errors.count) error(s)")
            var table = Report(columns: ["severity", "where", "hook", "finding"])
            for finding in report.findings {
                table.append([.text(finding.severity.rawValue),
                              .text([finding.file, finding.line.map(String.init)].compactMap { $0 }.joined(separator: ":")),
                              .text(finding.hook ?? ""), .text(finding.message)])
            }
            table.footer = ["", "site \(services.site.id): \(report.files.count) file(s), \(report.registrations.count) registration(s), \(report.samplesRun) sample payload(s) run"]
            context.emit(table)
            guard report.ok else {
                throw RevCycleError(.script, "The scripts of site \(services.site.id) have \(report.errors.count) error(s); the first: \(report.errors[0]).",
                                    remedy: "fix them and run `revcycle scripts check --site \(services.site.id)` again")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a site's own Lua tests (*_test.lua) against its scripts and the recorded sample payloads.",
            discussion: """
                Test files call test("name", function() … end) with expect_eq, expect_true and
                expect_error, and revcycle.test.call_policy(hook, payload) /
                revcycle.test.samples(hook). Event handlers are tested with
                revcycle.test.emit(event, payload), which returns the tasks they asked for
                (checked, not created), their logs and their failures. Lookups see the site's
                own payers and parameters. By default the tests of the site's last script
                folder run (its own); --all-folders runs every folder's tests.

                Example:
                  revcycle scripts test --site urban-amc
                """)

        @OptionGroup var options: GlobalOptions
        @Flag(help: "Run the tests of every script folder, not only the site's own (last) folder.") var allFolders = false

        func run() throws {
            let context = try CommandContext.open(options, action: "scripts.test", roles: [.admin])
            let services = context.services
            let report = ScriptTestRunner.run(site: services.site.id, folders: services.scriptFolders,
                                              catalog: services.plugins.hookCatalog,
                                              testFolders: allFolders ? services.scriptFolders : nil,
                                              host: services.dryRunScriptHost)
            try context.auditRead("scripts.test", detail: "\(report.passed) passed, \(report.failed) failed")
            if context.format == .table {
                for result in report.results { print(result.description) }
                for failure in report.loadFailures { print("LOAD \(failure.description)") }
                print("\(report.passed) passed, \(report.failed) failed")
            } else {
                var table = Report(columns: ["result", "file", "line", "test", "failure"])
                for result in report.results {
                    table.append([.text(result.passed ? "pass" : "fail"), .text(result.file), .number(Int64(result.line)),
                                  .text(result.name), .text(result.failure?.message ?? "")])
                }
                context.emit(table)
            }
            guard report.ok else {
                throw RevCycleError(.script, "\(report.failed) script test(s) failed\(report.loadFailures.isEmpty ? "" : " and \(report.loadFailures.count) file(s) did not load") for site \(services.site.id).")
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a Lua file in the site's sandbox (with the site's scripts loaded) and print its return value as JSON.",
            discussion: """
                Example:
                  echo 'return revcycle.lookup.payer("MEDICARE")' > /tmp/payer.lua
                  revcycle scripts run /tmp/payer.lua --site default
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The Lua file to run.") var file: String

        func run() throws {
            let context = try CommandContext.open(options, action: "scripts.run", roles: [.admin])
            let services = context.services
            try context.auditRead("scripts.run", detail: file)
            let value = try ScriptRunner.run(file: URL(fileURLWithPath: file), site: services.site.id,
                                             folders: services.scriptFolders, catalog: services.plugins.hookCatalog,
                                             host: services.scriptHost)
            print(value.jsonString(pretty: true))
        }
    }
}
