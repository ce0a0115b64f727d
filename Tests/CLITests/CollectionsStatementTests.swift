import Foundation
import GRDB
import RevCycleCore
import Testing
import X12

/// Statements from a real claim cycle: every figure traced to the ledger and the payer's answer, and
/// the HTML looked at in Chromium as a patient would.
@Suite(.serialized)
struct CollectionsStatementTests {
    /// A1 (2026-11-20) adjudicated by the 835 of RemittancePostingTests (deductible and coinsurance);
    /// A2 (2026-11-24) charged to Aetna and not answered yet.
    static func insuredHome() throws -> CLIRunner {
        let cli = try RemittancePostingTests.submittedClaim()
        let path = try RemittancePostingTests.file([RemittancePostingTests.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller")
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-11-24", "--user", "fdesk")
        try cli.expectSuccess("billing", "charge", "--account", "A2", "--code", "99213", "--payer", "AETNA", "--user", "biller")
        return cli
    }

    @Test("A statement itemizes each visit from the ledger: insurance paid, contractual adjustment, deductible and coinsurance in words; pending insurance shown, not demanded")
    func figuresReconcileWithTheLedger() throws {
        let cli = try Self.insuredHome()
        let preview = try cli.expectSuccess("collections", "statements", "run", "--dry-run", "--user", "coll", "--format", "csv")
        #expect(preview.stdout.contains("G1,(preview),statement,128.10,128.10"), "\(preview.stdout)")
        #expect(try cli.expectSuccess("collections", "statements", "list", "--user", "coll", "--format", "csv").stdout
            .split(separator: "\n").count == 1, "a dry run records nothing")

        try cli.expectSuccess("collections", "statements", "run", "--user", "coll")
        let json = try cli.expectSuccess("collections", "statements", "show", "ST1", "--format", "json", "--user", "coll")
        let statement = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let visits = statement["visits"] as? [[String: Any]] ?? []
        try #require(visits.count == 2, "both open visits are itemized: \(json.stdout)")
        let cents = { (value: Any?) in (value as? [String: Any])?["cents"] as? Int64 ?? (value as? NSNumber)?.int64Value ?? -1 }
        // A1: 329.00 charged, 63.90 paid by Aetna, 137.00 contractual, 128.10 the patient's (121.00 deductible, 7.10 coinsurance).
        #expect(cents(visits[0]["charges"]) == 32_900 && cents(visits[0]["insurancePaid"]) == 6_390 && cents(visits[0]["adjustments"]) == 13_700
                && cents(visits[0]["patientBalance"]) == 12_810 && cents(visits[0]["pendingInsurance"]) == 0, "\(visits[0])")
        let shares = (visits[0]["responsibility"] as? [[String: Any]] ?? []).map { "\($0["reason"] ?? "") \(cents($0["amount"]))" }
        #expect(shares == ["deductible 12100", "coinsurance 710"], "\(shares)")
        // A2: still with Aetna: shown as pending, not in the amount due.
        #expect(cents(visits[1]["pendingInsurance"]) > 0 && cents(visits[1]["patientBalance"]) == 0, "\(visits[1])")
        #expect(cents(statement["amountDue"]) == 12_810 && cents(statement["balance"]) == 12_810, "\(statement)")

        // Every figure equals the ledger's: the patient and insurance receivables of both visits.
        let ledger = try DatabaseQueue(path: cli.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT bucket, sum(amount) AS total FROM account_balance WHERE bucket LIKE 'ar:%' GROUP BY bucket")
                .reduce(into: [String: Int64]()) { $0[$1["bucket"]] = $1["total"] }
        }
        #expect(ledger["ar:patient"] == cents(statement["balance"]), "\(ledger)")
        #expect(ledger["ar:insurance:AETNA"] == cents(statement["pendingInsurance"]), "\(ledger)")

        let text = try cli.expectSuccess("collections", "statements", "show", "ST1", "--user", "coll").stdout
        for phrase in ["Your plan's deductible", "Your coinsurance share", "$128.10", "Not due now"] {
            #expect(text.contains(phrase), "the letter says \"\(phrase)\": \(text)")
        }
    }

    @Test("The HTML statement, rendered by headless Chromium, shows every figure with no text overlapping or cut off; the PNG is kept")
    func theHTMLStatementReadsCleanly() throws {
        let cli = try Self.insuredHome()
        let out = cli.home.appendingPathComponent("statements")
        try cli.expectSuccess("collections", "statements", "run", "--out", out.path, "--user", "coll")
        let html = out.appendingPathComponent("ST1.html")
        #expect(FileManager.default.fileExists(atPath: html.path) && FileManager.default.fileExists(atPath: out.appendingPathComponent("ST1.txt").path))

        let (status, output, png) = try LayoutCheck.run(html, artifact: "cli-insured-ST1.png", in: "statements", arguments: [
            "--expect", "$128.10", "--expect", "Your plan's deductible", "--expect", "Not due now"])
        #expect(status == 0 && output.contains("layout ok"), "\(output)")
        let bytes = (try? Data(contentsOf: png)) ?? Data()
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 20_000, "a rendered statement PNG: \(bytes.count) bytes")
    }
}
