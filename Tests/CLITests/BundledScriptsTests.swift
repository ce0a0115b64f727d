import Foundation
import RevCycleTesting
import Testing

/// The policies that ship — the default site and the two example sites — pass the site admin's tools.
@Suite("Bundled site scripts pass scripts check and scripts test")
struct BundledScriptsTests {
    static let repository = CLIRunner.repositoryScripts.deletingLastPathComponent()

    /// A home holding copies of the repository's config/ and Scripts/, initialised.
    static func repositoryHome() throws -> CLIRunner {
        let home = try TestFixtures.temporaryFolder()
        for folder in ["config", "Scripts"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: home.appendingPathComponent(folder))
        }
        let cli = CLIRunner(home: home)
        try cli.expectSuccess("init")
        return cli
    }

    @Test("Each bundled site passes check and its own tests", arguments: ["default", "rural-cah", "urban-amc"])
    func bundledSitesPass(site: String) throws {
        let cli = try Self.repositoryHome()
        let check = try cli.expectSuccess("scripts", "check", "--site", site)
        #expect(!check.stdout.contains("error "), "\(check.stdout)")
        let test = try cli.expectSuccess("scripts", "test", "--site", site)
        #expect(test.stdout.contains(" passed, 0 failed"), "\(test.stdout)")
        #expect(!test.stdout.contains("FAIL"))
    }

    @Test func everyDeclaredHookHasItsDefaultPolicyDocumentedInScriptsDefault() throws {
        let cli = try Self.repositoryHome()
        let hooks = try cli.expectSuccess("scripts", "hooks", "--format", "json")
        let catalog = try #require(try JSONSerialization.jsonObject(with: Data(hooks.stdout.utf8)) as? [[String: Any]])
        #expect(catalog.count >= 6)
        for hook in catalog {
            let name = try #require(hook["hook"] as? String)
            let module = String(name.prefix { $0 != "." })
            let file = Self.repository.appendingPathComponent("Scripts/default/\(module).lua")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(name), "Scripts/default/\(module).lua does not mention \(name)")
            if hook["kind"] as? String == "policy" {
                #expect(text.contains("revcycle.policy(\"\(name)\""), "no default policy for \(name)")
                #expect(text.contains("Example change"), "no example change in \(module).lua")
            }
        }
    }

    @Test func anExampleSitesOverrideChangesTheOutcome() throws {
        // urban-amc refuses a charge past the payer's timely-filing window; the default site posts it.
        let cli = try Self.repositoryHome()
        for site in ["default", "urban-amc"] {
            try cli.expectSuccess("users", "add", "fd-\(site)", "--role", "access")
            try cli.expectSuccess("users", "add", "bill-\(site)", "--role", "billing")
            try cli.expectSuccess("access", "register", "--mrn", "555001", "--family", "Ng", "--given", "Mai", "--birth-date",
                                  "1990-01-01", "--site", site, "--user", "fd-\(site)")
            try cli.expectSuccess("access", "open-account", "--patient", site == "default" ? "P1" : "P2", "--guarantor",
                                  site == "default" ? "G1" : "G2", "--service-date", "2025-01-15", "--site", site, "--user", "fd-\(site)")
        }
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "125.00", "--payer", "AETNA",
                              "--site", "default", "--user", "bill-default")
        let refused = try cli.run("billing", "charge", "--account", "A2", "--code", "99213", "--amount", "125.00", "--payer", "AETNA",
                                  "--site", "urban-amc", "--user", "bill-urban-amc")
        #expect(refused.exitCode == 64, "\(refused.stderr)")
        #expect(refused.stderr.contains("Site urban-amc refuses this charge"), "\(refused.stderr)")
    }
}
