import Foundation
import GRDB
import Testing

@Suite("Patient access: registration, search, payers and coverage, end to end")
struct PatientAccessTests {
    static let ana = ["access", "register", "--mrn", "100234", "--family", "Rivera", "--given", "Ana", "--birth-date", "1984-03-09",
                      "--sex", "F", "--address-line1", "742 Evergreen Ter", "--city", "Springfield", "--state", "il", "--zip", "627041234",
                      "--phone", "(312) 555-0142", "--email", "ana.rivera@example.com", "--language", "es", "--text-consent",
                      "--user", "fdesk"]

    static func homeWithAna() throws -> CLIRunner {
        let cli = try CLIRunner.initialised()
        try cli.expectSuccess(ana)
        return cli
    }

    /// Row counts of every table a patient-access command may write (audit excluded).
    static func counts(_ cli: CLIRunner) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: cli.databasePath)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in ["patient", "guarantor", "access_demographics", "access_guarantor_link", "coverage", "access_payer"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    @Test func registerFindThreeWaysAddCoverageAndShow() throws {
        let cli = try Self.homeWithAna()
        for search in [["--mrn", "100234"], ["--name", "rivera, ana", "--birth-date", "1984-03-09"], ["--phone", "312.555.0142"]] {
            let found = try cli.expectSuccess(["access", "find", "--user", "fdesk", "--format", "csv"] + search)
            #expect(found.stdout.contains("P1,100234,Rivera,Ana,1984-03-09,312-555-0142"), "find \(search): \(found.stdout)")
        }
        let nobody = try cli.expectSuccess("access", "find", "--mrn", "999", "--user", "fdesk")
        #expect(nobody.stdout.contains("(none)"))
        try cli.expectSuccess("access", "register", "--mrn", "100235", "--family", "Rivera", "--given", "Leo", "--birth-date", "2019-07-21",
                              "--guarantor", "G1", "--relationship", "parent", "--user", "fdesk")
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "MEDICARE", "--member-id", "1EG4TE5MK72",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "aetna", "--member-id", "W123", "--group", "0012345",
                              "--subscriber-relationship", "spouse", "--priority", "secondary", "--effective", "2026-01-01",
                              "--end", "2026-12-31", "--user", "fdesk")
        let shown = try cli.expectSuccess("access", "show", "P1", "--user", "biller")
        for text in ["Rivera, Ana", "742 Evergreen Ter, Springfield, IL 62704-1234", "312-555-0142", "ana.rivera@example.com",
                     "text yes", "G1 Ana Rivera (self)", "primary MEDICARE member 1EG4TE5MK72", "secondary AETNA member W123 group 0012345"] {
            #expect(shown.stdout.contains(text), "show lacks \(text): \(shown.stdout)")
        }
        let child = try cli.expectSuccess("access", "show", "P2", "--user", "fdesk")
        #expect(child.stdout.contains("G1 Ana Rivera (parent)"), "\(child.stdout)")
        let listed = try cli.expectSuccess("access", "coverage", "list", "--patient", "P1", "--user", "coll", "--format", "csv")
        #expect(listed.stdout.split(separator: "\n").count == 3, "\(listed.stdout)")
    }

    @Test("Bad input exits with a message naming the field and changes nothing", arguments: [
        (["--zip", "1234"], "--zip", 64), (["--state", "ZZ"], "--state", 64), (["--phone", "555-0142"], "--phone", 64),
        (["--email", "ana@"], "--email", 64), (["--birth-date", "2099-01-01"], "in the future", 64),
        (["--birth-date", "1984-02-30"], "--birth-date", 64), (["--contact", "text"], "TCPA", 64),
        (["--guarantor", "G99", "--relationship", "parent"], "Guarantor G99 does not exist", 66),
        (["--sex", "Q"], "--sex", 64), (["--language", "spanish"], "--language", 64),
    ] as [([String], String, Int32)])
    func badRegistrationsChangeNothing(change: [String], message: String, exitCode: Int32) throws {
        let cli = try Self.homeWithAna()
        let before = try Self.counts(cli)
        var arguments = ["access", "register", "--mrn", "200", "--family", "Chen", "--given", "Mei", "--birth-date", "1990-01-30",
                         "--address-line1", "1 Main St", "--city", "Peoria", "--state", "IL", "--zip", "61602", "--phone", "3095550100",
                         "--user", "fdesk"]
        for index in stride(from: 0, to: change.count, by: 2) {
            if let at = arguments.firstIndex(of: change[index]) { arguments[at + 1] = change[index + 1] } else {
                arguments += [change[index], change[index + 1]]
            }
        }
        let outcome = try cli.run(arguments)
        #expect(outcome.exitCode == exitCode, "\(change): \(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(change): \(outcome.stderr)")
        #expect(try Self.counts(cli) == before)
    }

    @Test("Bad coverage is refused with a clear message and changes nothing", arguments: [
        (["--payer", "NOPE"], "Payer NOPE is not configured for site default", 66),
        (["--patient", "P9"], "Patient P9 does not exist", 66),
        (["--effective", "2026-13-01"], "--effective", 64),
        (["--end", "2025-12-31"], "ends (2025-12-31) before it starts", 64),
        (["--priority", "first"], "not a coverage priority", 64),
        (["--effective", "2026-06-01"], "already has primary coverage with MEDICARE", 75),
    ] as [([String], String, Int32)])
    func badCoverageChangesNothing(change: [String], message: String, exitCode: Int32) throws {
        let cli = try Self.homeWithAna()
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "MEDICARE", "--member-id", "1EG4TE5MK72",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        let before = try Self.counts(cli)
        var arguments = ["access", "coverage", "add", "--patient", "P1", "--payer", "AETNA", "--member-id", "W1",
                         "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2027-01-01", "--user", "fdesk"]
        if let at = arguments.firstIndex(of: change[0]) { arguments[at + 1] = change[1] } else { arguments += change }
        let outcome = try cli.run(arguments)
        #expect(outcome.exitCode == exitCode, "\(change): \(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(change): \(outcome.stderr)")
        #expect(try Self.counts(cli) == before)
    }

    @Test func aPayerCSVWithAnyBadLineImportsNothingAndAGoodOneIsUsable() throws {
        let cli = try Self.homeWithAna()
        let bad = cli.home.appendingPathComponent("bad.csv")
        try """
            code,name,payer_id,timely_filing_days,claim_guide,phone
            BCBSIL,Blue Cross Blue Shield of Illinois,00621,180,005010X222A2,800-972-8088
            UHC,,87726,90,,
            CIGNA,Cigna,62308,ninety,,
            """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run("access", "payers", "import", bad.path, "--user", "fdesk")
        #expect(refused.exitCode == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("bad.csv:3 (name)") && refused.stderr.contains("bad.csv:4 (timely_filing_days)"), "\(refused.stderr)")
        #expect(try Self.counts(cli)["access_payer"] == 0)

        let good = cli.home.appendingPathComponent("good.csv")
        try "code,name,payer_id,timely_filing_days,claim_guide,phone\r\nBCBSIL,\"Blue Cross, Illinois\",00621,180,005010X222A2,800-972-8088\r\n"
            .write(to: good, atomically: true, encoding: .utf8)
        try cli.expectSuccess("access", "payers", "import", good.path, "--user", "fdesk")
        let listed = try cli.expectSuccess("access", "payers", "list", "--user", "fdesk", "--format", "csv")
        #expect(listed.stdout.contains("BCBSIL,\"Blue Cross, Illinois\",00621,180,005010X222A2,800-972-8088,imported"), "\(listed.stdout)")
        #expect(listed.stdout.contains("MEDICARE,Medicare Part B,00952,365,005010X222A1,,config"), "\(listed.stdout)")
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "BCBSIL", "--member-id", "XOF123",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
    }

    @Test("Every access command that reads or writes a patient leaves an audit row naming the patient", arguments: [
        ["access", "register", "--mrn", "300", "--family", "Olsen", "--given", "Kari", "--birth-date", "1990-05-04", "--user", "fdesk"],
        ["access", "find", "--mrn", "100234", "--user", "fdesk"],
        ["access", "find", "--name", "Rivera, Ana", "--birth-date", "1984-03-09", "--user", "coll"],
        ["access", "find", "--phone", "3125550142", "--user", "counsel"],
        ["access", "show", "P1", "--user", "biller"],
        ["access", "coverage", "add", "--patient", "P1", "--payer", "MEDICARE", "--member-id", "M1", "--subscriber-relationship", "self",
         "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk"],
        ["access", "coverage", "list", "--patient", "P1", "--user", "fdesk"],
    ])
    func accessCommandsAreAudited(arguments: [String]) throws {
        let cli = try Self.homeWithAna()
        let before = try AuditTrailTests.auditRows(cli).count
        try cli.expectSuccess(arguments)
        let rows = try AuditTrailTests.auditRows(cli).dropFirst(before)
        let user = arguments[arguments.firstIndex(of: "--user")! + 1]
        #expect(rows.contains { ($0["patient_id"] as Int64?) != nil && ($0["user"] as String) == user && ($0["outcome"] as String) == "allowed"
            && (($0["action"] as String).hasPrefix("access.") || ($0["action"] as String).hasPrefix("coverage.")) },
                "no access audit row by \(user) naming the patient for \(arguments.joined(separator: " "))")
    }

    @Test func analystsMayNotShowPatients() throws {
        let cli = try Self.homeWithAna()
        let outcome = try cli.run("access", "show", "P1", "--user", "analyst")
        #expect(outcome.exitCode == 77, "\(outcome.stderr)")
    }
}

@Suite("An imported payer is billable at once")
struct ImportedPayerTests {
    @Test func aPayerImportedByAccessCanBeChargedByBillingAndLookedUpByScripts() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        let csv = cli.home.appendingPathComponent("payers.csv")
        try "code,name,payer_id,timely_filing_days,claim_guide,phone\nCIGNA,Cigna Healthcare,62308,90,005010X222A1,800-244-6224\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let refused = try cli.run("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "10.00", "--payer", "CIGNA",
                                  "--user", "biller")
        #expect(refused.exitCode == 66, "\(refused.stderr)")
        try cli.expectSuccess("access", "payers", "import", csv.path, "--user", "fdesk")
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "10.00", "--payer", "CIGNA",
                              "--user", "biller")
        let lua = cli.home.appendingPathComponent("payer.lua")
        try "return revcycle.lookup.payer(\"CIGNA\")".write(to: lua, atomically: true, encoding: .utf8)
        let looked = try cli.expectSuccess("scripts", "run", lua.path)
        #expect(looked.stdout.contains("\"timely_filing_days\": 90"), "\(looked.stdout)")
    }
}
