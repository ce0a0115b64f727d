import Foundation
import RevCycleCore
import Testing
import X12

/// Analytics through the CLI on a real claim cycle: the facts read from the ledger, the claim
/// history and the event log give the hand-computed KPIs; the dashboard renders in Chromium.
@Suite(.serialized)
struct AnalyticsCLITests {
    /// RC1 sent and paid (Aetna, $329.00 charged: $63.90 paid, $137.00 contractual, $128.10 to the patient).
    static func paidHome() throws -> CLIRunner {
        let cli = try RemittancePostingTests.submittedClaim()
        let path = try RemittancePostingTests.file([RemittancePostingTests.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller")
        return cli
    }

    static func kpis(_ cli: CLIRunner, _ extra: [String] = []) throws -> [String: [String]] {
        let out = try cli.expectSuccess(["analytics", "kpis", "--from", "2026-11-01", "--to", "2026-12-31", "--user", "analyst", "--format", "csv"] + extra)
        return Dictionary(out.stdout.split(separator: "\n").dropFirst().map { CSVTable.split(String($0)) ?? [] }.map { ($0[0] + "/" + $0[1], $0) },
                          uniquingKeysWith: { first, _ in first })
    }

    @Test("KPIs from a paid claim, by hand: net collection 63.90 ÷ (329.00 − 137.00) = 33.28%, clean claims 100%, no denial, aging in 0-30 days")
    func kpisFromAPaidClaim() throws {
        let cli = try Self.paidHome()
        let kpis = try Self.kpis(cli)
        #expect(kpis["net-collection-rate/all"]?[2] == "33.28%", "\(kpis)")
        #expect(kpis["clean-claim-rate/all"]?[2] == "100.00%", "\(kpis)")
        #expect(kpis["initial-denial-rate/all"]?[2] == "0.00%", "\(kpis)")
        #expect(kpis["plan-default-rate/all"]?[2] == "no data", "no plan in the range is no data, not a division by zero: \(kpis)")
        let drill = try cli.expectSuccess("analytics", "kpis", "--from", "2026-11-01", "--to", "2026-12-31", "--kpi", "clean-claim-rate", "--drill",
                                          "--user", "analyst", "--format", "csv")
        #expect(drill.stdout.contains("clean-claim-rate,all,numerator,claim RC1"), "\(drill.stdout)")
        try cli.expectSuccess("analytics", "verify", "--user", "analyst")
    }

    @Test("The dashboard is one self-contained page that Chromium renders with its charts; the PNG is kept")
    func theDashboardRenders() throws {
        let cli = try Self.paidHome()
        let html = cli.home.appendingPathComponent("report.html")
        try cli.expectSuccess("analytics", "dashboard", "--from", "2026-11-01", "--to", "2026-12-31", "--out", html.path, "--user", "analyst")
        let page = try String(contentsOf: html, encoding: .utf8)
        let external = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        #expect(page.contains("<svg") && !page.contains("<script") && !external.contains("http") && page.contains("33.28%"), "self-contained, with the figures")
        let (status, output, png) = try LayoutCheck.run(html, artifact: "cli-dashboard.png", in: "analytics",
                                                        arguments: ["--width", "1280", "--expect", "Net collection rate", "--expect", "33.28%"])
        #expect(status == 0 && output.contains("layout ok"), "\(output)")
        let bytes = (try? Data(contentsOf: png)) ?? Data()
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 40_000, "a rendered dashboard PNG: \(bytes.count) bytes")
    }

    @Test("Propensity segments from the guarantor's history; a site's analytics.propensity.score override takes effect and the collections worklist reads the recorded segment")
    func propensityReachesTheWorklist() throws {
        let cli = try Self.paidHome()
        let plain = try cli.expectSuccess("analytics", "propensity", "--user", "analyst", "--format", "csv")
        let row = try #require(plain.stdout.split(separator: "\n").dropFirst().map { CSVTable.split(String($0)) ?? [] }.first)
        #expect(row[0] == "G1" && row[1] == row[3], "the default policy keeps the rules' segment: \(plain.stdout)")
        try cli.setScripts([CLIRunner.repositoryScripts.appendingPathComponent("default"), try CLIRunner.scriptFolder(["analytics.lua": """
            revcycle.policy("analytics.propensity.score", function(g)
              return { segment = "high", reason = "site model: every insured guarantor pays" }
            end)
            """])])
        let overridden = try cli.expectSuccess("analytics", "propensity", "--record", "--user", "analyst", "--format", "csv")
        #expect(overridden.stdout.contains("G1,high,") && overridden.stdout.contains("site model"), "\(overridden.stdout)")
        let worklist = try cli.expectSuccess("collections", "worklist", "--user", "coll", "--format", "csv")
        #expect(worklist.stdout.contains("+ propensity high (50 pts)"), "the worklist's default priority reads the segment: \(worklist.stdout)")
    }
}
