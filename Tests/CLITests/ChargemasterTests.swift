import Foundation
import Testing

@Suite("The chargemaster imports all or nothing and keeps the previous list")
struct ChargemasterTests {
    @Test func aBadLineImportsNothingAndAGoodFileReplacesTheListWithABackup() throws {
        let cli = try CLIRunner.initialised()
        let path = cli.home.appendingPathComponent("config/fees/default-chargemaster.csv")
        let original = try String(contentsOf: path, encoding: .utf8)
        let bad = cli.home.appendingPathComponent("bad.csv")
        try (original + "9921X,Bad code,98,0510,10.00\n99215,\"Visit, high\",98,0510,0.00\n").write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run("billing", "chargemaster", "import", bad.path, "--user", "biller")
        #expect(refused.exitCode == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("bad.csv:15 (code)") && refused.stderr.contains("bad.csv:16 (price)"), "\(refused.stderr)")
        #expect(try String(contentsOf: path, encoding: .utf8) == original, "nothing is imported from a file with a bad line")

        let good = cli.home.appendingPathComponent("good.csv")
        try (original + "99215,\"Office visit, established, high complexity\",98,0510,350.00\n").write(to: good, atomically: true, encoding: .utf8)
        let imported = try cli.expectSuccess("billing", "chargemaster", "import", good.path, "--user", "biller", "--format", "json")
        #expect(imported.stdout.contains("\"added\" : 1") && imported.stdout.contains(".bak"), "\(imported.stdout)")
        let listed = try cli.expectSuccess("billing", "chargemaster", "list", "--user", "biller", "--format", "csv")
        #expect(listed.stdout.contains("99215,\"Office visit, established, high complexity\",98,0510,350.00"), "\(listed.stdout)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: path.deletingLastPathComponent().path).filter { $0.hasSuffix(".bak") }
        #expect(backups.count == 1)
        // A new code is billable at once at its price.
        try cli.expectSuccess("access", "register", "--mrn", "1", "--family", "Chen", "--given", "Mei", "--birth-date", "1990-01-30", "--user", "fdesk")
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-11-02", "--user", "fdesk")
        let charged = try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99215", "--self-pay", "--user", "biller")
        #expect(charged.stdout.contains("$350.00"), "\(charged.stdout)")
    }
}
